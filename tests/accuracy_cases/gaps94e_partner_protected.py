"""Valacyclovir's suppression said to stop transmission outright: the partner unable to catch it, or condoms no
longer needed (eval/holdout94 bn11: "she can't catch it from him, so they stopped bothering with condoms"); the label
says it reduces, not eliminates, the risk. Not a denial of that ("it doesn't mean your partner can't catch it"),
condoms kept, or shingles not caught from shingles.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "prevents-all-transmission"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "valacyclovir",
        "One of our customers put it plainly: since her husband started his daily tablet, she can't catch it from him, so "
        "they stopped bothering with condoms. That is the point of the daily dose in a couple where only one of you has herpes.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("valacyclovir", "Once you're on the daily Valtrex, your partner won't catch herpes from you.", MISSTATEMENT, ITEM, "warning"),
    ("valacyclovir", "On 500 mg a day you can't pass it on to your girlfriend.", MISSTATEMENT, ITEM, "warning"),
    ("valacyclovir", "With the daily tablet there's no more need for condoms.", MISSTATEMENT, ITEM, "warning"),
    ("valacyclovir", "Our regular says the suppression dose means they can finally ditch the condoms.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("valacyclovir", "The daily dose lowers the risk, but it doesn't mean your partner can't catch it from you.", MISSTATEMENT, ITEM),
    (
        "valacyclovir",
        "Keep using condoms: valacyclovir reduces, but does not remove, the chance of passing herpes on.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "valacyclovir",
        "You can't catch shingles from someone who has shingles, but a child can get chickenpox from them.",
        MISSTATEMENT,
        ITEM,
    ),
    ("valacyclovir", "Don't stop using condoms just because you take valacyclovir.", MISSTATEMENT, ITEM),
    ("valacyclovir", "If you stop using condoms, the risk of passing herpes on goes up.", MISSTATEMENT, ITEM),
]
