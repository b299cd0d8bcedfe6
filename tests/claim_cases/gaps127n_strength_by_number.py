"""Missed class (holdout136 dd10): tablets called by their strength's bare number, one at each of several parts of one day,
"mg" never written there ("a 15 at breakfast and another 7.5 before bed"): the day's sum, when every number is a strength
the drug is sold at (meloxicam tablets: 7.5 and 15 mg, MOBIC PI 3) and the article names it in mg. 22.5 mg of meloxicam
a day is above the 15 mg maximum; before, a number with no unit was no amount.

Still silent: the same within the maximum, a number the drug is not sold at, numbers the article never names in mg, a
day told "never", the second tablet on the next day."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's wording
    (
        "meloxicam",
        "The standard adult dose is 7.5 mg once a day. Some people go up to 15 mg once a day, and that is the ceiling. I take "
        "a 7.5 with breakfast on most days. Around competition time it creeps up. My routine on meet week is a 15 at breakfast "
        "and another 7.5 before bed so I can sleep through the ache.",
        ABOVE_MAX,
        "error",
    ),
    # other voices: three tablets in a day, "then", "one 15 in the morning"
    (
        "meloxicam",
        "Meloxicam comes as 7.5 mg and 15 mg tablets. Dad has a 7.5 with breakfast, another 7.5 at lunch and a 7.5 at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    ("meloxicam", "Mobic tablets are 7.5 mg or 15 mg. She swallows a 15 with breakfast, then a 7.5 with dinner.", ABOVE_MAX, "error"),
    (
        "meloxicam",
        "My doctor put me on meloxicam 15 mg, and the 7.5 mg is the starter. When my knee flares I take one 15 in the morning "
        "and a 7.5 at night.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    ("meloxicam", "Meloxicam comes as 7.5 mg and 15 mg tablets. Dad has a 7.5 with breakfast and another 7.5 at bedtime.", ABOVE_MAX),
    ("meloxicam", "Meloxicam comes as 7.5 mg and 15 mg tablets. Never take a 15 in the morning and another 7.5 at night.", ABOVE_MAX),
    ("meloxicam", "Meloxicam comes as 7.5 mg and 15 mg tablets. I take a 15 at breakfast and a 7.5 before bed the next day.", ABOVE_MAX),
    ("meloxicam", "I take meloxicam. I have a 15 at breakfast and a 7.5 before bed.", ABOVE_MAX),
    ("meloxicam", "Meloxicam comes as 7.5 mg and 15 mg tablets. I take a 20 at breakfast and a 10 before bed.", ABOVE_MAX),
]
