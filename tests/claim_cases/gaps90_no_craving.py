"""No craving with it, or patients never back for more (eval/holdout90 bj10: a specialist's uncited "There's no craving
with this one. Patients don't come back chasing the next capsule or asking for more").

Left alone: asking the reader to report a craving, a craving for something else.
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("pregabalin", '"There\'s no craving with this one," she says.', DEPENDENCY, "error"),
    ("gabapentin", "Patients don't come back chasing the next capsule or asking for more.", DEPENDENCY, "error"),
    ("tramadol", "You get no buzz from it at all.", DEPENDENCY, "error"),
    ("pregabalin", "They never come back begging for a bigger dose.", DEPENDENCY, "error"),
    ("gabapentin", "With this one you get no high at all.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("pregabalin", "Tell us if you notice a craving for it.", DEPENDENCY),
    ("pregabalin", "There is no craving for sweets with this one.", DEPENDENCY),
    ("gabapentin", "Patients come back after two weeks to check the dose.", DEPENDENCY),
    ("gabapentin", "There is no cure at all for some nerve pain.", DEPENDENCY),
]
