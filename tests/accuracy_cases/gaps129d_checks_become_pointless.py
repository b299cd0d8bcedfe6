"""The monitoring a drug needs told as turning pointless after a while, the no-monitoring kind in other words: "Dave ...
told the group that once you have been well for a couple of years the level checks become pointless, and that he
stopped going for his in 2023" (eval/holdout151 ds02; lithium `no-blood-tests-needed`, the kind's `no-monitoring`
wording of a formality, now also with "become", "get", "turn into"). Near misses: the checks said never to become
pointless, to become more frequent, a chore that still keeps you safe, and pointless only once the drug is stopped."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "no-blood-tests-needed"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "lithium",
        "Dave, who has been stable for nine years, told the group that once you have been well for a couple of years the level "
        "checks become pointless, and that he stopped going for his in 2023 without his psychiatrist ever chasing it. Good news "
        "for the needle-shy among us.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("lithium", "After the first year on lithium, the blood tests just become a formality.", MISSTATEMENT, ITEM, "error"),
    (
        "warfarin",
        "My neighbour says the INR checks turn into box-ticking once your dose has settled, and honestly she's right.",
        MISSTATEMENT,
        "no-inr-tests-needed",
        "error",
    ),
    ("lithium", "Once you're settled, the bloods get pretty pointless, so I don't rush to book them.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("lithium", "The blood tests never become pointless, however long you have been stable.", MISSTATEMENT, ITEM),
    ("lithium", "In the first months the level checks become more frequent.", MISSTATEMENT, ITEM),
    ("lithium", "The blood tests become a chore, but they keep you safe.", MISSTATEMENT, ITEM),
    ("lithium", "The blood tests become pointless once you stop taking lithium.", MISSTATEMENT, ITEM),
    ("lithium", "The level checks only become unnecessary if you come off lithium for good.", MISSTATEMENT, ITEM),
]
