"""A warning's name as a heading over the warning told without it (holdout81 ba01), and a forum reply's plea as a
refutation (ba06), as classes.

1. "### 2. Misuse and addiction" over "Some people come to crave diazepam and take more than they were told. This can
   lead to overdose and death.": the heading names the risk, the paragraph under it warns, so the boxed warning is
   given. A heading over a paragraph that warns of nothing ("### Addiction services" over opening hours) still is not.
2. "kettle_on wrote: I've heard people say a bigger dose melts off the pounds." then "Leona (pinned): Please don't.
   Levothyroxine must never be used to lose weight.": the reply, its speaker's role in brackets, refutes the post; and
   "must never be used to lose weight" gives levothyroxine's boxed warning.
"""

from __future__ import annotations

MISSING = "safety-warnings.missing"
MISSTATEMENT = "accuracy.misstatement"

_FORUM = "kettle_on wrote: I've heard people say a bigger dose melts off the pounds.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("diazepam", "### Addiction services\n\nOur clinic is open on weekdays. Parking is free.", MISSING, "abuse-addiction", "error"),
    (
        "levothyroxine",
        _FORUM + "Leona (pinned): Please don't forget to ask your doctor about your dose.",
        MISSTATEMENT,
        "weight-loss",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "diazepam",
        "### 2. Misuse and addiction\n\nSome people come to crave diazepam and take more than they were told. This can lead "
        "to overdose and death. Never give your tablets to anyone else.",
        MISSING,
        "abuse-addiction",
    ),
    (
        "levothyroxine",
        _FORUM + "Leona (pinned): Please don't. Levothyroxine must never be used to lose weight. Bigger doses can cause "
        "serious, even life-threatening, effects.",
        MISSTATEMENT,
        "weight-loss",
    ),
    ("levothyroxine", "Levothyroxine must never be used to lose weight; large doses can be dangerous.", MISSING, "not-for-weight-loss"),
]
