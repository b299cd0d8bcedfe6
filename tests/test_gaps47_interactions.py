"""A class word that describes the drug is no warning about other medicines (holdout50 e10, holdout48 g09):
"what makes it an SNRI", "Not just another SSRI", "Antidepressants carry a boxed warning" (an SNRI is one)
leave the serotonergic-drugs interaction missing; "other antidepressants", "another SSRI ... on top of it",
"an SSRI such as Prozac" with a warning still name it."""

from __future__ import annotations

import pytest
from rule_runner import run_rule


def _serotonergic(drug: str, body: str) -> list[str]:
    return [f.severity.value for f in run_rule(drug, body, "interactions.missing") if f.extra.get("interaction") == "serotonergic-drugs"]


@pytest.mark.parametrize(
    ("drug", "body"),
    [
        ("escitalopram", "Doctors consider it an SSRI. Never take it with an MAOI or with linezolid: call your pharmacist if unsure."),
        ("venlafaxine", "Not just another SSRI. Never take it with an MAOI; ask your pharmacist before anything new."),
        ("venlafaxine", "Antidepressants carry a warning about suicidal thoughts in young people. Never take it with an MAOI."),
    ],
)
def test_the_drugs_own_class_is_no_warning(drug: str, body: str) -> None:
    assert _serotonergic(drug, body) == ["error"], body


@pytest.mark.parametrize(
    ("drug", "body"),
    [
        (
            "escitalopram",
            "Never take it with an MAOI. Do not take it with other antidepressants or triptans: "
            "together they can cause serotonin syndrome.",
        ),
        ("venlafaxine", "Never take it with an MAOI. Do not add another SSRI or tramadol on top of it."),
        ("venlafaxine", "Never take it with an MAOI. Taking it with an SSRI such as Prozac can be dangerous."),
    ],
)
def test_another_medicine_of_the_class_is_named(drug: str, body: str) -> None:
    assert _serotonergic(drug, body) == [], body


def test_another_kind_of_the_symptom_is_a_use_of_its_own() -> None:
    body = (
        "You have been given amitriptyline for the burning and tingling pains in your feet that come from nerve damage.\n\n"
        "It is an older antidepressant.\n\nSome doctors also use amitriptyline for back pain."
    )
    found = {(f.extra.get("condition"), f.severity.value) for f in run_rule("amitriptyline", body, "off-label.undisclosed")}
    assert ("pain", "error") in found, found


def test_the_same_use_restated_is_reported_once() -> None:
    body = (
        "You have been given amitriptyline for the burning and tingling pains in your feet that come from nerve damage.\n\n"
        "It is an older antidepressant.\n\nAmitriptyline can relieve nerve pain."
    )
    found = [f.extra.get("condition") for f in run_rule("amitriptyline", body, "off-label.undisclosed")]
    assert found == ["neuropathy"], found
