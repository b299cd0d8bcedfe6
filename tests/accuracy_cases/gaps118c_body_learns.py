"""Dependence denied in a translation's or lay words (holdout117 ck11), as a class.

"the body does not learn to need lorazepam, so you can be sure no craving for more will come later": the body said not
to learn to need the drug, or a craving for more promised never to come, is the boxed dependence and addiction
warning contradicted. The body that becomes used to it (true), the body that can learn to need it, a craving that can
come, and a craving for food stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-addictive"
_LORAZEPAM = "Lorazepam is a medicine for anxiety. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "lorazepam",
        "Patients often ask: can I become hooked? In the short time the doctor gives it, the body does not learn to need "
        "lorazepam, so you can be sure no craving for more will come later.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("lorazepam", _LORAZEPAM + "Your body will never learn to need these tablets.", MISSTATEMENT, ITEM, "error"),
    ("lorazepam", _LORAZEPAM + "Take it every night for a month: no craving for the tablets will follow.", MISSTATEMENT, ITEM, "error"),
    ("lorazepam", _LORAZEPAM + "Do not be afraid, no urge for more will ever come back when you finish.", MISSTATEMENT, ITEM, "error"),
    ("lorazepam", _LORAZEPAM + "His body doesn't learn to need Ativan, the nurse explained.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "lorazepam",
        _LORAZEPAM + "The body becomes used to the medicine, so the doctor lowers the dose slowly at the end.",
        MISSTATEMENT,
        ITEM,
    ),
    ("lorazepam", _LORAZEPAM + "If you take it longer, the body can learn to need it.", MISSTATEMENT, ITEM),
    ("lorazepam", _LORAZEPAM + "A craving for more can come later, so tell your doctor if you want to take extra.", MISSTATEMENT, ITEM),
    ("lorazepam", _LORAZEPAM + "Some people feel hungry on it, but no craving for food will come at night.", MISSTATEMENT, ITEM),
    (
        "lorazepam",
        _LORAZEPAM + "It is not true that the body does not learn to need lorazepam: it can, even in a few weeks.",
        MISSTATEMENT,
        ITEM,
    ),
]
