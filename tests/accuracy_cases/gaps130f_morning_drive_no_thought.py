"""Zolpidem's next-morning driving said to need no thought: the drive to work or school told as "not something you
need to think twice about", "nothing to worry about", "needs no second thought", or the writer not thinking twice
about it once up: "by the time you've showered and had your coffee there's essentially nothing left in you, so getting
yourself to work in the car is not something you need to think twice about" (eval/holdout165 eg11; label 5.1:
next-day impairment, including impaired driving, even in people who feel awake). Near misses: the drive said to need
thought, the drive advised against, someone else driving, and another drug's article."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "next-morning-driving-fine"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "zolpidem",
        "Here's the good news. Zolpidem is very short-acting. Because the regular tablet is cleared from the body in a few "
        "hours, by the time you've showered and had your coffee there's essentially nothing left in you, so getting "
        "yourself to work in the car is not something you need to think twice about.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("zolpidem", "By breakfast it's out of your system, so driving to work is nothing to worry about.", MISSTATEMENT, ITEM, "warning"),
    ("zolpidem", "Once I'm up in the morning I don't think twice about driving the kids to school.", MISSTATEMENT, ITEM, "warning"),
    ("zolpidem", "Take it at bedtime; the next morning the drive to work needs no second thought.", MISSTATEMENT, ITEM, "warning"),
    (
        "zolpidem",
        "My Ambien is gone by the time the alarm goes, so the school run honestly isn't anything I need to worry about.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "zolpidem",
        "Even if you feel awake the next morning, getting yourself to work in the car is something you need to think twice about.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "zolpidem",
        "By breakfast you may feel fine, but driving to work is not something to do on the morning after a 10 mg dose.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "zolpidem",
        "My husband drives me to work, so the morning commute is not something I need to think twice about.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "zolpidem",
        "The next morning, do think twice about driving to work: wait until you are fully awake.",
        MISSTATEMENT,
        ITEM,
    ),
    ("cetirizine", "By breakfast it's out of your system, so driving to work is nothing to worry about.", MISSTATEMENT, ITEM),
]
