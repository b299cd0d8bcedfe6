"""Propranolol taken as a migraine comes on, the aura told by its flicker, shimmer or sparkle alone (eval/holdout140
dh01: "swallows one the moment the flickering starts at the edge of her vision, and she says the headache never gets
going"), as a class. Not a daily dose with the flickering coming anyway, a flicker with no dose taken for it, nor a
screen's flicker.
"""

from __future__ import annotations

RULE = "accuracy.misstatement"
ITEM = "taken-for-a-migraine-attack"

_PROPRANOLOL = "Propranolol is a beta blocker; for migraine it is taken every day to prevent attacks.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "propranolol",
        _PROPRANOLOL + "Sunita, one of our regulars, does it her own way: she keeps two in\nher purse and swallows one the moment "
        "the flickering starts at the edge of her\nvision, and she says the headache never gets going.",
        RULE,
        ITEM,
        "warning",
    ),
    (
        "propranolol",
        _PROPRANOLOL + "As soon as the shimmering begins in his left eye, he takes a propranolol and lies down.",
        RULE,
        ITEM,
        "warning",
    ),
    ("propranolol", _PROPRANOLOL + "My tip: pop one at the first flickers, before the pain arrives.", RULE, ITEM, "warning"),
    ("propranolol", _PROPRANOLOL + "When the sparkling kicks in, she reaches for her propranolol.", RULE, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "propranolol",
        _PROPRANOLOL + "She takes one every morning; on days the flickering starts anyway she lies down in the dark.",
        RULE,
        ITEM,
    ),
    ("propranolol", _PROPRANOLOL + "Take it every day, even when the flickering has not come for weeks.", RULE, ITEM),
    ("propranolol", _PROPRANOLOL + "If the flickering starts, tell your doctor; do not take an extra dose.", RULE, ITEM),
    ("propranolol", _PROPRANOLOL + "The flickering of the old screen gave her headaches, so she moved desks.", RULE, ITEM),
]
