"""Wordings the lead tried at the fifty-first stop, in voices of their own; each test is a class with its near misses.
A required warning or interaction told the way a careful leaflet tells it must count as given: a false "missing" error on
a good article is the false alarm that gets a checker switched off. The wordings that were not counted: methotrexate's
weekly dosing as "a once-a-week medicine" and the deaths from "taking it every day by mistake"; lactic acidosis as "a
build-up of lactic acid in the blood"; other sedating medicines as "other things that make you drowsy, such as strong
painkillers, anxiety tablets or allergy pills"; a bleeding risk "raised" ("raise the chance of bleeding"); breathing that
"slows or stops"; minoxidil's "fluid to collect around the heart"; "any other diphenhydramine product"."""

from __future__ import annotations

import pytest
from rule_runner import run_rule

_MISSING = ("safety-warnings.missing", "interactions.missing")


def _missing(drug: str, body: str) -> set[str]:
    """The warnings and interactions of ``drug`` reported missing (or named but not as a warning) in the article."""
    return {
        str(f.extra.get("warning") or f.extra.get("interaction")) for rule in _MISSING for f in run_rule(drug, body, rule)
    }


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
