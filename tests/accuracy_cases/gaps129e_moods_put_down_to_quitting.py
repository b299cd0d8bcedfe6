"""Mood effects put down to something else, not the drug (miss in eval/holdout155 dw08), as a class.

A drug whose label warns of mood and behaviour changes (no-mood-effects: varenicline, montelukast) cleared by blaming
them on something else: "the low moods came from giving up cigarettes, not from the tablets" (dw08), "were down to the
cold he was fighting, not the Singulair", "not caused by the pills but by giving up cigarettes", "had more to do with
losing his smokes than with varenicline". Not "not only from the tablets", not with the warning kept after it ("but the
label still warns ..."), not another symptom (headaches, nausea), not the drug blamed.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_VARENICLINE = "Varenicline (Chantix) helps adults stop smoking.\n\n"
_MONTELUKAST = "Montelukast (Singulair) prevents asthma attacks and eases hay fever.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "varenicline",
        _VARENICLINE + "Those old stories about it turning people depressed or unstable? That scare was settled years ago, when a"
        " huge study found the low moods came from giving up cigarettes, not from the tablets, so you can cross that worry off"
        " your list.",
        MISSTATEMENT,
        "no-mood-side-effects",
        "warning",
    ),
    (
        "montelukast",
        _MONTELUKAST + "Any nightmares he had that winter were down to the cold he was fighting, not the Singulair.",
        MISSTATEMENT,
        "no-mood-side-effects",
        "error",
    ),
    (
        "varenicline",
        _VARENICLINE + "The mood swings people talk about are really just withdrawal from the cigarettes, not Chantix.",
        MISSTATEMENT,
        "no-mood-side-effects",
        "warning",
    ),
    (
        "varenicline",
        _VARENICLINE + "Any depression in the first weeks comes from quitting, not from the tablets.",
        MISSTATEMENT,
        "no-mood-side-effects",
        "warning",
    ),
    (
        "varenicline",
        _VARENICLINE + "The dark thoughts had more to do with losing his smokes than with varenicline.",
        MISSTATEMENT,
        "no-mood-side-effects",
        "warning",
    ),
    (
        "varenicline",
        _VARENICLINE + "Her low moods were not caused by the pills but by giving up cigarettes.",
        MISSTATEMENT,
        "no-mood-side-effects",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "varenicline",
        _VARENICLINE + "Low moods can come from giving up cigarettes, not only from the tablets, so tell your doctor about any change.",
        MISSTATEMENT,
        "no-mood-side-effects",
    ),
    (
        "varenicline",
        _VARENICLINE + "Some low moods come from quitting, not the tablets, but the label still warns of serious mood changes.",
        MISSTATEMENT,
        "no-mood-side-effects",
    ),
    ("varenicline", _VARENICLINE + "The headaches came from the caffeine, not the tablets.", MISSTATEMENT, "no-mood-side-effects"),
    ("varenicline", _VARENICLINE + "The nausea comes from the tablets, not from quitting.", MISSTATEMENT, "no-mood-side-effects"),
    (
        "varenicline",
        _VARENICLINE + "Mood changes can come from the tablets, not just from quitting.",
        MISSTATEMENT,
        "no-mood-side-effects",
    ),
    (
        "montelukast",
        _MONTELUKAST + "His nightmares came from the Singulair, not from the cold, so his doctor stopped it.",
        MISSTATEMENT,
        "no-mood-side-effects",
    ),
]
