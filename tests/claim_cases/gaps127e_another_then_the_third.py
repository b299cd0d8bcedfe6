"""Missed class (holdout133 da03): a dose, "another" at a later part of the day, then "the third" (or "a third") at a later
part still: three doses that day. "So now it's a 25 mg with breakfast, another with lunch and the third with dinner" for
blood pressure is 75 mg of carvedilol a day (maximum 50 mg); before, "the third" was not counted (two doses, 50 mg). (The
draft's "Mine is for blood pressure, no heart failure" also needs the denied use read as no use: not this class.)

Still silent: the same within the maximum, a third on another day ("the third tomorrow"), a third that is not taken (a
spare one in the pack)."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's wording
    (
        "carvedilol",
        "**Rocco_in_Reno:** Mine is for blood pressure. GP had me on one 25 mg tablet twice a day and it still "
        "sat at 150 over 95. So now it's a 25 mg with breakfast, another with lunch and the third with dinner. Reading this "
        "morning was 128.",
        ABOVE_MAX,
        "warning",
    ),
    # other voices: a second and a third, clock times, "then the third"
    ("amlodipine", "Dad now takes 5 mg in the morning, another at lunch and the third at bedtime.", ABOVE_MAX, "error"),
    ("amlodipine", "My doctor has me on a 5 mg with breakfast, a second at noon, and a third before bed.", ABOVE_MAX, "error"),
    ("amlodipine", "The plan: 5 mg on waking, another around 2 pm, then the third with dinner.", ABOVE_MAX, "error"),
    (
        "carvedilol",
        "Mine is for blood pressure. He takes 25 mg at breakfast, a second at noon, then a third one at bedtime.",
        ABOVE_MAX,
        "warning",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    ("amlodipine", "Dad takes 2.5 mg in the morning, another at lunch and the third at bedtime.", ABOVE_MAX),
    ("carvedilol", "Mine is for blood pressure. He takes 12.5 mg at breakfast, a second at noon, then a third one at bedtime.", ABOVE_MAX),
    ("amlodipine", "Dad takes 5 mg in the morning, another at lunch and the third tomorrow.", ABOVE_MAX),
    ("amlodipine", "Dad takes 5 mg in the morning and another at bedtime; the third one in the pack is spare.", ABOVE_MAX),
    ("carvedilol", "Mine is for blood pressure. He takes 25 mg at breakfast and another at noon. The third he skips.", ABOVE_MAX),
]
