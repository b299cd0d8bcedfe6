"""Missed class (holdout119 cm10, cm11): a whole tablet, then part of another later the same day or night, told by
splitting it ("she swallows one of her 10 mg tablets at eleven, and when she surfaces again around three she breaks
another in half and takes that": 15 mg of zolpidem in a night; "one 37.5 mg tablet as soon as I woke up, and on the days
the cravings hit hard, the other half of a split tablet around 2 pm": 56.25 mg of phentermine), days of a kind ("on the
days the cravings hit hard") being the same day.

Still silent: the same within the maximum, the halves of one tablet, another day's half, a half said not to be taken,
one only if the doctor agrees."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' wordings
    (
        "zolpidem",
        "Paula's routine, as she describes it, is looser. She swallows one of her 10 mg tablets at eleven, and when she surfaces "
        "again around three she breaks another in half and takes that with a sip of water.",
        ABOVE_MAX,
        "error",
    ),
    (
        "phentermine",
        "My routine ended up being one 37.5 mg tablet as soon as I woke up, and on the days the cravings hit hard, the other half "
        "of a split tablet around 2 pm to get me through to dinner.",
        ABOVE_MAX,
        "error",
    ),
    (
        "zolpidem",
        "He takes a 10 mg tablet at bedtime, and if he wakes at 4 he snaps a second one in two and swallows half.",
        ABOVE_MAX,
        "error",
    ),
    ("phentermine", "I take one 37.5 mg tablet at breakfast, then cut another in half and take it after lunch.", ABOVE_MAX, "error"),
    (
        "zolpidem",
        "One 10 mg tablet when she turns in, then the second half of a split tablet when she wakes at 2 am.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # within the maximum; the halves of one tablet
    (
        "zolpidem",
        "She takes one 5 mg tablet at eleven, and when she wakes around three she breaks another in half and takes that.",
        ABOVE_MAX,
    ),
    (
        "phentermine",
        "One 18.75 mg half tablet in the morning, and on hard days the other half of the split tablet around 2 pm.",
        ABOVE_MAX,
    ),
    ("zolpidem", "Cut one 10 mg tablet in half; take one half at bedtime and the other half at 3 am.", ABOVE_MAX),
    # another day, not taken, only if the doctor agrees
    ("phentermine", "I take one 37.5 mg tablet in the morning, and the other half of a split tablet the next day.", ABOVE_MAX),
    ("zolpidem", "She swallows one 10 mg tablet at eleven, and breaks another in half the following night.", ABOVE_MAX),
    ("zolpidem", "She takes one 10 mg tablet at bedtime and must never break another in half and take it at 3 am.", ABOVE_MAX),
    (
        "phentermine",
        "Take one 37.5 mg tablet in the morning; if your doctor agrees, the other half of a split tablet may be taken at 2 pm instead.",
        ABOVE_MAX,
    ),
]
