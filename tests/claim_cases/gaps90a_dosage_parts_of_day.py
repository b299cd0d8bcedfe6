"""Tablets of a strength counted at each part of the day (eval/holdout83 bc07), as a class.

"N tablets of X mg" (or "N X mg tablets") at one part of the day and the same count again at later parts, the
strength not said again, is one dose taken that many times: "2 tablets of 1 mg in the morning, 2 tablets at midday
and 2 tablets before sleep" is 6 mg of alprazolam a day (for anxiety at most 4 mg). Before sleep, sleeping or
going to bed is a later part of the day like bedtime.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_ANXIETY = "Alprazolam treats anxiety disorder and panic disorder.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "alprazolam",
        _ANXIETY + "For the anxiety disorder: begin with 0.25 mg or 0.5 mg, three times in the day. Some patients with very strong"
        " anxiety take 2 tablets of 1 mg in the morning, 2 tablets at midday and 2 tablets before sleep.",
        ABOVE_MAX,
        "error",
    ),
    (
        "alprazolam",
        _ANXIETY + "For anxiety, some take two 1 mg tablets in the morning, two at midday and two before sleep.",
        ABOVE_MAX,
        "error",
    ),
    (
        "alprazolam",
        _ANXIETY + "For anxiety, Dan takes three tablets of 0.5 mg after breakfast, three at lunch and three before going to sleep.",
        ABOVE_MAX,
        "error",
    ),
    (
        "alprazolam",
        _ANXIETY + "Anxiety: 2 tablets of 1 mg on waking, 2 tablets in the afternoon, 2 tablets before sleeping.",
        ABOVE_MAX,
        "error",
    ),
    (
        "alprazolam",
        _ANXIETY + "My aunt, treated for anxiety, swallows two 1 mg tablets with breakfast, two at noon and two before sleep.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # within the maximum: 1 + 1 + 2 tablets of 1 mg
    ("alprazolam", _ANXIETY + "For anxiety, some take 1 tablet of 1 mg in the morning, 1 at midday and 2 tablets before sleep.", ABOVE_MAX),
    ("alprazolam", _ANXIETY + "For anxiety, take one tablet of 0.5 mg in the morning, one at midday and one before sleep.", ABOVE_MAX),
    # said not to be taken
    ("alprazolam", _ANXIETY + "For anxiety, never take 2 tablets of 1 mg in the morning, 2 at midday and 2 before sleep.", ABOVE_MAX),
    # panic disorder allows up to 10 mg a day
    (
        "alprazolam",
        _ANXIETY + "For panic disorder, some take 2 tablets of 1 mg in the morning, 2 tablets at midday and 2 tablets before sleep.",
        ABOVE_MAX,
    ),
    # another day's dose
    ("alprazolam", _ANXIETY + "For anxiety, take 2 tablets of 1 mg in the morning, and 2 tablets before sleep the next day.", ABOVE_MAX),
]
