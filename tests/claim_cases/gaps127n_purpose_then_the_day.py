"""Missed class (holdout137 de06): tablets at one part of the day, what they are for told after them ("so he can sleep
through the night", "to get through the night", "in order to sleep", "so that I can work"), then bare counts at the
other parts of the same day: a day told from that dose on. "He takes two of his 10 mg tablets at bedtime so he can sleep
through the night, then one with breakfast and one more at lunch" is 40 mg of cyclobenzaprine a day (maximum 30 mg);
before, the purpose clause cut the list and only the bedtime tablets were counted.

Still silent: the same within the maximum (one tablet at bedtime, or 5 mg tablets), the next tablet on the next day."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's wording
    (
        "cyclobenzaprine",
        "One of my customers, a roofer, told me how he manages a bad week. He takes two of his 10 mg tablets at bedtime so he "
        "can sleep through the night, then one with breakfast and one more at lunch so he can get back up the ladder.",
        ABOVE_MAX,
        "error",
    ),
    # other voices: "to", "so that", "in order to", another order of the day
    (
        "cyclobenzaprine",
        "My husband swallows two 10 mg tablets before bed to get through the night, then another with breakfast and one at lunch.",
        ABOVE_MAX,
        "error",
    ),
    ("cyclobenzaprine", "I take two 10 mg tablets in the morning so that I can work, one at lunch and one at bedtime.", ABOVE_MAX, "error"),
    (
        "cyclobenzaprine",
        "She has two 10 mg tablets at night in order to sleep, then one in the morning and one at noon.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    (
        "cyclobenzaprine",
        "He takes two 10 mg tablets at bedtime so he can sleep through the night, then one with breakfast the next day.",
        ABOVE_MAX,
    ),
    (
        "cyclobenzaprine",
        "He takes one 10 mg tablet at bedtime so he can sleep through the night, then one with breakfast and one at lunch.",
        ABOVE_MAX,
    ),
    (
        "cyclobenzaprine",
        "He takes two 5 mg tablets at bedtime so he can sleep through the night, then one with breakfast and one at lunch.",
        ABOVE_MAX,
    ),
]
