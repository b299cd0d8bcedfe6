"""The day's own dose of a preventive taken early as an attack begins (holdout105 by07), as a class.

"When you feel that the headache is beginning, you take the evening tablet already at that moment": the shared
taken-at-onset wording takes a dose named by its time ("the evening tablet", "tonight's tablet", "her morning dose",
"tonight's chewable") as a dose taken for the attack, for every drug with that misstatement (topiramate, propranolol,
montelukast). The evening tablet at the usual time or as usual, a denial and the daily preventive schedule stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "taken-for-a-migraine-attack"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "topiramate",
        "- In the migraine days: when you feel that the headache is beginning, you take the evening tablet already at that "
        "moment, and the pain goes away before it is strong.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("topiramate", "If a migraine starts at work, take tonight's tablet there and then.", MISSTATEMENT, ITEM, "warning"),
    ("topiramate", "At the first sign of the zigzag lights, she takes her morning dose early.", MISSTATEMENT, ITEM, "warning"),
    ("propranolol", "When a migraine starts, take the evening tablet at once.", MISSTATEMENT, ITEM, "warning"),
    (
        "montelukast",
        "If the wheezing starts at school, give him tonight's chewable straight away.",
        MISSTATEMENT,
        "stops-asthma-attacks",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("topiramate", "Take the evening tablet at the usual time, even on migraine days.", MISSTATEMENT, ITEM),
    ("topiramate", "When a migraine begins, take your usual pain medicine; take the evening tablet as usual.", MISSTATEMENT, ITEM),
    ("topiramate", "When the headache starts, do not take the evening tablet early: take your migraine medicine.", MISSTATEMENT, ITEM),
    (
        "topiramate",
        "Take one tablet in the morning and the evening tablet at night, every day, to prevent migraines.",
        MISSTATEMENT,
        ITEM,
    ),
    ("propranolol", "When a migraine starts, keep taking your evening tablet as usual and use your triptan.", MISSTATEMENT, ITEM),
]
