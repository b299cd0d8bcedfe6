"""A controller tablet told as an attack's quick fix by the story's outcome (holdout122 cp10), as a class.

"When my chest starts closing up in the second half, I chew one of my tablets on the bench and I'm back on within a few
minutes": montelukast taken as the chest closes (also "starts closing", "started tightening"), or a dose of it followed by
the player back in the game or breathing easy again within minutes, is the stops-asthma-attacks misstatement. Near misses
stay silent: the blue inhaler doing it, the dose two hours before exercise (approved), the daily evening dose, days or
weeks, the claim denied.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "stops-asthma-attacks"

_MONTELUKAST = "Montelukast is a daily tablet. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "montelukast",
        _MONTELUKAST + 'And on match days? "When my chest starts closing up in the second half, I chew one of my tablets on the '
        "bench and I'm back on within a few minutes.\"",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "montelukast",
        _MONTELUKAST + "She chews a Singulair on the sideline and is back on the pitch within minutes.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("montelukast", _MONTELUKAST + "One montelukast and five minutes later he's back out on the court.", MISSTATEMENT, ITEM, "error"),
    (
        "montelukast",
        _MONTELUKAST + "Give him one of his chewables at half-time and he'll be breathing freely again in no time.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "montelukast",
        _MONTELUKAST + "If his chest gets tight, he chews a Singulair and is breathing easy again straight after.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("montelukast", _MONTELUKAST + "She uses her blue inhaler when her chest tightens and is back on within minutes.", MISSTATEMENT, ITEM),
    ("montelukast", _MONTELUKAST + "A puff of her blue inhaler and she's back on the pitch in minutes.", MISSTATEMENT, ITEM),
    (
        "montelukast",
        _MONTELUKAST + "She takes her montelukast two hours before the match and is back on the pitch within minutes of the warm-up.",
        MISSTATEMENT,
        ITEM,
    ),
    ("montelukast", _MONTELUKAST + "She takes one tablet each evening and is back to training within a fortnight.", MISSTATEMENT, ITEM),
    (
        "montelukast",
        _MONTELUKAST + "Montelukast will not get her breathing easy again within minutes; only the reliever inhaler does that.",
        MISSTATEMENT,
        ITEM,
    ),
]
