"""Montelukast taken as a reliever when the chest tightens (eval/holdout118 cl08, a forum member: "When my chest starts
tightening on the walk home from the station, I take one of my Singulair and within the hour I'm breathing normally
again"): the taken-at-onset kind, the chest told as tightening in any tense ("starts tightening", "started getting
tight", "is tight") and the habit told with "she'd". Not the blue inhaler at that moment, not the nightly dose, not the
dose 2 hours before exercise, not a denial.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "stops-asthma-attacks"

_DAILY = "Montelukast is a daily preventer for asthma. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "montelukast",
        _DAILY + "When my chest starts tightening on the walk home from the station, I take one of my Singulair and within the "
        "hour I'm breathing normally again.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "montelukast",
        _DAILY + "I take one of my Singulair when my chest starts tightening, and I'm fine within the hour.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "montelukast",
        _DAILY + "Whenever her breathing started getting tight at night, she'd take a montelukast and go back to sleep.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "montelukast",
        _DAILY + "If his chest is tight after football, he chews one of his montelukast tablets on the bench.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("montelukast", _DAILY + "Montelukast does not stop an attack that has started; use your blue inhaler.", MISSTATEMENT, ITEM),
    ("montelukast", _DAILY + "I take my 10 mg tablet every night before bed.", MISSTATEMENT, ITEM),
    (
        "montelukast",
        _DAILY + "For exercise, take one tablet at least 2 hours before, not in addition to your daily dose.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "montelukast",
        _DAILY + "When my chest starts tightening, I use my blue inhaler, and I keep taking my montelukast every night.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "montelukast",
        _DAILY + "When my chest starts tightening, I don't reach for montelukast, I use my blue inhaler.",
        MISSTATEMENT,
        ITEM,
    ),
]
