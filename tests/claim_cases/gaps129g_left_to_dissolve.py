"""Missed class (twenty-eighth stop, helper g): a tablet left to dissolve, with no tongue named, between its amount and
how often ("let one 8 mg melt-on-your-tongue tablet dissolve every six hours", eval/holdout158 dz13): the schedule was
not read, so 8 mg was the whole day's amount. A melting, dissolving or disintegrating tablet is how the dose is taken,
like "under the tongue" before.

Still silent: the same wordings within the label maximum, and a dose dissolved on the tongue only once."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "ondansetron",
        "My oncology team had me let one 8 mg melt-on-your-tongue tablet dissolve every six hours, round the clock, for the first "
        "three days after each infusion.",
        ABOVE_MAX,
        "error",
    ),
    ("ondansetron", "Let one 8 mg tablet dissolve every six hours.", ABOVE_MAX, "error"),
    ("ondansetron", "One 8 mg tablet, left to dissolve slowly, four times a day, is what the ward gave me.", ABOVE_MAX, "error"),
    ("ondansetron", "The nurse told us to let an 8 mg wafer melt away every 6 hours.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("ondansetron", "Let one 8 mg tablet dissolve three times a day.", ABOVE_MAX),
    ("ondansetron", "Let one 4 mg tablet dissolve every six hours.", ABOVE_MAX),
    ("ondansetron", "Let one 8 mg tablet dissolve on your tongue half an hour before the infusion.", ABOVE_MAX),
    ("ondansetron", "Let one 8 mg tablet dissolve every eight hours.", ABOVE_MAX),
]
