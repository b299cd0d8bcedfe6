"""Driving the morning after zolpidem told as a member's routine, fit behind the wheel once up (eval/holdout115 ci06: "I
take my 10 mg at about 11:30 and I'm out on the road in the delivery van at six. Never had a groggy morning. Once the
alarm goes I'm as sharp behind the wheel as I am on a weekend"), left unrefuted.

A morning word (the alarm, waking, getting up, mornings) then the speaker sharp, alert, awake or safe behind or at the
wheel. Not a negation ("not as sharp behind the wheel"), not the label's advice ("do not drive until 8 hours have
passed"), not waiting until later, not a condition after it ("only if I took it before ten").
"""

from __future__ import annotations

RULE = "accuracy.misstatement"
ITEM = "next-morning-driving-fine"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "zolpidem",
        "**dave_in_ohio:** I take my 10 mg at about 11:30 and I'm out on the road in the delivery van at six. Never had a "
        "groggy morning. Once the alarm goes I'm as sharp behind the wheel as I am on a weekend.",
        RULE,
        ITEM,
        "warning",
    ),
    (
        "zolpidem",
        "My brother takes his Ambien at midnight, and by the time he gets up he's wide awake at the wheel of his cab.",
        RULE,
        ITEM,
        "warning",
    ),
    ("zolpidem", "Mornings after a 10 mg tablet I'm perfectly safe behind the wheel, she wrote.", RULE, ITEM, "warning"),
    ("zolpidem", "I wake at five and I'm as alert behind the wheel as ever.", RULE, ITEM, "warning"),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    ("zolpidem", "In the morning I'm not as sharp behind the wheel, so I take the bus.", RULE, ITEM),
    ("zolpidem", "Do not drive until 8 hours have passed since your dose.", RULE, ITEM),
    ("zolpidem", "He now waits until ten before he drives.", RULE, ITEM),
    ("zolpidem", "By the next morning you may feel alert but still not be safe behind the wheel.", RULE, ITEM),
    ("zolpidem", "In the morning I'm fine behind the wheel only if I took it before ten.", RULE, ITEM),
]
