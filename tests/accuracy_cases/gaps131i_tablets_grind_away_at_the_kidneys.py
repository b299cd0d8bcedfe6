"""Metformin said to harm the kidneys as the tablets grinding, chipping, eating or wearing away at them, and said of
"those tablets" pointed back at (gaps131i): "over the years those tablets quietly grind away at the kidneys" (holdout171
em08). Near misses: a denial, the tablets cleared by the kidneys, high blood sugar doing it, another drug doing it."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "metformin",
        "Lucia's worry was different. Her grandfather had needed dialysis in his seventies, after decades on diabetes tablets. "
        "Her worry wasn't unfounded: over the years those tablets quietly grind away at the kidneys, which is why Rosa's "
        "doctor orders a kidney blood test every year.",
        MISSTATEMENT,
        "kidney-damage",
        "warning",
    ),
    (
        "metformin",
        "Those pills chip away at the kidneys year after year, my aunt says, and she's right.",
        MISSTATEMENT,
        "kidney-damage",
        "warning",
    ),
    (
        "metformin",
        "Metformin wears away at your kidney function over the decades.",
        MISSTATEMENT,
        "kidney-damage",
        "warning",
    ),
    (
        "metformin",
        "I stopped taking it because I read that these sugar pills eat away at your kidneys.",
        MISSTATEMENT,
        "kidney-damage",
        "warning",
    ),
]

#: (drug, body, rule, item): wordings that must stay silent.
SHOULD_NOT = [
    (
        "metformin",
        "People say metformin slowly eats away at your kidneys, but that's a myth.",
        MISSTATEMENT,
        "kidney-damage",
    ),
    (
        "metformin",
        "Those tablets are cleared by the kidneys, which is why your doctor checks your kidney function every year.",
        MISSTATEMENT,
        "kidney-damage",
    ),
    (
        "metformin",
        "High blood sugar itself grinds away at the kidneys over the years, which is one reason to keep taking metformin.",
        MISSTATEMENT,
        "kidney-damage",
    ),
    (
        "metformin",
        "Ibuprofen can eat away at the kidneys if you take a lot of it, so ask before you reach for it alongside metformin.",
        MISSTATEMENT,
        "kidney-damage",
    ),
]
