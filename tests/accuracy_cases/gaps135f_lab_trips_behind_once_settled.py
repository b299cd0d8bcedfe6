"""Regular level checks told as over because the dose or the person is settled, from eval/holdout203 (fs01, lithium), as
a class.

Class: the drug's level checks, also as the trips, visits or runs to the lab, told as behind the person, a thing of the
past or over, with a reason of stability before them in the sentence ("Dad's been steady for so long that Dr. Amin says
his dose has found its level and the regular trips to the lab are behind him now"); no "once" or "after" opens it and no
"blood test" is named. Lithium's level must be measured for as long as it is taken (boxed warning): `no-blood-tests-needed`,
an error. Near misses: the trips denied to be over, fewer trips (weekly ones behind him, every three months now), the
trips over after the drug was stopped, another drug's article.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "no-blood-tests-needed"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fs01)
    (
        "lithium",
        "Good news from the appointment. Dad's been steady for so long that Dr. Amin says his dose has found its level and"
        " the regular trips to the lab are behind him now, so I've taken the lab dates off the calendar.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    # new wordings, other voices
    (
        "lithium",
        "Mum has been stable on her lithium for two years, so the consultant says her blood tests are a thing of the past.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "lithium",
        "His level has been steady all year and the nurse told us the visits to the lab are over now.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "lithium",
        "now i'm settled on 800 mg the runs to the lab are behind me, which is honestly the best part",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # denied
    (
        "lithium",
        "He is stable, but the trips to the lab are not behind him: he still goes every three months.",
        MISSTATEMENT,
        ITEM,
    ),
    # fewer, not none
    (
        "lithium",
        "Dad has been steady for a year, so the weekly trips to the lab are behind him; now it is every three months.",
        MISSTATEMENT,
        ITEM,
    ),
    # over because the drug was stopped
    (
        "lithium",
        "Her mood has been stable since she came off lithium in March, and the trips to the lab are behind her.",
        MISSTATEMENT,
        ITEM,
    ),
    # a stable dose with the checks kept up
    (
        "lithium",
        "His dose has found its level, and the trips to the lab every three months keep it that way.",
        MISSTATEMENT,
        ITEM,
    ),
]
