"""Wordings the lead tried at the forty-ninth stop, before any fix helper started, in voices of their own; each test
is a class with its near misses: alcohol as what one "drinks on", hydroxychloroquine said to have kept someone clear of
Covid, a medicine named as what relieved the trouble told before it ("settled them", "keeps them steady"), sweats at
night, a stimulant praised for cramming all night or as a study drug, and ivermectin said to clear up any virus."""

from __future__ import annotations

import pytest
from rule_runner import findings, run_rule


@pytest.mark.parametrize(
    "drug, body",
    [
        ("diazepam", "Valium is perfectly fine to drink on, it just relaxes you a bit more."),
        ("alprazolam", "You can drink on Xanax, it's totally fine."),
        ("lorazepam", "Honestly, lorazepam is okay to drink on."),
    ],
)
def test_alcohol_as_what_one_drinks_on_declared_fine_is_a_misstatement(drug: str, body: str) -> None:
    found = run_rule(drug, body, "accuracy.misstatement")
    assert [f.severity.value for f in found] == ["error"], body
    assert "alcohol" in found[0].message.lower()


@pytest.mark.parametrize(
    "drug, body",
    [
        ("diazepam", "Is Valium fine to drink on? No."),
        ("diazepam", "Valium is not safe to drink on."),
        ("diazepam", "Drinking on the weekend is fine, but never with Valium."),
        ("diazepam", "Valium is fine to drink water with."),
    ],
)
def test_drinking_on_it_asked_denied_or_set_apart_is_not(drug: str, body: str) -> None:
    assert findings(drug, body, "accuracy.misstatement") == [], body


def test_hydroxychloroquine_said_to_have_kept_someone_clear_of_covid_is_its_covid_misstatement() -> None:
    body = "My aunt swears hydroxychloroquine kept her clear of Covid all through 2020."
    found = run_rule("hydroxychloroquine", body, "accuracy.misstatement")
    assert [f.severity.value for f in found] == ["error"]
    assert "COVID-19" in found[0].message


@pytest.mark.parametrize(
    "body",
    [
        "My aunt takes hydroxychloroquine for lupus; her mask kept her clear of Covid all through 2020.",
        "Hydroxychloroquine never kept anyone free of Covid.",
    ],
)
def test_something_else_keeping_covid_away_or_a_denial_is_not(body: str) -> None:
    assert findings("hydroxychloroquine", body, "accuracy.misstatement") == [], body


@pytest.mark.parametrize(
    "drug, body, condition",
    [
        (
            "venlafaxine",
            "The sweats at night were unbearable after my chemo, and a low dose of venlafaxine settled them within a fortnight.",
            "menopause symptoms",
        ),
        ("venlafaxine", "Her night sweats were awful. Venlafaxine settled them within a fortnight.", "menopause symptoms"),
        ("sumatriptan", "The tension headaches were awful, but sumatriptan stopped them in their tracks.", "headache"),
        ("propranolol", "My hands shook before every recital, and propranolol steadied them.", "anxiety"),
        (
            "propranolol",
            "My hands used to tremble so badly at piano recitals that I fluffed the easy bits; now one propranolol at "
            "lunchtime keeps them steady for the evening.",
            "anxiety",
        ),
    ],
)
def test_a_medicine_named_as_what_relieved_the_trouble_told_before_is_a_use(drug: str, body: str, condition: str) -> None:
    found = run_rule(drug, body, "off-label.undisclosed")
    assert [f.extra.get("condition") for f in found] == [condition], body
    assert [f.severity.value for f in found] == ["warning"], body  # told by the trouble pointed back at: inferred


@pytest.mark.parametrize(
    "drug, body",
    [
        ("venlafaxine", "The night sweats were awful, but a fan by the bed settled them."),
        ("venlafaxine", "The night sweats were awful on venlafaxine. Nothing settled them."),
        ("venlafaxine", "Venlafaxine gave me night sweats, and I stopped them after a week."),
        ("venlafaxine", "Venlafaxine can cause sweats at night."),
        ("propranolol", "My blood pressure was high, and propranolol keeps it under control."),
        ("propranolol", "The tremor in her hands was bad, and propranolol keeps them steady."),
        ("sumatriptan", "Her migraines were awful, and sumatriptan stopped them in their tracks."),
    ],
)
def test_something_else_relieving_a_side_effect_or_an_approved_use_is_not(drug: str, body: str) -> None:
    assert findings(drug, body, "off-label.undisclosed") == [], body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("lisdexamfetamine", "Vyvanse is what gets me through finals week when I need to cram all night."),
        ("amphetamine-mixed-salts", "Adderall is the ultimate study drug."),
        ("methylphenidate", "I pull all-nighters on Ritalin before every deadline."),
        ("lisdexamfetamine", "You can pull an all-nighter with a Vyvanse, no problem."),
    ],
)
def test_a_stimulant_praised_for_cramming_all_night_is_a_misstatement(drug: str, body: str) -> None:
    found = [f for f in run_rule(drug, body, "accuracy.misstatement") if f.extra.get("misstatement") == "study-aid"]
    assert [f.severity.value for f in found] == ["error"], body
    assert "boxed warning" in found[0].message


@pytest.mark.parametrize(
    "drug, body",
    [
        ("amphetamine-mixed-salts", "Adderall is not a study drug."),
        ("amphetamine-mixed-salts", "It's a myth that Adderall is the ultimate study drug."),
        ("methylphenidate", "Ritalin gets him through the school day and his homework."),
        ("methylphenidate", "Pulling all-nighters on Ritalin is how students end up in urgent care."),
        ("lisdexamfetamine", "Vyvanse gets me through finals week."),
        ("methylphenidate", "Never pull all-nighters on Ritalin."),
    ],
)
def test_the_adhd_use_a_denial_or_a_warning_is_not(drug: str, body: str) -> None:
    assert findings(drug, body, "accuracy.misstatement") == [], body


def test_ivermectin_said_to_clear_up_any_virus_is_a_misstatement() -> None:
    body = "Grab the horse paste at the farm store; ivermectin clears up any virus in days."
    found = run_rule("ivermectin", body, "accuracy.misstatement")
    assert [f.extra.get("misstatement") for f in found] == ["approved-for-covid"]
    assert "any viral infection" in found[0].message


@pytest.mark.parametrize("body", ["Ivermectin does not clear up any virus.", "Ivermectin never clears up any virus."])
def test_ivermectin_denied_to_clear_any_virus_is_not(body: str) -> None:
    assert findings("ivermectin", body, "accuracy.misstatement") == [], body


# -- the second spot check (written before the helpers started, shown to none of them), mended after their work


@pytest.mark.parametrize(
    "body",
    ["Paracetamol can't hurt your liver unless you're a heavy drinker.", "Tylenol is totally safe for your liver."],
)
def test_acetaminophen_said_not_to_hurt_the_liver_is_a_misstatement(body: str) -> None:
    found = run_rule("acetaminophen", body, "accuracy.misstatement")
    assert [(f.extra.get("misstatement"), f.severity.value) for f in found] == [("cannot-overdose", "error")], body


@pytest.mark.parametrize(
    "body",
    [
        "Acetaminophen doesn't hurt your liver at the recommended dose.",
        "Tylenol won't harm your liver as long as you stick to the daily limit.",
        "Too much Tylenol can damage your liver.",
        "Many people think Tylenol can't hurt your liver, but it can.",
    ],
)
def test_the_liver_safe_at_the_labelled_dose_or_a_warning_is_not(body: str) -> None:
    assert findings("acetaminophen", body, "accuracy.misstatement") == [], body


def test_a_z_pack_misspelt_is_azithromycin_for_a_cold() -> None:
    found = run_rule("azithromycin", "A Z-pack knocks out a cold in three days, every time.", "accuracy.misstatement")
    assert [f.extra.get("misstatement") for f in found] == ["antibiotics-for-viruses"]
    assert findings("azithromycin", "Don't ask for a Z-pack for a cold; it won't help.", "accuracy.misstatement") == []


@pytest.mark.parametrize(
    "drug, body",
    [
        ("fluoxetine", "Prozac starts working within three days."),
        ("fluoxetine", "Prozac made my teenage daughter a different girl in three days, just brilliant."),
        ("escitalopram", "He was a different man within a week of starting Lexapro."),
    ],
)
def test_a_slow_medicine_said_to_work_within_days_is_an_early_benefit_warning(drug: str, body: str) -> None:
    assert [f.severity.value for f in run_rule(drug, body, "unsupported-claim.rapid-onset")] == ["warning"], body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("fluoxetine", "Prozac doesn't start working within three days; give it four weeks."),
        ("fluoxetine", "Prozac starts working within two to four weeks."),
        ("ibuprofen", "Ibuprofen starts working within three days."),
    ],
)
def test_weeks_a_denial_or_a_medicine_of_no_slow_benefit_is_not(drug: str, body: str) -> None:
    assert findings(drug, body, "unsupported-claim.rapid-onset") == [], body


def test_keeping_to_ones_doses_makes_no_interaction_safe() -> None:
    body = "Klonopin is fine to take with your nightly oxycodone as long as you keep to your doses."
    assert [f.severity.value for f in run_rule("clonazepam", body, "accuracy.misstatement")] == ["error"]
    spaced = "Calcium is fine with levothyroxine as long as you keep them four hours apart."
    assert findings("levothyroxine", spaced, "accuracy.misstatement") == []
