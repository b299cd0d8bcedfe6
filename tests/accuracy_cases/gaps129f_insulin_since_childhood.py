"""Glipizide offered for type 1 diabetes told by its signs, insulin since early childhood, with the person's doctor
putting them on it (miss in eval/holdout157 dy09): "My nephew Danny has been on insulin shots since kindergarten, and
his doctor has him on a little glipizide every morning now". The class: insulin (shots, injections, a pump) since a
stage of early childhood (kindergarten, preschool, nursery, first grade, infancy) is type 1 diabetes, and "his doctor
has him on" the drug is a taking like "takes". Not insulin started in adult life, not the doctor putting the person on
insulin or metformin, not a person with type 2 diabetes on glipizide.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_GLIPIZIDE = "Glipizide is a tablet for adults with type 2 diabetes, used with diet and exercise.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "glipizide",
        _GLIPIZIDE + "Glipizide isn't only for grown-ups with type 2. My nephew Danny has been on insulin shots since"
        " kindergarten, and his doctor has him on a little glipizide every morning now so he needs fewer shots.",
        MISSTATEMENT,
        "type-1-diabetes",
        "warning",
    ),
    (
        "glipizide",
        _GLIPIZIDE + "Our granddaughter has needed insulin injections ever since preschool, and her pediatrician put her on"
        " glipizide last spring to smooth out her numbers.",
        MISSTATEMENT,
        "type-1-diabetes",
        "warning",
    ),
    (
        "glipizide",
        _GLIPIZIDE + "A boy on our team, on an insulin pump since he was in first grade, now takes a glipizide tablet before practice.",
        MISSTATEMENT,
        "type-1-diabetes",
        "warning",
    ),
    (
        "glipizide",
        _GLIPIZIDE + "My cousin, taking insulin since nursery school, and her endocrinologist started her on Glucotrol this year.",
        MISSTATEMENT,
        "type-1-diabetes",
        "warning",
    ),
]

#: (drug, body, rule, item): no such finding.
SHOULD_NOT = [
    (
        "glipizide",
        _GLIPIZIDE + "My uncle has been on insulin shots since last winter, and his doctor has him on a little glipizide"
        " every morning too.",
        MISSTATEMENT,
        "type-1-diabetes",
    ),
    (
        "glipizide",
        _GLIPIZIDE + "My nephew has been on insulin shots since kindergarten, and his doctor says glipizide is not for"
        " him; it only works when the pancreas still makes insulin.",
        MISSTATEMENT,
        "type-1-diabetes",
    ),
    (
        "glipizide",
        _GLIPIZIDE + "My nephew has been on insulin shots since kindergarten, and his doctor has him on an insulin pump"
        " now instead of glipizide tablets.",
        MISSTATEMENT,
        "type-1-diabetes",
    ),
    (
        "glipizide",
        _GLIPIZIDE + "My father has had type 2 diabetes since his fifties, and his doctor has him on a little glipizide every morning.",
        MISSTATEMENT,
        "type-1-diabetes",
    ),
]
