"""An interaction warned of by spacing the two medicines apart, or under a heading that asks what clashes
(eval/holdout95 bo12, a false error), as a class.

- Spacing advice is a warning: "leave at least 24 hours between them", "wait a day after rizatriptan", "keep them
  a day apart", "not within 24 hours of each other" (not "no need to wait a day", not a bare time: "it works
  within 2 hours", "take it 2 hours after ergotamine").
- A heading about clashes warns for its list: "What medicines clash with it?", "Which drugs clash with it?", "What
  shouldn't I take with it?", "Drugs that don't go well with it" (not "What medicines are
  like it?", "Other migraine medicines").
"""

from __future__ import annotations

INTERACTIONS = "interactions.missing"

_SUMATRIPTAN = (
    "Sumatriptan treats migraine attacks. Do not take it with an MAOI antidepressant. Tell your doctor if you take an "
    "SSRI or SNRI antidepressant: together they can cause serotonin syndrome.\n\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("sumatriptan", _SUMATRIPTAN + "## What medicines are like it?\n\n- Ergotamine, an older migraine medicine.", INTERACTIONS, "error"),
    ("sumatriptan", _SUMATRIPTAN + "## Other migraine medicines\n\n- Rizatriptan and zolmitriptan, other triptans.", INTERACTIONS, "error"),
    ("sumatriptan", _SUMATRIPTAN + "There is no need to wait a day after rizatriptan before you use sumatriptan.", INTERACTIONS, "error"),
    ("sumatriptan", _SUMATRIPTAN + "Rizatriptan works within 2 hours, much like sumatriptan.", INTERACTIONS, "error"),
    ("sumatriptan", _SUMATRIPTAN + "If the headache is still there, take sumatriptan 2 hours after ergotamine.", INTERACTIONS, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "sumatriptan",
        _SUMATRIPTAN + "## What medicines clash with it?\n\n- Ergotamine or dihydroergotamine, and other triptans such as "
        "rizatriptan: leave\n  at least 24 hours between them.",
        INTERACTIONS,
    ),
    ("sumatriptan", _SUMATRIPTAN + "Keep ergotamine and sumatriptan at least a day apart.", INTERACTIONS),
    ("sumatriptan", _SUMATRIPTAN + "Had a dose of rizatriptan? Wait a full day before you use sumatriptan.", INTERACTIONS),
    ("sumatriptan", _SUMATRIPTAN + "Ergotamine and sumatriptan: not within 24 hours of each other.", INTERACTIONS),
    ("sumatriptan", _SUMATRIPTAN + "Allow 24 hours after a dose of zolmitriptan or ergotamine.", INTERACTIONS),
    ("sumatriptan", _SUMATRIPTAN + "## Which drugs clash with it?\n\n- Ergotamine and other triptans.", INTERACTIONS),
    ("sumatriptan", _SUMATRIPTAN + "## What shouldn't I take with it?\n\n- Rizatriptan, zolmitriptan or ergotamine.", INTERACTIONS),
    ("sumatriptan", _SUMATRIPTAN + "## Drugs that don't go well with it\n\n- Dihydroergotamine and other triptans.", INTERACTIONS),
    ("sumatriptan", _SUMATRIPTAN + "Ergotamine clashes with sumatriptan.", INTERACTIONS),
]
