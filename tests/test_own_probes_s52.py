"""Wordings the lead tried at the fifty-second stop, in voices of their own (a set written before the fix helpers started
and shown to none of them), each with its near misses; and one reading the helpers' work changed on purpose: a GP giving a
medicine "because I couldn't sleep" is a sleep use of its own (an error), even when the sleeplessness is told with the
dread before work that is the other, lay-worded use (a warning)."""

from __future__ import annotations

import pytest
from rule_runner import findings, run_rule

_SALES = "promotional.sales-language"


@pytest.mark.parametrize(
    "drug, body",
    [
        ("semaglutide", "Only three consultation slots left this month, so book today before they go!"),
        ("semaglutide", "Just two appointment spots remaining this week for new patients."),
        ("sildenafil", "Only 4 video slots left today: grab one now."),
    ],
)
def test_scarce_slots_of_a_named_kind_are_sales_language(drug: str, body: str) -> None:
    assert findings(drug, body, _SALES), body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("semaglutide", "The weekly walking group costs nothing; just turn up at ten."),
        (
            "semaglutide",
            "There are only three clinic appointments left where the nurse can see you before Christmas, so your GP may refer you.",
        ),
        ("semaglutide", "With only two consultation slots a week, the hospital clinic has a long waiting list: ask your GP about it."),
    ],
)
def test_slots_told_without_a_pitch_are_not_sales_language(drug: str, body: str) -> None:
    assert findings(drug, body, _SALES) == [], body


def test_sleep_given_as_the_reason_is_a_use_of_its_own_beside_the_dread() -> None:
    body = (
        "Gabapentin treats nerve pain after shingles and some seizures. My GP put me on gabapentin because I couldn't sleep, "
        "with my stomach in knots before every work day."
    )
    found = {str(f.extra.get("condition")): f.severity.value for f in run_rule("gabapentin", body, "off-label.undisclosed")}
    assert found == {"insomnia": "error", "anxiety": "warning"}


_OFF_LABEL = "off-label.undisclosed"


@pytest.mark.parametrize(
    "drug, body, condition",
    [
        (
            "amitriptyline",
            "Lots of our members get a 10 mg amitriptyline from the GP purely to stop them tossing and turning all night.",
            "insomnia",
        ),
        ("trazodone", "My doctor gave me trazodone because I was tossing and turning half the night.", "insomnia"),
        ("tamsulosin", "The urologist gave him tamsulosin for a week to help the little stone pass.", "kidney stones"),
        ("tamsulosin", "She was sent home with tamsulosin to help the small stone come out.", "kidney stones"),
    ],
)
def test_sleep_tossed_away_and_a_small_stone_helped_along_are_uses(drug: str, body: str, condition: str) -> None:
    assert condition in {str(f.extra.get("condition")) for f in run_rule(drug, body, _OFF_LABEL)}, body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("amitriptyline", "Amitriptyline can leave you tossing and turning all night at first; tell your doctor if it does."),
        ("trazodone", "If you are still tossing and turning all night after a week, speak to your doctor."),
        ("tamsulosin", "Tamsulosin helps men with an enlarged prostate pass urine more easily."),
        ("tamsulosin", "Tamsulosin is not approved to help a small stone pass; that use is off-label."),
    ],
)
def test_the_same_words_without_a_use_are_silent(drug: str, body: str) -> None:
    assert findings(drug, body, _OFF_LABEL) == [], body


@pytest.mark.parametrize(
    "body, reported",
    [
        ("Cetirizine won't make you the least bit drowsy, so driving is fine.", True),
        ("Zyrtec doesn't make you one bit sleepy.", True),
        ("Cetirizine may make you a bit drowsy, so see how it affects you before you drive.", False),
        ("It won't make you the least bit less drowsy to take two: never take more than one a day.", False),
    ],
)
def test_drowsiness_denied_with_an_intensifier(body: str, reported: bool) -> None:
    assert bool(findings("cetirizine", body, "accuracy.misstatement")) is reported, body


@pytest.mark.parametrize(
    "drug, body, reported",
    [
        (
            "buspirone",
            "When people picture an anxiety medicine, they often think of something that works within the hour and leaves you "
            "feeling heavy. Buspirone is not like that.",
            False,
        ),
        ("valacyclovir", "Valacyclovir starts working within the hour.", True),
        ("valacyclovir", "Valtrex is a tablet that works within the hour.", True),
    ],
)
def test_speed_of_something_else_set_against_the_medicine(drug: str, body: str, reported: bool) -> None:
    """An error only for the medicine's own speed (the other's may still get the older reading's warning, to look at)."""
    assert ("error" in findings(drug, body, "unsupported-claim.rapid-onset")) is reported, body
