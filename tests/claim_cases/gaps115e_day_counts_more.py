"""A day told as counts of tablets at its parts, the strength named once, then more tablets on top (eval/holdout112 cf01),
as a class.

"two of the 500 mg caplets when I get up, two with lunch, two after dinner, two before bed, and if my back wakes me at
3 a.m., another two" is ten 500 mg caplets (5,000 mg of acetaminophen a day, above 4,000 mg): the counts at the parts
of the day are the day's tablets, and "another two" or "two more" after the list, in its sentence or the next, adds to
them. Coming home is a part of the day too ("two when she gets home from work").
Kept silent: a day at the maximum, more tablets said not to be taken or taken the next day, a list of single tablets
within the maximum, a ceiling stated as a warning ("never more than eight in a day").
"""

from __future__ import annotations

ABOVE = "dosage.above-max"

_APAP = "Acetaminophen relieves minor aches and pains and reduces fever.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "acetaminophen",
        _APAP + "My routine on a bad week looks like this: two of the 500 mg caplets when I get up,\ntwo with lunch, two after "
        "dinner, two before bed, and if my back wakes me at 3 a.m.,\nanother two with a glass of water. That gets me through a "
        "full day on the job site.",
        ABOVE,
        "error",
    ),
    # new wordings
    (
        "acetaminophen",
        _APAP + "I take two of the 500 mg caplets with breakfast, two at lunch, two at dinner and two at bedtime, and another "
        "two if I wake up in the night.",
        ABOVE,
        "error",
    ),
    (
        "acetaminophen",
        _APAP + "She takes two of the 500 mg caplets when she wakes up, two with lunch, two with dinner and two at bedtime. "
        "When the pain wakes her at 2 a.m., she swallows another two.",
        ABOVE,
        "error",
    ),
    (
        "acetaminophen",
        _APAP + "Her day: two 500 mg caplets when she gets up, two at lunch, two when she gets home from work, two before bed, "
        "and two more if the pain keeps her up.",
        ABOVE,
        "error",
    ),
    (
        "acetaminophen",
        _APAP + "On shift days he has two 500 mg tablets at breakfast, two at noon, two at teatime and two at lights out, then "
        "two more around 3 am when the ache comes back.",
        ABOVE,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the day at the maximum (eight caplets, 4,000 mg)
    (
        "acetaminophen",
        _APAP + "My routine: two of the 500 mg caplets when I get up, two with lunch, two after dinner and another two before bed.",
        ABOVE,
    ),
    # more tablets said not to be taken
    (
        "acetaminophen",
        _APAP + "My routine: two of the 500 mg caplets when I get up, two with lunch, two after dinner, two before bed. Never "
        "take another two in the night.",
        ABOVE,
    ),
    # the next day's
    (
        "acetaminophen",
        _APAP + "My routine: two of the 500 mg caplets when I get up, two with lunch, two after dinner, two before bed, and "
        "another two the next morning.",
        ABOVE,
    ),
    # single caplets, then two more: six in the day
    (
        "acetaminophen",
        _APAP + "My routine: one of the 500 mg caplets when I get up, one with lunch, one after dinner, one before bed, and if "
        "my back wakes me at 3 a.m., another two.",
        ABOVE,
    ),
    # the maximum told as a warning
    (
        "acetaminophen",
        _APAP + "Never take more than eight of the 500 mg caplets in a day: two when you get up, two with lunch, two after "
        "dinner, two before bed, and not another two at night.",
        ABOVE,
    ),
]
