"""Wordings of our own tried after the holdout5/holdout6 classes were fixed, each a class:
a performance the writer's relative takes a beta blocker before (solos, recitals, the
plural of an occasion), a writer who is not a professional and says to run changes past
their own GP, an online consultation sold with the prescription posted."""

from __future__ import annotations

from typing import Any

import pytest
from claim_projects import DISCLAIMER, claims_project, findings_by_file, found, rules, text_rules_only  # noqa: F401 - fixtures


@pytest.mark.parametrize(
    "sentence",
    [
        "My aunt swears by a propranolol before her choir solos: no more wobbly voice.",
        "He takes one before his violin recitals.",
        "I pop one ahead of my job interviews and my hands stay still.",
        "Take propranolol before the wedding speeches and you'll sail through.",
    ],
)
def test_a_beta_blocker_before_a_performance_is_an_anxiety_use(project: Any, sentence: str) -> None:
    assert found(project, "propranolol", sentence, "off-label.undisclosed"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Do not take propranolol before surgery without telling the anaesthetist.",
        "Take two puffs of albuterol before a game if exercise brings on your wheeze.",
    ],
)
def test_timing_before_an_event_that_is_not_a_performance_is_not_an_anxiety_use(project: Any, sentence: str) -> None:
    drug = "albuterol" if "albuterol" in sentence else "propranolol"
    assert not found(project, drug, sentence, "off-label.undisclosed"), sentence


@pytest.mark.usefixtures("text_rules_only")
def test_not_a_professional_and_run_it_past_your_own_gp_is_a_disclaimer(project: Any) -> None:
    bodies = [
        "Full disclosure: I'm a yoga teacher, not a clinician, so run any changes past your own GP.",
        "We're parents, not nurses, so please run it by your pharmacist first.",
    ]
    assert {body: rules(f, "disclaimer") for body, f in findings_by_file(project, bodies).items()} == {body: [] for body in bodies}


@pytest.mark.usefixtures("text_rules_only")
def test_running_something_past_a_friend_is_not_a_disclaimer(project: Any) -> None:
    body = "I'm not a doctor. I ran the idea past my sister, who loved it."
    assert rules(findings_by_file(project, [body])[body], "disclaimer") == ["disclaimer.missing"]


@pytest.mark.usefixtures("text_rules_only")
def test_an_online_consultation_sold_with_the_prescription_posted_is_sales_language(project: Any) -> None:
    pitches = [
        "Get a same-day online consultation and your prescription posted to your door.",
        "Book a quick video consultation with your meds delivered in plain packaging.",
    ]
    clean = [
        "Your pharmacy can deliver your prescription to your door.",
        "Book a video appointment with your GP if you cannot get to the surgery.",
    ]
    found_pitches = findings_by_file(project, [f"{line}\n\n{DISCLAIMER}" for line in pitches + clean])
    assert [("promotional.sales-language" in rules(f, "promotional")) for f in found_pitches.values()] == [True, True, False, False]
