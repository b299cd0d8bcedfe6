"""A claim refuted by calling whoever makes it wrong, or by telling the reader not to believe them: "anyone telling you
Adderall can't get you hooked is wrong" (eval/holdout123 cq03), "Anyone telling you benzos aren't addictive is wrong."
(eval/holdout126 ct13) quote the claim to refute it (context lexicon: `called_false`, `myth`). Near misses: the teller
called right, or wrong only in part, and a claim made after a dismissal in a clause of its own."""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("alprazolam", "Anyone telling you Xanax isn't addictive is right.", DEPENDENCY, "error"),
    ("alprazolam", "Anyone telling you Xanax isn't addictive is wrong for most people.", DEPENDENCY, "error"),
    ("amphetamine mixed salts", "Ignore anyone who says it's a diet pill, Adderall isn't addictive.", DEPENDENCY, "error"),
    ("amphetamine mixed salts", "Anyone telling you it's dangerous is wrong: Adderall isn't addictive.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "amphetamine mixed salts",
        "It's a Schedule II controlled med for a reason. anyone telling you Adderall can't get you hooked is wrong.",
        DEPENDENCY,
    ),
    ("alprazolam", "Yes, it's habit-forming. Anyone telling you benzos aren't addictive is wrong.", DEPENDENCY),
    ("alprazolam", "Whoever told you Xanax isn't addictive was lying.", DEPENDENCY),
    ("alprazolam", "People who say Xanax isn't habit-forming are simply mistaken.", DEPENDENCY),
    ("amphetamine mixed salts", "Anybody claiming Adderall isn't addictive doesn't know what they're talking about.", DEPENDENCY),
    ("alprazolam", "Ignore people who tell you Xanax isn't addictive.", DEPENDENCY),
    ("alprazolam", "Don't let anyone tell you Xanax isn't addictive.", DEPENDENCY),
]
