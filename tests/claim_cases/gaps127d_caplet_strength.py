"""A strength told per caplet in a sentence that names no drug, the caplets counted after it (miss in eval/holdout134
db09): "I grab the Extra Strength ones, which are 500 mg a caplet." then, in the next paragraph, "I take two every four
hours, day and night" (6,000 mg of acetaminophen a day, maximum 4,000 mg). A sentence about caplets is about taking the
medicine, as one about tablets or capsules is, so the article's only drug owns its amount. Near misses: the same
strength within the maximum, a smaller strength, a count said not to be taken.

Each case is the body of one article about one drug; the assertion is what its writer would see."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a dose the writer must see.
SHOULD = [
    (
        "acetaminophen",
        "I grab the Extra Strength ones, which are 500 mg a caplet. On a normal day I follow the box: two caplets, then wait at "
        "least six hours, and no more than six caplets in a day.\n\nWhen my back is really flaring, though, I go harder. I take "
        "two every four hours, day and night, for three or four days until it settles, and set an alarm so I don't miss one.",
        ABOVE_MAX,
        "error",
    ),
    (
        "acetaminophen",
        "The caplets I buy are 500 mg each.\n\nOn bad weeks I take two every four hours around the clock.",
        ABOVE_MAX,
        "error",
    ),
    ("acetaminophen", "Mine are the 500 mg caplets. During a flare I'll take three every six hours.", ABOVE_MAX, "error"),
    ("acetaminophen", "Each caplet has 650 mg in it.\n\nWhen my knee is bad I swallow two every four hours.", ABOVE_MAX, "error"),
    (
        "acetaminophen",
        "Our store brand is 500 mg a caplet. My dad takes three every four hours when his hip plays up.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    ("acetaminophen", "I grab the 500 mg caplets. I take two every six hours, and never more than eight caplets in a day.", ABOVE_MAX),
    ("acetaminophen", "The caplets are 500 mg each.\n\nTake two every six hours when you need them.", ABOVE_MAX),
    ("acetaminophen", "The regular caplets are 325 mg each. I take two every four hours.", ABOVE_MAX),
    ("acetaminophen", "My caplets are 500 mg a caplet. Never take two every four hours around the clock.", ABOVE_MAX),
]
