"""Sleeplessness told by its signs, then a dose pointed back at it, from eval/holdout139 (dg13, risperidone) and eval/holdout140
(dh10, quetiapine), as a class: an off-label use for insomnia.

Class: the nights lain awake told in the sentence before, then the medicine said to fix them by a pointing word ("She'd lie
awake until four every morning, mind going round and round. Her GP said a little extra risperidone at bedtime would knock
that on the head"; "would fix that", "would put a stop to that", "would sort that out"); or a night dose given, after a
comma, "when" the nights are told ("a small dose, 25 or 50 mg in the night, when they stay awake until 4 of the morning").
Still silent: the sleeplessness told as the drug's side effect, another remedy said to fix it, a night dose timed against a
side effect ("Take it at night, when the drowsiness won't bother you").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (dg13)
    (
        "risperidone",
        "And the other thing, once she was back home, was sleep. She'd lie awake until four every morning, mind going round and"
        " round. Her GP said a little extra risperidone at bedtime would knock that on the head, and it did. She sleeps through now.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "He'd stare at the ceiling half the night. His psychiatrist reckoned a small extra dose of risperidone before bed would put"
        " a stop to that.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "Most nights I was tossing and turning till 3 am. My doctor said risperidone at night would sort that out, and it has.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "She'd lie awake until four every morning. Her GP said a little extra risperidone at bedtime would fix that.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (dh10, non-native English)
    (
        "quetiapine",
        "In our clinic many patients also receive a small dose, 25 or 50 mg in the night, when they stay awake until 4 of the"
        " morning and cannot sleep even after many weeks, and after some days they sleep the whole night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "The nurses often give a low dose at bedtime, whenever residents are still awake at 2 am.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Plenty of people take 25 mg at night, when they are wide awake till three.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("risperidone", "Risperidone can cause insomnia. Her GP said a little melatonin would knock that on the head.", OFF_LABEL),
    ("risperidone", "She'd lie awake until four every morning. Her GP said sleep hygiene would sort that out.", OFF_LABEL),
    ("quetiapine", "Take it at night, when you are less likely to notice the dizziness.", OFF_LABEL),
    ("quetiapine", "Take it at night, when the drowsiness won't bother you.", OFF_LABEL),
    ("quetiapine", "Take the tablet at bedtime, when it is less likely to keep you awake.", OFF_LABEL),
    ("quetiapine", "Take it at night, when you go to bed.", OFF_LABEL),
]
