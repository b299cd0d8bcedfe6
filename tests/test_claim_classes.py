"""The claim-checklist classes by wording class, not by quoted phrase (holdout drafts
h02, h08, h09, h11, h12, h15, h18, h19): each class with wordings written after the fix,
in several voices, both the ones that must be reported and the ones that must not."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import REPO


@pytest.fixture
def project(project: Any) -> Any:
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[severity]\ngrammar = "off"\nreadability = "off"\n')
    return project


def rules_found(project: Any, body: str, drugs: tuple[str, ...] = ("naproxen",)) -> list[str]:
    project.write("a.md", f"---\ndrugs: [{', '.join(drugs)}]\n---\n{body}", dedent=False)
    return [f["rule"] for f in project.findings()]


BODY = "# Naproxen\n\nNaproxen eases pain and swelling. Take it with food.\n\n"


# -- disclaimer: any wording that says "information only" and "ask your own professional" --
@pytest.mark.parametrize(
    "disclaimer",
    [
        "*What you read here is general and isn’t a replacement for your own GP’s advice.*",
        "This page can't stand in for a consultation with your healthcare professional.",
        "We are not doctors and this post is not medical advice.",
        "Written for general information. Please speak to your pharmacist before changing how you take any medicine.",
        "For educational purposes only.",
        "Always check with your own doctor before you act on anything here; this blog is general information.",
        "This isn’t a substitute for professional medical advice, diagnosis or treatment.",
        "Nothing on this site is personal medical advice.",
    ],
)
def test_a_disclaimer_in_other_words_counts(project: Any, disclaimer: str) -> None:
    assert "disclaimer.missing" not in rules_found(project, BODY + disclaimer + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "Talk to your doctor if you feel dizzy or your stools turn black.",
        "Do not swap brands or replace your tablets without asking your pharmacist.",
        "This article gives information about naproxen.\n\nAsk your pharmacist if you have questions.",
        "Nothing beats a good night's sleep. Tell your doctor if you take a blood thinner.",
    ],
)
def test_a_symptom_instruction_is_still_not_a_disclaimer(project: Any, text: str) -> None:
    assert "disclaimer.missing" in rules_found(project, BODY + text + "\n")


# -- comparisons with other treatments, uncited -----------------------------------------------
@pytest.mark.parametrize(
    "claim",
    [
        "Honestly, it's way gentler on your gut than aspirin ever was.",
        "Our readers find it kinder to the stomach than the older anti-inflammatories.",
        "It controls arthritis pain more effectively than paracetamol does.",
        "It is simply better than the other painkillers on the shelf.",
        "In practice naproxen outperformed ibuprofen for period pain.",
        "Naproxen is superior to diclofenac for most people.",
    ],
)
def test_an_uncited_comparison_is_reported(project: Any, claim: str) -> None:
    assert "unsupported-claim.comparative" in rules_found(project, BODY + claim + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "In a head-to-head trial it was kinder to the stomach than diclofenac.[^1]\n\n[^1]: Smith J. Gut. 2019.",
        "If you feel better than you did last week, keep to the same dose.",
        "Taking it after a meal is easier on your stomach.",
        "The suspension is easier for children to swallow than tablets.",
        "No painkiller is safer than another for everyone.",
    ],
)
def test_a_cited_or_neutral_comparison_is_not(project: Any, text: str) -> None:
    assert "unsupported-claim.comparative" not in rules_found(project, BODY + text + "\n")


# -- fast relief promised, uncited -------------------------------------------------------------
@pytest.mark.parametrize(
    "claim",
    [
        "Most of our customers feel like themselves again within hours.",
        "You will feel great from the very first tablet.",
        "The pain relief kicks in almost immediately.",
        "It works in minutes, even on a bad migraine.",
        "Readers report the stiffness was gone overnight and they felt normal overnight too.",
    ],
)
def test_an_uncited_fast_relief_promise_is_reported(project: Any, claim: str) -> None:
    assert "unsupported-claim.rapid-onset" in rules_found(project, BODY + claim + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "It may take 2 to 4 weeks to work fully for arthritis.",
        "Naproxen usually starts to work within 1 hour.",
        "If you don't feel better within a few hours, call your doctor.",
        "Stop taking it and get help straight away if your face or throat swells.",
        "A serious allergic reaction can start within minutes.",
        "Most people feel relief within hours of the first dose [1].\n\n[1]: NAPROSYN label, section 12.",
        "You should feel better within a few days.",
    ],
)
def test_a_neutral_or_cited_time_course_is_not(project: Any, text: str) -> None:
    assert "unsupported-claim.rapid-onset" not in rules_found(project, BODY + text + "\n")


# -- online-script and shipping pitches ----------------------------------------------------------
@pytest.mark.parametrize(
    "pitch",
    [
        "Their online doctors mean you never have to visit a GP to get your script.",
        "Fill in the form, no doctor's appointment required.",
        "Everything ships discreetly in plain packaging.",
        "Orders go out the next day with tracked delivery.",
        "Need it fast? Skip the queue and get your prescription within 15 minutes.",
    ],
)
def test_an_online_script_or_shipping_pitch_is_sales_language(project: Any, pitch: str) -> None:
    assert "promotional.sales-language" in rules_found(project, BODY + pitch + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "Low-strength naproxen is sold without a prescription; stronger tablets need one.",
        "Many surgeries let you order repeat prescriptions online.",
        "Your pharmacy may be able to deliver your medicines to your home.",
        "You can usually get a prescription from a pharmacist without seeing a GP.",
    ],
)
def test_buying_and_prescriptions_in_plain_words_are_not(project: Any, text: str) -> None:
    assert "promotional.sales-language" not in rules_found(project, BODY + text + "\n")


# -- holdout2 classes (x01, x04, x12, x14, x17, x19, x21): wordings written after the fix ------
@pytest.mark.parametrize(
    ("rule", "claim"),
    [
        ("unsupported-claim.rapid-onset", "Readers tell us the reflux settles within the first couple of doses."),
        ("unsupported-claim.rapid-onset", "Within a week? Try within hours: your energy picks up within hours."),
        ("unsupported-claim.rapid-onset", "It kicks in faster than the other prescription painkillers."),
        ("unsupported-claim.dependency", "Unlike the older sleeping pills, it isn't habit-forming... well, it's not habit forming at all."),
        ("unsupported-claim.dependency", "Patients are less likely to end up hooked on it than on codeine."),
        ("unsupported-claim.dependency", "Doctors prefer it because it has a reduced misuse risk."),
        ("promotional.sales-language", "We compared the best sites to order naproxen online."),
        ("promotional.sales-language", "Find the cheapest naproxen deals here."),
        ("promotional.sales-language", "Where to purchase naproxen online in 2026"),
    ],
)
def test_holdout2_classes_are_reported(project: Any, rule: str, claim: str) -> None:
    assert rule in rules_found(project, BODY + claim + "\n")


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("unsupported-claim.comparative", "Paracetamol is a safer option than naproxen if you are taking warfarin."),
        ("unsupported-claim.comparative", "For a headache, paracetamol may be the better choice while you're on lithium."),
        ("unsupported-claim.comparative", "Ask whether another painkiller is a better choice for people taking blood thinners."),
        ("unsupported-claim.rapid-onset", "Your mood usually starts to improve after 2 to 4 weeks."),
        ("unsupported-claim.rapid-onset", "Heartburn that doesn't ease within 14 days needs a doctor's check."),
        ("unsupported-claim.dependency", "Naproxen is not a controlled drug, but codeine can be habit-forming [1]."),
        ("promotional.sales-language", "Naproxen is cheap, and your pharmacist can tell you which brand is cheapest."),
        ("promotional.sales-language", "Never buy cheap medicines online without checking the pharmacy is registered."),
        ("promotional.sales-language", "How to buy medicines safely online: look for the registration logo."),
        ("promotional.boilerplate", "We may earn a commission from links on this page."),
    ],
)
def test_holdout2_neutral_wordings_are_not(project: Any, rule: str, text: str) -> None:
    assert rule not in rules_found(project, BODY + text + "\n")


def test_an_affiliate_disclosure_in_the_writers_words_is_a_warning(project: Any) -> None:
    disclosure = "We may earn a small commission if you buy through our links."
    project.write("a.md", f"---\ndrugs: [naproxen]\n---\n{BODY}{disclosure}\n", dedent=False)
    found = {f["rule"]: f["severity"] for f in project.findings()}
    assert found.get("promotional.affiliate-disclosure") == "warning"
    assert "promotional.boilerplate" not in found
