"""A dose taken in the evening or at night because the drug itself makes one drowsy (eval/holdout170 el05, quetiapine: "Dana
now takes 300 mg of the extended-release tablet each evening, because it makes her drowsy for the first hour or two", a new
false warning at the thirty-third stop's probe of every set), as a class: the time suits a side effect, no use for sleep.

Still reported: the drug given because someone could not sleep, and a sleep use told outright.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("quetiapine", "Her GP gave her quetiapine because she could not sleep.", OFF_LABEL, "error"),
    ("quetiapine", "Many people take a small dose of quetiapine at night to help them sleep.", OFF_LABEL, "error"),
    ("mirtazapine", "He takes mirtazapine at bedtime because he lies awake for hours otherwise.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "quetiapine",
        "Dana now takes 300 mg of the extended-release tablet each evening, because it makes her drowsy for the first hour or two.",
        OFF_LABEL,
    ),
    ("quetiapine", "He takes it at night because it makes him sleepy.", OFF_LABEL),
    ("quetiapine", "Take it in the evening, as it can make you drowsy.", OFF_LABEL),
    ("amitriptyline", "Most people take it before bed, since it tends to make them drowsy.", OFF_LABEL),
]
