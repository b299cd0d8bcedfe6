"""Dependence denied in lay or translated words (eval/holdout117 ck11), as a class.

"The body does not learn to need lorazepam, so you can be sure no craving for more will come later", "your brain won't grow to
need clonazepam", "your body never comes to need the tablets", "no urge for more of it develops" (not "your body can learn to
need lorazepam"; not a question for the reader: "tell your doctor if there is a craving for more"; not "your body no longer
needs it" after stopping; not food: "no craving for more sweets"; not another drug's plain need: "your body does not need
levothyroxine if your thyroid works normally"; not a condition: "if the body does not learn to need lorazepam").
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "lorazepam",
        "In the short time the doctor gives it, the body does not learn to need lorazepam, so you can be sure no craving for "
        "more will come later.",
        DEPENDENCY,
        "error",
    ),
    ("lorazepam", "Patients often ask about this. You can be sure no craving for more will come later.", DEPENDENCY, "error"),
    ("clonazepam", "Your brain won't grow to need clonazepam the way it does with alcohol.", DEPENDENCY, "error"),
    ("diazepam", "Your body never comes to need the tablets.", DEPENDENCY, "error"),
    ("alprazolam", "Taken like this, no urge for more of it develops.", DEPENDENCY, "error"),
    ("zolpidem", "The brain does not learn to need Ambien, even after months.", DEPENDENCY, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    ("lorazepam", "Your body can learn to need lorazepam within a few weeks.", DEPENDENCY),
    ("lorazepam", "Tell your doctor if there is a craving for more.", DEPENDENCY),
    ("lorazepam", "When you stop, your body no longer needs it, and the withdrawal settles.", DEPENDENCY),
    ("lorazepam", "Some people feel no craving for more sweets on it.", DEPENDENCY),
    ("levothyroxine", "Your body does not need levothyroxine if your thyroid works normally.", DEPENDENCY),
    ("lorazepam", "If the body does not learn to need lorazepam, stopping is easy; but in many people it does.", DEPENDENCY),
]
