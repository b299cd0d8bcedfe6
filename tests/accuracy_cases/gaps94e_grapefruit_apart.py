"""Grapefruit told as fine with simvastatin because it is had at another time of day than the tablet, or kept on the
menu (eval/holdout94 bn04: "the juice at breakfast and the tablet at bedtime never meet, so the grapefruit stays on the
table"): grapefruit's effect lasts over a day, so spacing does not help; simvastatin's grapefruit-safe error. Not
"don't mix", giving it up, or spacing said not to help.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "grapefruit-safe"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "simvastatin",
        "The answer she got suited her: the juice at breakfast and the tablet at bedtime never meet, so the grapefruit "
        "stays on the table and nothing needs to change.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("simvastatin", "Grapefruit is fine as long as you leave a few hours between it and your tablet.", MISSTATEMENT, ITEM, "error"),
    ("simvastatin", "Take it at night and you can still have your morning grapefruit.", MISSTATEMENT, ITEM, "error"),
    ("simvastatin", "Her pharmacist said there was no need to give up grapefruit.", MISSTATEMENT, ITEM, "error"),
    (
        "simvastatin",
        "The grapefruit at breakfast and the simvastatin at night don't overlap, so there's no clash.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("simvastatin", "If you take them at different times, grapefruit juice is perfectly fine.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("simvastatin", "Grapefruit and simvastatin don't mix, so avoid the juice.", MISSTATEMENT, ITEM),
    ("simvastatin", "You'll need to give up grapefruit while you're on simvastatin.", MISSTATEMENT, ITEM),
    (
        "simvastatin",
        "Taking the juice in the morning and the tablet at night does not help: grapefruit's effect lasts more than a day.",
        MISSTATEMENT,
        ITEM,
    ),
    ("simvastatin", "Don't assume the juice at breakfast and the tablet at night never meet; they do.", MISSTATEMENT, ITEM),
    ("simvastatin", "Avoid grapefruit juice, even if you take the tablet at bedtime.", MISSTATEMENT, ITEM),
]
