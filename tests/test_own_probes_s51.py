"""Wordings the lead tried at the fifty-first stop, in voices of their own; each test is a class with its near misses.
A required warning or interaction told the way a careful leaflet tells it must count as given: a false "missing" error on
a good article is the false alarm that gets a checker switched off. The wordings that were not counted: methotrexate's
weekly dosing as "a once-a-week medicine" and the deaths from "taking it every day by mistake"; lactic acidosis as "a
build-up of lactic acid in the blood"; other sedating medicines as "other things that make you drowsy, such as strong
painkillers, anxiety tablets or allergy pills"; a bleeding risk "raised" ("raise the chance of bleeding"); breathing that
"slows or stops"; minoxidil's "fluid to collect around the heart"; "any other diphenhydramine product". Then the misses of a
set written before the fix helpers started and shown to none of them, mended after them: tablets counted by the medicine's
own name ("two 50 mg tramadol every three hours") or by their strength with a word between ("two extra-strength 500s"),
an interaction declared harmless as working "just as well" or going together "without any problem", and stage fright told
as the occasion a medicine "gets half the orchestra through"."""

from __future__ import annotations

import pytest
from rule_runner import findings, run_rule

_MISSING = ("safety-warnings.missing", "interactions.missing")


def _missing(drug: str, body: str) -> set[str]:
    """The warnings and interactions of ``drug`` reported missing (or named but not as a warning) in the article."""
    return {str(f.extra.get("warning") or f.extra.get("interaction")) for rule in _MISSING for f in run_rule(drug, body, rule)}


@pytest.mark.parametrize(
    "drug, body, item",
    [
        (
            "methotrexate",
            "For arthritis, methotrexate is a once-a-week medicine. People have died after taking it every day by mistake, "
            "so pick one day and never take it on other days.",
            "weekly-dosing-errors",
        ),
        ("methotrexate", "People have died after taking methotrexate every day by mistake.", "weekly-dosing-errors"),
        ("methotrexate", "Taking it daily instead of once a week can kill.", "weekly-dosing-errors"),
        (
            "metformin",
            "Metformin can, rarely, cause a build-up of lactic acid in the blood, which is an emergency.",
            "lactic-acidosis",
        ),
        ("metformin", "Very rarely, too much lactic acid can build up in your blood; it needs hospital care.", "lactic-acidosis"),
        (
            "zolpidem",
            "Taking zolpidem on top of other things that make you drowsy, such as strong painkillers, anxiety tablets or "
            "allergy pills that cause sleepiness, can be dangerous.",
            "cns-depressants",
        ),
        ("gabapentin", "Be careful taking gabapentin with anything else that makes you sleepy.", "alcohol-cns-depressants"),
        ("baclofen", "Don't mix baclofen with strong painkillers or anxiety pills without asking your doctor.", "cns-depressants"),
        (
            "warfarin",
            "Painkillers such as ibuprofen, naproxen and aspirin raise the chance of bleeding on warfarin.",
            "bleeding-risk-drugs",
        ),
        ("warfarin", "Aspirin ups the odds of a bleed if you're on warfarin.", "bleeding-risk-drugs"),
        (
            "clonazepam",
            "Taking clonazepam with opioid painkillers or cough syrups containing codeine can make you so drowsy that your "
            "breathing slows or stops.",
            "opioids",
        ),
        (
            "minoxidil",
            "Minoxidil tablets can cause fluid to collect around the heart and make you hold on to salt and water.",
            "heart-fluid-effects",
        ),
        (
            "diphenhydramine",
            "Don't use Benadryl tablets together with any other diphenhydramine product, not even an anti-itch cream.",
            "other-diphenhydramine-products",
        ),
    ],
)
def test_a_warning_in_a_leaflets_own_words_counts_as_given(drug: str, body: str, item: str) -> None:
    assert item not in _missing(drug, body), body


@pytest.mark.parametrize(
    "drug, body, item",
    [
        ("methotrexate", "Methotrexate comes as 2.5 mg tablets.", "weekly-dosing-errors"),
        ("metformin", "Metformin comes as tablets. Lactic acid builds up in your muscles when you run hard.", "lactic-acidosis"),
        ("zolpidem", "Zolpidem is a sleeping tablet. Stronger painkillers are available on prescription.", "cns-depressants"),
        ("warfarin", "Warfarin thins the blood. Ibuprofen and naproxen are common painkillers.", "bleeding-risk-drugs"),
        ("warfarin", "Ibuprofen doesn't raise the chance of bleeding on warfarin, so use it freely.", "bleeding-risk-drugs"),
        ("minoxidil", "Minoxidil tablets lower blood pressure by relaxing the blood vessels.", "heart-fluid-effects"),
        (
            "diphenhydramine",
            "Benadryl is an antihistamine. Any other diphenhydramine product works the same way.",
            "other-diphenhydramine-products",
        ),
    ],
)
def test_the_same_words_that_warn_of_nothing_leave_it_missing(drug: str, body: str, item: str) -> None:
    assert item in _missing(drug, body), body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("tramadol", "I take two 50 mg tramadol every three hours while it's bad."),
        ("ibuprofen", "She takes three 400 mg ibuprofen four times a day."),
        ("acetaminophen", "Two extra-strength 500s every four hours, round the clock, is perfectly fine."),
        ("acetaminophen", "He swallows three little 500s every four hours."),
    ],
)
def test_tablets_counted_by_the_medicines_name_or_a_strength_word_are_a_days_dose(drug: str, body: str) -> None:
    assert "error" in findings(drug, body, "dosage.above-max"), body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("acetaminophen", "Take two 500s every six hours."),
        ("tramadol", "I take two 50 mg tramadol twice a day."),
        ("tramadol", "There were two 50 mg increases every month."),
        ("acetaminophen", "Two extra-strength 500s every six hours is the limit."),
        ("metformin", "Aim for about 30 grams fibre a day and take your tablets with the evening meal."),
    ],
)
def test_the_same_counts_within_the_label_are_not(drug: str, body: str) -> None:
    assert findings(drug, body, "dosage.above-max") == [], body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("levothyroxine", "Levothyroxine works just as well taken with breakfast and your calcium tablet."),
        ("clonazepam", "Clonazepam and opioid painkillers can be taken together without any problem."),
        ("clonazepam", "Clonazepam can be taken with opioid painkillers without any problem."),
        ("lisinopril", "Lisinopril works every bit as well alongside potassium supplements."),
    ],
)
def test_an_interaction_said_to_work_as_well_or_to_go_without_trouble_is_declared_harmless(drug: str, body: str) -> None:
    assert findings(drug, body, "accuracy.misstatement"), body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("levothyroxine", "Levothyroxine doesn't work as well if you take it with your calcium tablet, so keep them four hours apart."),
        ("levothyroxine", "Take levothyroxine on an empty stomach; it works best that way."),
        ("ibuprofen", "Ibuprofen works just as well taken with food, and food protects your stomach."),
    ],
)
def test_working_less_well_with_it_or_a_harmless_pairing_is_not(drug: str, body: str) -> None:
    assert findings(drug, body, "accuracy.misstatement") == [], body


@pytest.mark.parametrize(
    "body",
    [
        "Inderal is what gets half the orchestra through an audition without their bow arm trembling.",
        "Inderal gets her through auditions.",
        "Propranolol gets him through job interviews without his voice shaking.",
    ],
)
def test_a_performance_a_medicine_carries_someone_through_is_stage_fright(body: str) -> None:
    found = run_rule("propranolol", body, "off-label.undisclosed")
    assert [f.severity.value for f in found] == ["warning"], body
    assert "anxiety" in found[0].message


@pytest.mark.parametrize(
    "drug, body",
    [
        ("propranolol", "Propranolol is not for getting through auditions."),
        ("methylphenidate", "Ritalin gets him through the school day."),
        ("propranolol", "Her sister drove her through the interview traffic."),
    ],
)
def test_an_occasion_denied_or_not_a_performance_is_not(drug: str, body: str) -> None:
    assert findings(drug, body, "off-label.undisclosed") == [], body
