"""Missed classes (holdout68-71): a day's tablets told by counting them, not by an amount a day.

1. A dose plus a part-dose more later that day, said "more" after it and past a condition ("one 37.5 mg
   tablet before breakfast, and if hunger comes back in the afternoon, half a tablet more", phentermine:
   56.25 mg a day).
2. Doses counted across the day as "another ... and a third", with days of a kind after them ("on her
   worst days", "on bad days"): those are some days, not another day (sumatriptan: 300 mg a day).
3. A count of tablets named by their strength after a verb of taking, with no schedule ("So now I just
   take two of my 10s", zolpidem: 20 mg a night): taken at one time, so at least that many that day.
4. A count of someone's tablets of a strength ("three of his 40 mg tablets every night", atorvastatin:
   120 mg a day): his, her, our as well as my, your, their.

Still silent: a dose at the maximum, a part-dose more forbidden, a count of tablets one used to take or
never takes, a third dose another day ("a third two days later")."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "phentermine",
        "She has one 37.5 mg tablet with her coffee, and when the cravings return after lunch, half a tablet extra.",
        ABOVE_MAX,
        "error",
    ),
    ("phentermine", "He takes one 37.5 mg tablet at 7 am and, if he is still hungry at noon, half a pill more.", ABOVE_MAX, "error"),
    (
        "sumatriptan",
        "My neighbour takes a 100 mg tablet at the first flicker, another mid-afternoon and a third at bedtime on bad days.",
        ABOVE_MAX,
        "error",
    ),
    (
        "sumatriptan",
        "He swallows a 100 mg tablet when the aura starts, another after lunch and a third before bed on his worst days.",
        ABOVE_MAX,
        "error",
    ),
    ("zolpidem", "The 10 mg stopped working for her, so she now swallows three of the 10s before a flight.", ABOVE_MAX, "error"),
    ("atorvastatin", "Her father now takes three of her 40 mg tablets with dinner because his own ran out.", ABOVE_MAX, "error"),
    (
        "atorvastatin",
        "The two of them decided to split a box, and now each takes three of our 40 mg tablets every night.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # at the maximum
    ("phentermine", "Take half a 37.5 mg tablet before breakfast, and if hunger comes back by noon, half a tablet more.", ABOVE_MAX),
    ("zolpidem", "When she can't sleep she takes one of her 10s at bedtime.", ABOVE_MAX),
    ("atorvastatin", "He now takes two of his 40 mg tablets every night, as his cardiologist advised.", ABOVE_MAX),
    ("sumatriptan", "She takes a 100 mg tablet when the aura starts and, on her worst days, another after lunch.", ABOVE_MAX),
    # forbidden, past, another day
    ("phentermine", "Take one 37.5 mg tablet before breakfast, and never half a tablet more in the afternoon.", ABOVE_MAX),
    ("zolpidem", "He used to take two of his 10s before the label changed.", ABOVE_MAX),
    ("zolpidem", "Never take two of your 10s, even before a long flight.", ABOVE_MAX),
    ("sumatriptan", "She took a 100 mg tablet on Monday, another at lunch on Tuesday and a third two bad days later.", ABOVE_MAX),
]
