"""A use the label excludes said to be one the drug is for (holdout93 bm09), as a class: the kind excluded-use.

"It is also a handy add-on for people with type 1 diabetes": glipizide's label rules out type 1 diabetes and
ketoacidosis, and only "treats type 1 diabetes" was read. Now any offer of it to them: a good option, a help, an
add-on for type 1 diabetics, "can help people with type 1 diabetes cut back on insulin", "people with type 1 diabetes
can also take glipizide", "it works for type 1 diabetes as well". Quiet: denials, "for type 2, not type 1", insulin
as their treatment, "a poor choice" or "dangerous for" them, a question answered no.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "type-1-diabetes"

_GLIPIZIDE = "Glipizide lowers blood sugar in adults with type 2 diabetes. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "glipizide",
        _GLIPIZIDE + "It is also a handy add-on for people with type 1 diabetes who would like to cut back on their insulin "
        "injections, since it pushes the body to make more of its own.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("glipizide", _GLIPIZIDE + "Glipizide is a good option for type 1 diabetics who want fewer injections.", MISSTATEMENT, ITEM, "warning"),
    ("glipizide", _GLIPIZIDE + "Glucotrol can help people with type 1 diabetes cut back on insulin.", MISSTATEMENT, ITEM, "warning"),
    (
        "glipizide",
        _GLIPIZIDE + "People with type 1 diabetes can also take glipizide alongside their insulin.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "glipizide",
        _GLIPIZIDE + "It works for type 1 diabetes as well, since it makes the pancreas release insulin.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("glipizide", _GLIPIZIDE + "Glipizide is not for people with type 1 diabetes or diabetic ketoacidosis.", MISSTATEMENT, ITEM),
    ("glipizide", _GLIPIZIDE + "Glipizide is for adults with type 2 diabetes, not type 1 diabetes.", MISSTATEMENT, ITEM),
    ("glipizide", _GLIPIZIDE + "People with type 1 diabetes cannot take glipizide; they need insulin.", MISSTATEMENT, ITEM),
    ("glipizide", _GLIPIZIDE + "Insulin is the treatment for people with type 1 diabetes.", MISSTATEMENT, ITEM),
    ("glipizide", _GLIPIZIDE + "Glipizide is a poor choice for people with type 1 diabetes.", MISSTATEMENT, ITEM),
    ("glipizide", _GLIPIZIDE + "Glipizide is a good option for people with type 2 diabetes.", MISSTATEMENT, ITEM),
    (
        "glipizide",
        _GLIPIZIDE + "Glipizide won't help people with type 1 diabetes, because their pancreas makes no insulin.",
        MISSTATEMENT,
        ITEM,
    ),
    ("glipizide", _GLIPIZIDE + "Can people with type 1 diabetes take glipizide? No.", MISSTATEMENT, ITEM),
    ("glipizide", _GLIPIZIDE + "Glipizide is dangerous for people with type 1 diabetes.", MISSTATEMENT, ITEM),
]
