"""Lithium's boxed narrow margin told as the two amounts sitting close together, from eval/holdout151 (ds02, a false
error), as a class.

Class: the helpful and the harmful amount (dose, level) said to sit, lie or be close together, near each other or not far
apart, in either order ("The helpful amount and the harmful amount of lithium sit close together", "the dose that works and
the dose that poisons are not far apart"), and a level "a little too high" said to make you ill ("A level a little too high
can make you properly ill") give the boxed toxicity warning. Still missing: the amounts said to be far apart, two helpful
amounts, a level a little too low.
"""

from __future__ import annotations

MISSING = "safety-warnings.missing"
TOXICITY = "lithium-toxicity"
_LITHIUM = "Lithium evens out mood swings in bipolar disorder.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("lithium", _LITHIUM + "The helpful amount and the harmful amount of lithium are far apart.", MISSING, TOXICITY, "error"),
    ("lithium", _LITHIUM + "The helpful amount and the usual amount sit close together.", MISSING, TOXICITY, "error"),
    ("lithium", _LITHIUM + "A level a little too low can make you properly ill again.", MISSING, TOXICITY, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (ds02)
    (
        "lithium",
        _LITHIUM + "The helpful amount and the harmful amount of lithium sit close together. A level a little too high can make you"
        " properly ill. Members listed the early warning signs they have learned to watch for:",
        MISSING,
        TOXICITY,
    ),
    # new wordings
    ("lithium", _LITHIUM + "The dose that works and the dose that poisons are not far apart.", MISSING, TOXICITY),
    (
        "lithium",
        _LITHIUM + "The toxic level and the helpful level are very near each other, so take it exactly as prescribed.",
        MISSING,
        TOXICITY,
    ),
    ("lithium", _LITHIUM + "Keep your level just a bit too high and it can make you really sick.", MISSING, TOXICITY),
    ("lithium", _LITHIUM + "The safe amount and the toxic amount come so close to each other.", MISSING, TOXICITY),
]
