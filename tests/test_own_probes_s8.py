"""Wordings the lead tried after the holdout17/18 fixes, in voices of their own: an
interaction declared harmless as a pairing ("a good combination", "work well together",
"never hurt anyone"), and a superlative of gentleness as an absolute claim ("the gentlest
antidepressant there is")."""

from __future__ import annotations

import pytest
from rule_runner import findings, run_rule


@pytest.mark.parametrize(
    "drug, body, interaction",
    [
        ("tizanidine", "Take tizanidine and ciprofloxacin together, they're a good combination.", "fluvoxamine-ciprofloxacin"),
        ("sertraline", "Sertraline and St John's wort work well together for a low mood.", None),
        ("alprazolam", "A glass of wine with your Xanax never hurt anyone.", "alcohol-cns-depressants"),
        ("warfarin", "Ibuprofen with warfarin is a safe combination for most people.", None),
    ],
)
def test_an_interaction_declared_a_good_pairing_is_a_misstatement(drug: str, body: str, interaction: str | None) -> None:
    found = run_rule(drug, body, "accuracy.misstatement")
    assert [f.severity.value for f in found] == ["error"]
    if interaction:
        assert found[0].extra["misstatement"] == interaction


@pytest.mark.parametrize(
    "drug, body",
    [
        ("tizanidine", "Tizanidine and ciprofloxacin are not a safe combination."),
        ("alprazolam", "Alcohol and Xanax together is never a good combination."),
        ("sertraline", "Exercise and sertraline work well together for many people."),
        ("warfarin", "Paracetamol and warfarin usually go fine together at normal doses."),
    ],
)
def test_a_pairing_denied_or_of_something_else_is_not(drug: str, body: str) -> None:
    assert findings(drug, body, "accuracy.misstatement") == []


@pytest.mark.parametrize(
    "drug, body, reported",
    [
        ("sertraline", "It's the gentlest antidepressant there is, full stop.", True),
        ("loratadine", "Loratadine is the mildest antihistamine on the market.", True),
        ("ibuprofen", "Ibuprofen is one of the safest painkillers you can buy.", True),
        ("sertraline", "Sertraline is often the gentlest choice for older adults, according to NICE guidance (NICE, 2022).", False),
        ("sertraline", "Ask which option is gentlest for you.", False),
    ],
)
def test_the_gentlest_medicine_there_is_is_an_absolute_claim(drug: str, body: str, reported: bool) -> None:
    assert findings(drug, body, "unsupported-claim.absolute") == (["error"] if reported else [])
