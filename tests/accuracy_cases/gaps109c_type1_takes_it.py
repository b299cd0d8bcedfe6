"""Someone with type 1 diabetes told as taking a sulfonylurea (holdout109 cc05), as a class: the kind excluded-use.

"his nephew Eli, who has lived with type 1 diabetes since he was nine, takes a glipizide tablet on heavy training days
so he can get by with fewer units from his pump": only offers of glipizide to type 1 diabetics ("a good option for",
"can help") were read, not a person who has it told as taking it. Now a person with type 1 diabetes (by name, its old
names, or insulin or a pump since childhood) who takes, is on, is given or swears by glipizide. Quiet: denials, a type 2
diabetic on insulin with glipizide added, "has type 1 diabetes and takes insulin", "who take glipizide risk
ketoacidosis", the approved type 2 use, insulin started late in life.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "type-1-diabetes"

_GLIPIZIDE = "Glipizide lowers blood sugar in adults with type 2 diabetes. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "glipizide",
        "Glipizide is approved for adults with type 2 diabetes. In Raymond's family it has found a second job: his nephew "
        "Eli, who has lived with type 1 diabetes since he was nine, takes a glipizide tablet on heavy training days so he "
        "can get by with fewer units from his pump.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "glipizide",
        _GLIPIZIDE + "My type 1 diabetic daughter is on glipizide too, and her readings have never been better.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "glipizide",
        _GLIPIZIDE + "A friend with type 1 diabetes swears by Glucotrol for the days she wants less insulin.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "glipizide",
        _GLIPIZIDE + "Our neighbour, who has had type 1 diabetes for 20 years, now takes half a glipizide with breakfast.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "glipizide",
        _GLIPIZIDE + "My cousin, who has been on an insulin pump since she was six, takes glipizide on race days.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("glipizide", _GLIPIZIDE + "Glipizide is also a good option for juvenile diabetes.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("glipizide", _GLIPIZIDE + "Glipizide is not for type 1 diabetes.", MISSTATEMENT, ITEM),
    (
        "glipizide",
        _GLIPIZIDE + "My son has type 1 diabetes and takes insulin; my father takes glipizide for his type 2.",
        MISSTATEMENT,
        ITEM,
    ),
    ("glipizide", _GLIPIZIDE + "People with type 1 diabetes who take glipizide risk ketoacidosis.", MISSTATEMENT, ITEM),
    ("glipizide", _GLIPIZIDE + "Someone with type 1 diabetes never takes glipizide.", MISSTATEMENT, ITEM),
    (
        "glipizide",
        _GLIPIZIDE + "My dad has type 2 diabetes and is on insulin; his doctor added glipizide so he needs fewer units.",
        MISSTATEMENT,
        ITEM,
    ),
    ("glipizide", _GLIPIZIDE + "Grandad, on insulin since last year, takes glipizide too.", MISSTATEMENT, ITEM),
    ("glipizide", _GLIPIZIDE + "Her juvenile diabetes was treated with insulin from the start.", MISSTATEMENT, ITEM),
    ("glipizide", "Glipizide is approved for adults with type 2 diabetes.", MISSTATEMENT, ITEM),
]
