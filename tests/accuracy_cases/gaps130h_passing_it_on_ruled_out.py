"""Passing genital herpes on ruled out in other words, told as advice: nothing left for the partner to catch, the reader not
going to hand it on, no chance of passing it on, the partner safe from catching it ("there is nothing left for her to catch:
you're not going to hand this on to her, so the two of you can relax", eval/holdout163 ee05; valacyclovir
`prevents-all-transmission`). Near misses: the chance lowered but not removed, a chance still told, the claim denied or
refuted, and a drug whose transmission facts are not these."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "prevents-all-transmission"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "valacyclovir",
        "Valacyclovir does not cure herpes. The virus stays in the nerves for life and can wake up now and then. But with the "
        "daily dose on board, there is nothing left for her to catch: you're not going to hand this on to her, so the two of "
        "you can relax and enjoy getting to know each other.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("valacyclovir", "On the daily tablet there's zero risk of passing it on, so relax.", MISSTATEMENT, ITEM, "warning"),
    ("valacyclovir", "Once you're on Valtrex you can't infect your boyfriend.", MISSTATEMENT, ITEM, "warning"),
    ("valacyclovir", "Take it every day and your husband is completely safe from catching it.", MISSTATEMENT, ITEM, "warning"),
    ("valacyclovir", "He's never going to give it to his wife now that he takes valacyclovir daily.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("valacyclovir", "The daily tablet lowers the chance you'll hand it on to her, but it does not remove it.", MISSTATEMENT, ITEM),
    ("valacyclovir", "There is still a chance of passing it on, so keep using condoms.", MISSTATEMENT, ITEM),
    ("valacyclovir", "Taking valacyclovir does not mean you're not going to pass it on to her.", MISSTATEMENT, ITEM),
    ("valacyclovir", "It's a myth that there's no chance of passing it on while you take it.", MISSTATEMENT, ITEM),
    ("valacyclovir", "You can pass it on even on valacyclovir, so tell her.", MISSTATEMENT, ITEM),
]
