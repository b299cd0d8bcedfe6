"""Lithium's blood level checks told as unnecessary once stable, in other words (holdout106 bz05), as a class.

"My psychiatrist and I agreed the needle can go. Once you're settled, ... the checks are really just a formality": the
tests, the checks, the bloods or the needle called a formality, a waste of time or pointless, let go ("can go"), or not
needed any more once stable. Serum lithium must be measured for as long as it is taken. A denial ("not a formality"),
fewer checks ("less frequent", "can go up to every three months"), the needle's sting, and checks of another kind stay
silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "no-blood-tests-needed"

_LI = "Lithium is taken every day. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "lithium",
        '"Now that I\'ve been steady for a full year," he says, "my psychiatrist and I agreed the needle can go. Once '
        "you're settled, the body has found its dose and the checks are really just a formality. Most people I know "
        'dropped them after the first year and feel fine."',
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "lithium",
        "I've been on lithium for six years. Honestly, the blood tests are a waste of time once your dose is sorted.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "lithium",
        _LI + "My nurse says the level checks are basically box-ticking after the first year.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "lithium",
        "Once you're stable on lithium, the bloods are pretty pointless.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "lithium",
        "Lithium works well for me. The vampire appointments can go once you've found your dose.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "lithium",
        _LI + "Once you're settled, blood tests aren't really needed any more.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    ("lithium", _LI + "The blood tests are not a formality: they keep you safe.", MISSTATEMENT, ITEM),
    (
        "lithium",
        _LI + "Once you're stable, the checks become less frequent, every three months or so.",
        MISSTATEMENT,
        ITEM,
    ),
    ("lithium", _LI + "The needle doesn't hurt much and it's over in a minute.", MISSTATEMENT, ITEM),
    ("lithium", _LI + "The blood tests are not optional, even when you feel well.", MISSTATEMENT, ITEM),
    ("lithium", _LI + "The blood tests can go up to every three months once you're stable.", MISSTATEMENT, ITEM),
    (
        "lithium",
        _LI + "The checks on your thyroid are a formality for most people, but your lithium level must be measured every few months.",
        MISSTATEMENT,
        ITEM,
    ),
]
