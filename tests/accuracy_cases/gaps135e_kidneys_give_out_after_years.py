"""The kidneys said to give out after years of metformin, from eval/holdout202 (fr09, metformin), as a class.

Class: years, decades or a lifetime of or on the drug, then the kidneys "just give out", "pack up", "wear out", "stop
working". Metformin is cleared by the kidneys and is not labeled as a cause of kidney damage (label 2; 12.3):
`kidney-damage`, a warning. Near misses: years of high blood sugar, the kidneys that never gave out, the kidneys checked
after years of it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "kidney-damage"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fr09)
    (
        "metformin",
        "Your kidneys clear metformin from the body, so we check your kidney function with a blood test before you start and"
        " at least once a year. One of our nurses puts it this way: after enough years of metformin, the kidneys just give"
        " out, which is why we keep testing.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    (
        "metformin",
        "My uncle always said a lifetime on Glucophage and your kidneys will pack up in the end.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "metformin",
        "Decades of metformin and the kidneys eventually wear out, so don't be surprised by bad blood results at seventy.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "metformin",
        "The way our aunties tell it, years on metformin, and your kidneys start to fail.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # high blood sugar, not the drug
    (
        "metformin",
        "After years of high blood sugar the kidneys can give out, which is one reason to keep taking your metformin.",
        MISSTATEMENT,
        ITEM,
    ),
    # never gave out
    (
        "metformin",
        "Twenty years of metformin, and my kidneys have never given me a day's trouble.",
        MISSTATEMENT,
        ITEM,
    ),
    # checked after years of it
    (
        "metformin",
        "After years of metformin your kidneys still get checked once a year, because they clear it from the body.",
        MISSTATEMENT,
        ITEM,
    ),
]
