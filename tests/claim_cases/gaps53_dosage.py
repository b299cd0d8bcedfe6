"""Dosage classes from the fourteenth stop: the same count again at each of several later parts of
the day, and a person moved up to a dose.

- "the big 1000 mg tablets, one with breakfast, one with lunch and one with dinner" (holdout46 i02):
  every count after the first is one more, so three tablets, 3,000 mg of metformin a day; the repeat
  had counted only the second.
- "my doctor moved me up to the 1000 mg tablets": a person moved up to a dose is on it; "up to" after
  me, him, her, us or them is no ceiling.

Near misses: the same list within the maximum, a ceiling said with "up to", a list of two."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "metformin",
        "At my last checkup my doctor moved me up to the big 1000 mg tablets, one with breakfast, one with lunch and one with dinner.",
        ABOVE_MAX,
        "error",
    ),
    ("metformin", "She takes the 1000 mg tablets, one with breakfast, one with lunch and one with supper.", ABOVE_MAX, "error"),
    ("metformin", "The nurse bumped him up to 1000 mg tablets: one at breakfast, one at lunch, and one at dinner.", ABOVE_MAX, "error"),
    ("metformin", "Her GP put her up to 3,000 mg a day last spring.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    ("metformin", "My doctor moved me up to the 850 mg tablets, one with breakfast, one with lunch and one with dinner.", ABOVE_MAX),
    ("metformin", "My doctor moved me up to the 1000 mg tablets, one with breakfast and one with dinner.", ABOVE_MAX),
    ("metformin", "Your doctor may go up to 2,550 mg a day, split over three meals.", ABOVE_MAX),
    ("metformin", "Some adults take up to 2,550 mg a day, one 850 mg tablet with each meal.", ABOVE_MAX),
]
