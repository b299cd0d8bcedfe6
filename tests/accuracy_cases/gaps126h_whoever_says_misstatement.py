"""A belief refuted by calling whoever says it wrong, or by telling the reader not to believe them: "anyone telling you
Adderall can't get you hooked is wrong" (eval/holdout123 cq03), "Anyone telling you benzos aren't addictive is wrong."
(eval/holdout126 ct13) quote the misstatement to refute it (context lexicon: `called_false`, `myth`). Near misses: the
teller called right, or wrong only in part, and a statement made after a dismissal in a clause of its own."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("alprazolam", "Anyone telling you Xanax isn't addictive is right.", MISSTATEMENT, "not-addictive", "error"),
    ("alprazolam", "Anyone telling you Xanax isn't addictive is wrong for most people.", MISSTATEMENT, "not-addictive", "error"),
    (
        "amphetamine mixed salts",
        "Ignore anyone who says it's a diet pill, Adderall isn't addictive.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
    (
        "amphetamine mixed salts",
        "Anyone telling you it's dangerous is wrong: Adderall isn't addictive.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "amphetamine mixed salts",
        "It's a Schedule II controlled med for a reason. anyone telling you Adderall can't get you hooked is wrong.",
        MISSTATEMENT,
        "not-addictive",
    ),
    ("alprazolam", "Yes, it's habit-forming. Anyone telling you benzos aren't addictive is wrong.", MISSTATEMENT, "not-addictive"),
    ("alprazolam", "Whoever told you Xanax isn't addictive was lying.", MISSTATEMENT, "not-addictive"),
    ("alprazolam", "People who say Xanax isn't habit-forming are simply mistaken.", MISSTATEMENT, "not-addictive"),
    (
        "amphetamine mixed salts",
        "Anybody claiming Adderall isn't addictive doesn't know what they're talking about.",
        MISSTATEMENT,
        "not-addictive",
    ),
    ("alprazolam", "Ignore people who tell you Xanax isn't addictive.", MISSTATEMENT, "not-addictive"),
    ("amphetamine mixed salts", "Don't listen to anyone telling you Adderall can't get you hooked.", MISSTATEMENT, "not-addictive"),
    ("alprazolam", "Don't let anyone tell you Xanax isn't addictive.", MISSTATEMENT, "not-addictive"),
]
