"""Lithium's boxed toxicity warning given as the narrow margin in lay words (eval/holdout106 bz05, a false error), as a class.

- The gap between a dose that helps and one that harms said to be small gives the warning: "the gap between a dose that
  works and a dose that poisons is small", "the line between a helpful dose and a toxic one is thin", "not much room
  between the dose that helps and the dose that hurts", "the safe range is narrow", "a little too much can poison you",
  "the amount that helps is close to the amount that harms".
- Not "too much can make you sick" alone, a margin said to be wide or denied ("... is not small", "plenty of room
  between ..."), a question ("Is the safe range narrow?"), nor a gap that names no harm ("The gap between doses is small").
"""

from __future__ import annotations

WARNINGS = "safety-warnings.missing"

# lithium's other (recommended) warnings given, so the only finding left is the boxed one
_LITHIUM = (
    "Lithium treats bipolar disorder. Drink enough fluids and keep your salt intake steady. It can cause kidney damage and "
    "affect your thyroid. Tell your doctor if you are pregnant.\n\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("lithium", _LITHIUM + "Too much can make you sick.", WARNINGS, "error"),
    ("lithium", _LITHIUM + "The gap between a dose that works and a dose that poisons is not small.", WARNINGS, "error"),
    ("lithium", _LITHIUM + "There is plenty of room between the dose that helps and the dose that hurts.", WARNINGS, "error"),
    ("lithium", _LITHIUM + "Is the safe range narrow?", WARNINGS, "error"),
    ("lithium", _LITHIUM + "The gap between doses is small.", WARNINGS, "error"),
    ("lithium", _LITHIUM + "Lithium is not a drug where a little too much can hurt you.", WARNINGS, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "lithium",
        _LITHIUM + "In the early months Gary went to the clinic for a blood sample every week, then every couple of months. "
        "Those samples are how the team knows whether the amount in his blood is in the safe window, because the gap between "
        "a dose that works and a dose that poisons is small.",
        WARNINGS,
    ),
    ("lithium", _LITHIUM + "The line between a helpful dose and a toxic one is thin.", WARNINGS),
    ("lithium", _LITHIUM + "Take it exactly as prescribed: a little too much can poison you.", WARNINGS),
    ("lithium", _LITHIUM + "The safe range is narrow, so your team will keep a close eye on you.", WARNINGS),
    ("lithium", _LITHIUM + "With this medicine the amount that helps is close to the amount that harms.", WARNINGS),
    ("lithium", _LITHIUM + "There is not much room between the dose that helps and the dose that hurts.", WARNINGS),
    ("lithium", _LITHIUM + "The difference between a dose that helps and one that makes you ill is slim.", WARNINGS),
    ("lithium", _LITHIUM + "Just a bit more than the usual dose can be dangerous, so never double up.", WARNINGS),
]
