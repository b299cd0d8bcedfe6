"""Lithium's boxed toxicity warning told as the amount that keeps the person well lying near the amount that makes them ill
(eval/holdout203 fs01: a false error), as a class.

Class: the amount, dose or level (of lithium) that keeps someone well, stable or steady, or "what works", told as not far
from, close to, a whisker or a step away from, or just below the amount that makes them ill, harms or poisons, or a toxic
one ("the amount of lithium that keeps him well is not far from the amount that makes him ill, so small changes matter").
That is the narrow margin of the boxed warning in lay words. Still missing: the two said to be far apart, two helpful
amounts compared, and the amount that keeps him well told with no harm beside it.
"""

from __future__ import annotations

MISSING = "safety-warnings.missing"
ITEM = "lithium-toxicity"

_LITHIUM = "Lithium treats bipolar disorder. Dad takes it twice a day with food.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the two said to be far apart
    (
        "lithium",
        _LITHIUM + "His psychiatrist says the amount that keeps him well is far from the amount that makes him ill.",
        MISSING,
        ITEM,
        "error",
    ),
    # two helpful amounts
    (
        "lithium",
        _LITHIUM + "The dose that keeps Dad well is close to the dose that kept his brother well.",
        MISSING,
        ITEM,
        "error",
    ),
    # no harm beside it
    ("lithium", _LITHIUM + "The amount that keeps him well took the best part of a year to find.", MISSING, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (fs01)
    (
        "lithium",
        _LITHIUM + "Dr. Amin, his psychiatrist, explained it to me once like this: the amount of lithium that keeps him well is"
        " not far from the amount that makes him ill, so small changes matter.",
        MISSING,
        ITEM,
    ),
    # new wordings, other voices
    (
        "lithium",
        _LITHIUM + "The dose that keeps her stable is only a whisker away from the one that poisons her.",
        MISSING,
        ITEM,
    ),
    ("lithium", _LITHIUM + "With lithium, what works is only just below a toxic dose.", MISSING, ITEM),
    (
        "lithium",
        _LITHIUM + "Think of it this way: the level that keeps you well sits close to the level that makes you sick.",
        MISSING,
        ITEM,
    ),
    ("lithium", _LITHIUM + "The dose that keeps him steady is not far off a dangerous one.", MISSING, ITEM),
]
