"""Pregnancy sickness whose fluids will not stay down, the pregnancy told first in the sentence: the use is morning
sickness, not the stomach bug the same words tell on their own (1df92a7 read holdout30 t12, holdout55 aa10 and
holdout141 di06 as gastroenteritis). Pregnancy may be dated ("eleven weeks along", "eight weeks after her positive test")
or named ("with both of my pregnancies"). Near misses: the same words with no pregnancy stay a stomach bug's, and the
sickness of chemotherapy stays approved. Each case asserts the condition the writer is told of and its severity."""

from __future__ import annotations

import pytest
from test_offlabel_class import off_label

#: (drug, body, condition, severity): the use the writer must be told of.
SHOULD = [
    # the drafts' own wordings
    (
        "ondansetron",
        "With both of my pregnancies I was sick around the clock from week six, couldn't\nkeep water down, and Zofran was the"
        " only thing that let me function.",
        "morning sickness",
        "warning",
    ),
    (
        "ondansetron",
        "Leah, 29, is a primary-school teacher. Eight weeks after her positive test she was vomiting from the moment she woke"
        " up, unable to keep down water or dry toast, and missing work. \"My midwife's doctor gave me the melt-in-the-mouth"
        ' tablets, 4 mg when I needed them," she says.',
        "morning sickness",
        "warning",
    ),
    (
        "ondansetron",
        "My daughter-in-law is eleven weeks along and can't keep even water down most mornings. Her doctor gave her ondansetron.",
        "morning sickness",
        "warning",
    ),
    # new wordings
    (
        "ondansetron",
        "At nine weeks pregnant she could not keep anything down, so the GP prescribed ondansetron.",
        "morning sickness",
        "warning",
    ),
    (
        "ondansetron",
        "During her first pregnancy she couldn't keep so much as a sip of juice down, and the midwife gave her Zofran.",
        "morning sickness",
        "warning",
    ),
    # near misses: no pregnancy told, a stomach bug's
    (
        "ondansetron",
        "My son had been sick all night and couldn't keep so much as a mouthful of juice down, so the GP prescribed ondansetron.",
        "gastroenteritis",
        "warning",
    ),
    (
        "ondansetron",
        "She was throwing up every hour and couldn't hold anything down. The ER doctor gave her a Zofran melt.",
        "gastroenteritis",
        "warning",
    ),
]

#: (drug, body): approved sickness, nothing to report.
SHOULD_NOT = [
    ("ondansetron", "After each round of chemo she couldn't keep even water down, so her oncologist prescribed ondansetron."),
    ("ondansetron", "He couldn't keep anything down after the operation, so the nurse gave him ondansetron."),
]


@pytest.mark.parametrize(("drug", "body", "condition", "severity"), SHOULD, ids=[f"{d}-{i}" for i, (d, *_) in enumerate(SHOULD)])
def test_the_use_is_told_by_what_comes_first(drug: str, body: str, condition: str, severity: str) -> None:
    assert (condition, severity) in off_label(drug, body)


@pytest.mark.parametrize(("drug", "body"), SHOULD_NOT, ids=[f"{d}-{i}" for i, (d, _) in enumerate(SHOULD_NOT)])
def test_approved_sickness_is_left_alone(drug: str, body: str) -> None:
    assert off_label(drug, body) == []
