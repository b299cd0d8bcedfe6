"""Classes of wording the disclaimer and promotional checks missed on held-out drafts
(eval/holdout5, eval/holdout6), in wordings of our own: a disclaimer by a writer who
says they are not a professional (with their own experience, every reader being
different, or their own professional to ask), the article as one person's experience
and not advice, "supports, but does not replace" and "rather than replaces" a
professional's advice, "one of our clinicians", specialists named by their field;
telehealth and online-prescription pitches, "where to buy it cheapest", unit prices in
cents or pence; with the look-alikes that must stay clean."""

from __future__ import annotations

import pytest
from claim_projects import DISCLAIMER, findings_by_file, rules, text_rules_only  # noqa: F401 - text_rules_only is a fixture

pytestmark = pytest.mark.usefixtures("text_rules_only")


# -- disclaimers in the writer's own words --------------------------------------------
OWN_WORDS = [
    # the writer is not a professional, with their own experience, difference or deferral
    "I'm not a pharmacist; everything here is my personal experience.",
    "Quick note: I'm a mum writing about our son's journey, not a nurse, so please ask your health visitor.",
    "We're patients, not doctors: talk to your pharmacist about what suits you.",
    "Heads up, I'm no doctor. Everyone's body is different.",
    "I have no medical training, so check with your pharmacist before you change anything.",
    "I am not medically qualified, and every person is different.",
    "This is only my story. I'm not a nurse.",
    "Everyone's body is different, and I'm a patient, not a specialist.",
    # the article as one person's experience, not advice
    "This is my experience, not medical advice.",
    "Treat this as one patient's story rather than advice.",
    "My journey with sertraline: not a recommendation for anyone else.",
    # supports / complements, but does not replace, a professional's advice
    "These notes complement rather than replace advice from your GP.",
    "This leaflet is designed to support, not replace, the care your midwife gives.",
    "The page supports, but doesn't replace, the instructions from your transplant team.",
    # "one of our", "his or her", specialists named by their field
    "It is general information and is not a substitute for a chat with one of our pharmacists.",
    "It is not a replacement for seeing your paediatrician.",
    "This guide does not replace the advice of his or her dermatologist.",
]


def test_disclaimer_in_the_writers_own_words_passes(project) -> None:
    found = findings_by_file(project, OWN_WORDS)
    assert {body: rules(f, "disclaimer") for body, f in found.items()} == {body: [] for body in OWN_WORDS}


NOT_A_DISCLAIMER = [
    "Talk to your doctor if you feel dizzy.",
    "I'm not a doctor, but it worked wonders for me.",
    "I'm not a fan of the taste. Talk to your doctor if it makes you sick.",
    "In my experience, it's not a recommendation most GPs make. Call your doctor if the rash spreads.",
    "Your mileage may vary. We're all different, and what works for my body might not work for yours.",
    "It is not a doctor's first choice. Tell your GP if it hurts.",
    "Don't replace your tablets with another brand without talking to your doctor.",
    "Ask your paediatrician if your child gets a rash.",
]


def test_a_symptom_instruction_or_a_bare_not_a_doctor_is_not_a_disclaimer(project) -> None:
    found = findings_by_file(project, NOT_A_DISCLAIMER)
    assert {body: rules(f, "disclaimer") for body, f in found.items()} == {body: ["disclaimer.missing"] for body in NOT_A_DISCLAIMER}


# -- telehealth and online-prescription pitches, cheap buying, unit prices -------------
PITCHES = [
    "Start your online visit now and a clinician will review it.",
    "Schedule a quick video consultation in minutes.",
    "Book a 15-minute telemedicine appointment with our partner clinic tonight.",
    "Take a free online assessment and get your treatment posted to you.",
    "Our partners will have your prescription sent out today.",
    "Your meds, delivered discreetly.",
    "Chat with a board-certified doctor online now.",
    "Get it prescribed online without leaving the sofa.",
    "## Where To Buy Loratadine Cheapest",
    "Here's where to buy it for less.",
]


def test_telehealth_and_online_prescription_pitches_are_sales_language(project) -> None:
    found = findings_by_file(project, [f"{line}\n\n{DISCLAIMER}" for line in PITCHES])
    # (a pitch may also carry a service-convenience warning: "without leaving the sofa")
    assert {body: "promotional.sales-language" in rules(f, "promotional") for body, f in found.items()} == {
        f"{line}\n\n{DISCLAIMER}": True for line in PITCHES
    }


UNIT_PRICES = ["It works out at about 21 cents a tablet.", "The generic costs roughly 8 cents a day.", "That's 30 pence per capsule."]


def test_a_price_in_cents_or_pence_per_unit_is_a_price(project) -> None:
    found = findings_by_file(project, [f"{line}\n\n{DISCLAIMER}" for line in UNIT_PRICES])
    assert [rules(f, "promotional") for f in found.values()] == [["promotional.price"] for _ in UNIT_PRICES]


CARE_ADVICE = [
    "Book a video appointment with your GP today if the rash spreads.",
    "You can book an online consultation with your practice nurse.",
    "Request repeat prescriptions online through the NHS App.",
    "Your pharmacy can deliver your prescription to your door.",
    "Your prescription will be sent to the pharmacy today.",
    "Speak to a registered nurse 24/7 by calling 111.",
    "The waiting room at the clinic may be busy, so bring a book.",
    "Learn where to buy medicines safely online.",
    "Take 2 tablets a day.",
    "The store-brand version is cheaper and has the same active ingredient.",
]


def test_care_advice_is_not_sales_language(project) -> None:
    found = findings_by_file(project, [f"{line}\n\n{DISCLAIMER}" for line in CARE_ADVICE])
    assert [rules(f, "promotional") for f in found.values()] == [[] for _ in CARE_ADVICE]
