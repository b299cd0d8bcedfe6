"""The morning drive after zolpidem said to be no trouble, the drive named by the morning (holdout98 br08), as a class.

"Once the alarm goes off the stuff is long gone, so the morning commute is a non-issue": the morning commute, the 6 am
drive, the next-day drive to work said to be a non-issue, no problem, a breeze. A denial, the commute called risky, a
warning not to assume it, and another drug stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "next-morning-driving-fine"

_ZOLPIDEM = "Zolpidem treats insomnia. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "zolpidem",
        _ZOLPIDEM + "I take mine at 11 and I'm up at 6 for a 40-minute drive. Once the alarm goes off the stuff is long gone, "
        "so the morning commute is a non-issue. If you feel fine, you are fine.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("zolpidem", _ZOLPIDEM + "On Ambien my 7 am drive to work has been no problem at all.", MISSTATEMENT, ITEM, "warning"),
    ("zolpidem", _ZOLPIDEM + "After a full night on it, the morning school run is a breeze.", MISSTATEMENT, ITEM, "warning"),
    ("zolpidem", _ZOLPIDEM + "Honestly, her early-morning commute the next day was fine.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("zolpidem", _ZOLPIDEM + "After a full dose, the morning commute is not safe, even if you feel awake.", MISSTATEMENT, ITEM),
    ("zolpidem", _ZOLPIDEM + "Do not assume the morning commute is fine just because you feel alert.", MISSTATEMENT, ITEM),
    ("zolpidem", _ZOLPIDEM + "The morning commute is the riskiest part of the day after zolpidem.", MISSTATEMENT, ITEM),
    (
        "zolpidem",
        _ZOLPIDEM + "Some people think the morning commute is no problem. It is not: the label warns of next-day impairment.",
        MISSTATEMENT,
        ITEM,
    ),
]
