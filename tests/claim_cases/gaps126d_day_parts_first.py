"""A day's tablets listed with each part of the day first add up to the day's total (eval/holdout123 cq09, a miss).

A translated clinic handout: "After some weeks, many patients take: in the morning 2 tablet of 1 mg, at the midday 1
tablet, and in the evening 2 tablet" = 5 mg of clonazepam a day, above the 4 mg panic-disorder maximum. The counts at later
parts of the day were read only when each part of the day follows its count ("2 tablets of 20 mg in the morning, 1 at
lunch, 2 at evening"). As a class, when the first part of the day is said before its amount and the amount is counted in
tablets ("in the morning 2 tablet of 1 mg", "Morning: 2 tablets of 1 mg", "In the morning two 1 mg tablets", "At breakfast 1
tablet of 2 mg"), the bare counts after later parts of the day ("at the midday 1 tablet", "midday: 1 tablet", "at bedtime 1") are
that day's tablets too. The panic maximum applies at warning level when the use is only named earlier in the article (the
seizure maximum is higher); metoprolol's 450 mg a day is a usual top, not a hard maximum (a warning too).

Silent: a later count with an amount of its own ("in the evening 1 tablet of 0.5 mg", read as its own dose), a day within the
maximum, and a bare amount with no tablets counted ("In the morning 1 mg, at night 2")."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_PANIC = "The doctor gives clonazepam for the panic disorder.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "clonazepam",
        _PANIC + "- The doctor can raise more, slowly, if the attacks continue. After some weeks, many patients take: in the "
        "morning 2 tablet of 1 mg, at the midday 1 tablet, and in the evening 2 tablet.",
        ABOVE_MAX,
        "warning",
    ),
    # new wordings: a dosing card, a relative's note, a pharmacy label read aloud, another drug
    ("clonazepam", _PANIC + "Morning: 2 tablets of 1 mg; midday: 1 tablet; evening: 2 tablets.", ABOVE_MAX, "warning"),
    ("clonazepam", _PANIC + "At breakfast 1 tablet of 2 mg, at lunch 1 and at bedtime 1.", ABOVE_MAX, "warning"),
    ("clonazepam", _PANIC + "In the morning two 1 mg tablets, at noon one, and at night two.", ABOVE_MAX, "warning"),
    (
        "metoprolol",
        "For high blood pressure: in the morning 2 tablets of 100 mg, at lunch 1 tablet, and at night 2 tablets.",
        ABOVE_MAX,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("clonazepam", _PANIC + "In the morning 2 tablets of 1 mg, in the evening 1 tablet of 0.5 mg.", ABOVE_MAX),
    ("clonazepam", _PANIC + "In the morning 2 tablets of 1 mg, at midday 1 tablet.", ABOVE_MAX),
    ("clonazepam", _PANIC + "In the morning 1 mg, at night 2.", ABOVE_MAX),
    ("clonazepam", _PANIC + "In the morning 1 tablet of 1 mg, at night 2 tablets, and the next day the same again.", ABOVE_MAX),
]
