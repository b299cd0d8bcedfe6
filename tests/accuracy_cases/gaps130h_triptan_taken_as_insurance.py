"""A triptan taken whatever the head feels, or before an event as insurance, told as the writer's practice: the prevention
kind ("These days I also take a 50 mg tablet about an hour before any max-effort session, as insurance, whether my head
hurts or not", eval/holdout163 ee12; sumatriptan `not-for-prevention`, the kind's new wordings). Near misses: a dose when
the pain starts whatever the place, a dose before a session only once the pain has started, the practice forbidden or
denied, and a tablet only carried just in case."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-for-prevention"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "sumatriptan",
        "These days I also take a 50 mg tablet about an hour before any max-effort session, as insurance, whether my head hurts "
        "or not. Touch wood, I haven't had an attack under the bar since March.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("sumatriptan", "She pops one before every long flight just in case.", MISSTATEMENT, ITEM, "warning"),
    ("sumatriptan", "He takes a tablet before each match to be on the safe side.", MISSTATEMENT, ITEM, "warning"),
    ("sumatriptan", "I use a spray ahead of every shift, headache or no headache.", MISSTATEMENT, ITEM, "warning"),
    (
        "sumatriptan",
        "My sister has an Imitrex with her coffee on exam mornings, whether she has a migraine or not.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("sumatriptan", "I take one as soon as the pain starts, whether I'm at the gym or not.", MISSTATEMENT, ITEM),
    ("sumatriptan", "I take a tablet before a session only if the pain has started.", MISSTATEMENT, ITEM),
    ("sumatriptan", "Never take one just in case before a workout.", MISSTATEMENT, ITEM),
    ("sumatriptan", "I take one before a session if a migraine has started, never as insurance.", MISSTATEMENT, ITEM),
    ("sumatriptan", "I always carry a tablet to every session just in case.", MISSTATEMENT, ITEM),
]
