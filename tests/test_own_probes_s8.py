"""Wordings the lead tried after the holdout17/18 fixes, in voices of their own: an
interaction declared harmless as a pairing ("a good combination", "work well together",
"never hurt anyone"), and a superlative of gentleness as an absolute claim ("the gentlest
antidepressant there is"), and misstatements, speed and dependency claims in fresh wordings."""

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


@pytest.mark.parametrize(
    "drug, body, reported",
    [
        ("lisinopril", "Lisinopril is one of the safest blood pressure pills to stay on during pregnancy.", True),
        ("losartan", "Losartan is one of the safest tablets to keep taking in pregnancy.", True),
        ("lisinopril", "Lisinopril is one of the safest blood pressure pills, but it must be stopped in pregnancy.", False),
        ("levothyroxine", "Levothyroxine is a great way to shift a few stubborn pounds.", True),
        ("levothyroxine", "It makes it easier to shed those last few pounds.", True),
        ("levothyroxine", "Levothyroxine is not a way to lose weight.", False),
        ("amoxicillin", "A course of amoxicillin will see off a sore throat whether it's viral or not.", True),
        ("azithromycin", "Azithromycin clears up chest infections, viral or bacterial.", True),
        ("amoxicillin", "Amoxicillin does not work on a sore throat caused by a virus.", False),
        ("amoxicillin", "Your doctor will check whether the infection is viral or bacterial before prescribing amoxicillin.", False),
    ],
)
def test_misstatements_in_fresh_wordings(drug: str, body: str, reported: bool) -> None:
    """The safest to stay on in pregnancy, a few stubborn pounds shifted, a course for an
    illness viral or not: each the drug's misstatement of that kind, or nothing."""
    assert bool(run_rule(drug, body, "accuracy.misstatement")) == reported


@pytest.mark.parametrize(
    "drug, body, rule, reported",
    [
        ("ibuprofen", "The pain melts away in about fifteen minutes flat.", "unsupported-claim.rapid-onset", True),
        ("ibuprofen", "The headache eases within 20 minutes.", "unsupported-claim.rapid-onset", True),
        ("ibuprofen", "The pain eases within 20 minutes in most people (Moore et al., 2015).", "unsupported-claim.rapid-onset", False),
        ("diazepam", "Unlike the others, diazepam doesn't really get people hooked.", "unsupported-claim.dependency", True),
        ("tramadol", "It won't actually leave you hooked.", "unsupported-claim.dependency", True),
        ("diazepam", "Diazepam can really get people hooked, so use it for short spells.", "unsupported-claim.dependency", False),
    ],
)
def test_speed_in_minutes_and_a_softened_denial_of_addiction(drug: str, body: str, rule: str, reported: bool) -> None:
    assert findings(drug, body, rule) == (["error"] if reported else [])
