"""Missed class: tablets named by their strength, then counted by the part of the day each count is taken at,
the first count right after the tablets with no "of them" ("she was taking the 0.5 mg tablets two at breakfast, two
at lunch, two with dinner and three at bedtime", holdout84 bd11: nine tablets, 4.5 mg of clonazepam a day, above the
panic-disorder maximum of 4 mg). The first count was read as one tablet, and a count after a comma ("the 50 mg
tablets, two in the morning and one at night") was counted twice: as the dose and as a later one. Also the use by
its short name ("For panic, we usually start at 0.25 mg ...") selects the panic-disorder entry's maximum.

Still silent: counts within the maximum, a count by nights of the week ("two nights a week"), and "no cause for
panic" is no use."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (bd11): the use carried over from the paragraph before (a warning)
    (
        "clonazepam",
        '"For panic, we usually start at 0.25 mg twice a day and aim for 1 mg a day," a psychiatrist told us.\n\nBy the'
        " second spring, she says, she was taking the 0.5 mg tablets two at breakfast, two at lunch, two with dinner and"
        ' three at bedtime, "because that was what it took to get through a day".',
        ABOVE_MAX,
        "warning",
    ),
    ("sertraline", "These days he takes the 50 mg tablets: two with breakfast, one at lunch and two at bedtime.", ABOVE_MAX, "error"),
    ("metformin", "She takes the 500 mg tablets two at breakfast, two with lunch and two with dinner.", ABOVE_MAX, "error"),
    ("gabapentin", "He was on the 600 mg capsules, three in the morning, two at lunch and two at night.", ABOVE_MAX, "error"),
    ("ibuprofen", "I take the 400 mg tablets - three with breakfast, three with lunch and three at bedtime.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    ("clonazepam", "For panic disorder she takes the 0.5 mg tablets, one in the morning and one at bedtime.", ABOVE_MAX),
    # three tablets (150 mg), not two read as the dose and again as a later one (250 mg)
    ("sertraline", "The most is 200 mg a day. He takes the 50 mg tablets, two in the morning and one at night.", ABOVE_MAX),
    ("metformin", "She takes the 500 mg tablets, two at breakfast and two with dinner.", ABOVE_MAX),
    ("clonazepam", "For panic disorder she takes the 0.5 mg tablets two nights a week.", ABOVE_MAX),
    ("gabapentin", "He takes the 300 mg capsules, one in the morning and one at night.", ABOVE_MAX),
    ("clonazepam", "There is no cause for panic: for seizures, adults can go up to 10 mg a day.", ABOVE_MAX),
]
