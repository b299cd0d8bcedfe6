"""Wordings the lead tried at the fiftieth stop, before any fix helper started, in voices of their own; each test is a
class with its near misses: an infection said to clear overnight or by the next morning, polycystic ovaries told as
cysts on both ovaries, and a medicine taken with alcohol as a habit praised by how well the person sleeps or feels."""

from __future__ import annotations

import pytest
from rule_runner import findings, run_rule


@pytest.mark.parametrize(
    "drug, body",
    [
        ("amoxicillin", "Amoxicillin clears up a sinus infection overnight."),
        ("amoxicillin", "Amoxicillin clears up a sinus infection in a day."),
        ("amoxicillin", "It gets rid of strep throat by the next morning."),
        ("doxycycline", "Doxy knocked my chlamydia out by the following morning, no joke."),
    ],
)
def test_an_infection_said_to_clear_overnight_or_by_morning_is_a_rapid_onset_claim(drug: str, body: str) -> None:
    assert findings(drug, body, "unsupported-claim.rapid-onset"), body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("amoxicillin", "It may clear a mild infection within a day."),
        ("amoxicillin", "It clears up most chest infections within a week."),
        ("amoxicillin", "You should feel better by the next morning, but finish the course."),
    ],
)
def test_a_hedged_clearing_days_or_feeling_better_is_not(drug: str, body: str) -> None:
    assert findings(drug, body, "unsupported-claim.rapid-onset") == [], body


@pytest.mark.parametrize(
    "body",
    [
        "Lots of women with irregular periods and cysts on their ovaries are handed metformin to get things back on track.",
        "My sister has cysts on her ovaries and her doctor put her on metformin.",
    ],
)
def test_cysts_on_both_ovaries_then_metformin_is_an_undisclosed_pcos_use(body: str) -> None:
    found = run_rule("metformin", body, "off-label.undisclosed")
    assert [f.severity.value for f in found] == ["warning"], body
    assert "PCOS" in found[0].message


@pytest.mark.parametrize(
    "body",
    [
        "An ultrasound found a cyst on her left ovary; metformin is for her diabetes.",
        "Her scan showed no cysts on her ovaries, and she takes metformin for type 2 diabetes.",
    ],
)
def test_one_cyst_or_none_is_not_pcos(body: str) -> None:
    assert findings("metformin", body, "off-label.undisclosed") == [], body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("zolpidem", "I take my Ambien with a glass of wine every night and sleep like a baby."),
        ("alprazolam", "I wash my Xanax down with a beer most nights and feel great."),
    ],
)
def test_a_drink_with_the_medicine_praised_as_a_habit_is_alcohol_declared_harmless(drug: str, body: str) -> None:
    found = run_rule(drug, body, "accuracy.misstatement")
    assert [f.severity.value for f in found] == ["error"], body
    assert "alcohol" in found[0].message.lower()


@pytest.mark.parametrize(
    "drug, body",
    [
        ("zolpidem", "I take my Ambien every night and sleep like a baby; I don't drink at all."),
        ("alprazolam", "Mixing Xanax with beer can stop your breathing. I take mine at night and feel great."),
        ("zolpidem", "I used to have a glass of wine with my Ambien. Since I stopped drinking I sleep like a baby."),
        ("zolpidem", "Never take Ambien with a glass of wine."),
    ],
)
def test_sleeping_well_without_a_drink_after_a_warning_or_after_stopping_is_not(drug: str, body: str) -> None:
    assert findings(drug, body, "accuracy.misstatement") == [], body
