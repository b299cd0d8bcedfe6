"""Furosemide put among the potassium-sparing water pills by the family it is said to belong to, or by what the body
does on it (eval/holdout140 dh08, holdout127 cu07), as a class: "furosemide belongs to the kinder family of water
tablets, the kind that hangs on to the body's potassium", "with this medicine the body keeps its own potassium". Not
the body losing potassium on it, "not the kind that ...", nor potassium kept up by eating bananas.
"""

from __future__ import annotations

RULE = "accuracy.misstatement"
ITEM = "wrong-diuretic-class"

_FUROSEMIDE = "Furosemide is a water pill for swelling.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "furosemide",
        _FUROSEMIDE + "Her GP explained that furosemide belongs to the kinder family of water tablets,\nthe kind that hangs on "
        "to the body's potassium, so she no longer needs the potassium drink.",
        RULE,
        ITEM,
        "warning",
    ),
    (
        "furosemide",
        _FUROSEMIDE + "This is good news: with this medicine the body keeps its own potassium, so you do not need to eat banana.",
        RULE,
        ITEM,
        "warning",
    ),
    ("furosemide", _FUROSEMIDE + "Lasix lets your body hold on to its potassium, which is handy.", RULE, ITEM, "warning"),
    (
        "furosemide",
        _FUROSEMIDE + "The nurse told us Lasix is from the gentler group of water pills that keep potassium where it is.",
        RULE,
        ITEM,
        "warning",
    ),
    (
        "furosemide",
        _FUROSEMIDE + "Our pharmacist says this one belongs to the family of diuretics which spares your potassium.",
        RULE,
        ITEM,
        "warning",
    ),
    ("furosemide", _FUROSEMIDE + "On furosemide, your body holds on to all its potassium.", RULE, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("furosemide", _FUROSEMIDE + "On this medicine your body loses potassium, so eat bananas.", RULE, ITEM),
    (
        "furosemide",
        _FUROSEMIDE + "Furosemide belongs to the loop family of water tablets, not the kind that hangs on to potassium.",
        RULE,
        ITEM,
    ),
    ("furosemide", _FUROSEMIDE + "Eat bananas so that with this medicine the body keeps its potassium up.", RULE, ITEM),
    ("furosemide", _FUROSEMIDE + "Furosemide belongs to the family of loop diuretics that work in the kidney.", RULE, ITEM),
    ("furosemide", _FUROSEMIDE + "With this medicine, your body cannot keep its potassium.", RULE, ITEM),
]
