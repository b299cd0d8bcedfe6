"""Missed class (holdout29 o04, lost at this stop when 128a read "another 20" after a 20 mg dose as one more tablet, not
twenty): doses at parts of one day added up, one of them taken again later ("20 mg when I wake, 20 mg at the start of
the shift and another 20 at the 3 am break": 60 mg of amphetamine salts). A dose taken again counts every time it is
taken in the day's total, and "when I wake" is a morning with or without "up".

Still silent: the same within the maximum, alternatives ("or"), another day's dose."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "amphetamine-mixed-salts",
        'For ADHD, Adderall is started low. One ICU nurse wrote: "My psychiatrist has me on 20 mg when I wake, '
        "20 mg at\nthe start of the shift and another 20 at "
        'the 3 am break. Three tablets, and I\nchart like a machine."',
        ABOVE_MAX,
        "warning",
    ),
    ("cetirizine", "On bad pollen days I take 5 mg at breakfast, 5 mg at lunch and another 5 at teatime.", ABOVE_MAX, "error"),
    ("cetirizine", "He has 5 mg when he wakes, 5 mg at lunch and another 5 before bed.", ABOVE_MAX, "error"),
    ("zolpidem", "He took 5 mg at ten, 5 mg at midnight and another 5 at three in the morning.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("cetirizine", "She takes 5 mg when she wakes and another 5 at bedtime.", ABOVE_MAX),
    ("cetirizine", "Some take 5 mg at breakfast, or 5 mg at lunch and another 5 at teatime.", ABOVE_MAX),
    ("cetirizine", "He takes 2.5 mg at breakfast, 2.5 mg at lunch and another 2.5 at teatime.", ABOVE_MAX),
    ("amphetamine-mixed-salts", "10 mg when I wake, 10 mg at lunch and another 10 the next day if I need it.", ABOVE_MAX),
]
