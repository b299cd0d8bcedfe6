"""An attack treatment taken on a schedule said to keep the attacks away (holdout97 bq12), as a class.

"one tablet each morning through the days around your period keeps the migraines from setting in": a dose every day,
each morning or daily, with the attacks kept off, stopped or prevented, is the prevention the label does not support,
however long the words between. One tablet at the start of an attack, rebound headaches from daily use, a denial and a
daily preventive of another drug stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-for-prevention"

_SUMATRIPTAN = "Sumatriptan treats migraine attacks. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "sumatriptan",
        _SUMATRIPTAN + "For women whose attacks come with their period, one tablet each morning through the days around your "
        "period keeps the migraines from setting in, so you do not have to wait for the pain.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "sumatriptan",
        _SUMATRIPTAN + "A tablet every day during exam week, my neurologist friend says, stops the attacks before they start.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("sumatriptan", _SUMATRIPTAN + "Taking it every morning of a stressful week keeps migraines at bay.", MISSTATEMENT, ITEM, "warning"),
    ("sumatriptan", _SUMATRIPTAN + "Your dose daily through the holidays wards off the next one.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("sumatriptan", _SUMATRIPTAN + "One tablet as soon as the headache starts stops the migraine in most people.", MISSTATEMENT, ITEM),
    (
        "sumatriptan",
        _SUMATRIPTAN + "Taking it every day can cause more headaches, so keep to no more than a few days a week.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "sumatriptan",
        _SUMATRIPTAN + "One tablet each morning around your period does not keep the migraines from setting in.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "sumatriptan",
        _SUMATRIPTAN + "If attacks are frequent, a propranolol tablet every day keeps migraines away; sumatriptan is for the attack.",
        MISSTATEMENT,
        ITEM,
    ),
]
