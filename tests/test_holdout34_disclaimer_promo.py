"""Classes of wording the disclaimer and promotional checks missed on held-out drafts
(eval/holdout3, eval/holdout4), in wordings of our own: a disclaimer in the writer's
words (general or background information, and the reader's own clinician decides),
product-listing lines with salts, release forms and separators, and urgency or
scarcity sales pitches; with the look-alikes that must stay clean."""

from __future__ import annotations

import pytest
from claim_projects import DISCLAIMER, findings_by_file, rules, text_rules_only  # noqa: F401 - text_rules_only is a fixture

pytestmark = pytest.mark.usefixtures("text_rules_only")


# -- disclaimer in the writer's own words -------------------------------------------
OWN_WORDS = [
    # general / background information, and the reader's own clinician decides
    "Please treat this page as background; your own GP knows your medical history and should guide any changes.",
    "This is general health journalism. Your own doctor is the best person to decide whether it suits you.",
    "Read this as a general overview. Your pharmacist is best placed to advise on your own medicines.",
    "Treat this as a general guide and check everything with your GP before you change your dose.",
    "This is general information. Your kidney team knows your situation best.",
    "The leaflet is general; your consultant should have the final say on your treatment.",
    "It is background reading, so check the specifics with your own prescriber.",
    # general advice or background reading "only"
    "This guide offers general guidance only.",
    "Background reading only, written by our pharmacists.",
    # it does not replace what the reader's own professional says
    "It can't replace what your nurse or pharmacist tells you.",
    # the publisher is not the reader's clinician
    "We're a pharmacy blog, not your GP.",
    "We are an online magazine, not your clinician.",
    # read alongside a professional's advice, not instead of it
    "Read this alongside your diabetes nurse's advice, not instead of it.",
    "Use it as a starting point for a chat with your pharmacist.",
    "We hope it helps your talks with your healthcare team, and is not a replacement for them.",
]


def test_disclaimer_in_the_writers_own_words_passes(project) -> None:
    found = findings_by_file(project, OWN_WORDS)
    assert {body: rules(f, "disclaimer") for body, f in found.items()} == {body: [] for body in OWN_WORDS}


NOT_A_DISCLAIMER = [
    "Talk to your doctor if you feel dizzy.",
    "Tell your doctor about any side effects. Your pharmacist can answer questions about interactions.",
    "The general advice is to take it with food. Your doctor should decide how long you take it.",
    "Your doctor may prescribe calcium alongside it, not instead of it.",
    "Keep taking it alongside your doctor's other treatment, not instead of it.",
    "If you get a rash, check with your doctor.",
    "25 mg is a starting point; your doctor will decide whether to increase it.",
    "Your doctor knows your history, so tell them if you have ever had seizures.",
    "As background, metformin has been used since the 1950s. Ask your doctor about the side effects.",
    "Your pharmacist is the best person to ask about interactions.",
]


def test_a_symptom_instruction_is_not_a_disclaimer(project) -> None:
    found = findings_by_file(project, NOT_A_DISCLAIMER)
    assert {body: rules(f, "disclaimer") for body, f in found.items()} == {body: ["disclaimer.missing"] for body in NOT_A_DISCLAIMER}


# -- product listings -----------------------------------------------------------------
LISTINGS = [
    "Metoprolol succinate ER 50mg - 90 tablets",
    "Wellbutrin XL 300mg | 30 tabs",
    "Sertraline 50mg x 28 tablets",
    "Sildenafil Citrate 100 mg (30 pills)",
    "Atorvastatin calcium 20mg – 90 count tablets",
    "Losartan potassium 50mg • 90 tablets",
    "Tamsulosin hydrochloride 0.4 mg - 30 capsules - Generic Flomax",
]


def test_listing_lines_with_salts_forms_and_separators_are_reported_whole(project) -> None:
    found = findings_by_file(project, [f"{line}\n\n{DISCLAIMER}" for line in LISTINGS])
    got = [[(f["rule"], f["excerpt"]) for f in findings if f["rule"].startswith("promotional.")] for findings in found.values()]
    assert got == [[("promotional.product-listing", line)] for line in LISTINGS]


DOSES = [
    "Prednisolone 5 mg - 8 tablets once a day for five days.",
    "Take metformin 500 mg (2 tablets) with breakfast.",
    "Adults: ibuprofen 200 mg - 2 tablets every 6 hours.",
    "Metformin 500 mg tablets are taken with meals.",
    "A box of sertraline 50 mg holds 28 tablets.",
]


def test_a_dose_in_tablets_is_not_a_listing(project) -> None:
    found = findings_by_file(project, [f"{line}\n\n{DISCLAIMER}" for line in DOSES])
    assert [rules(f, "promotional") for f in found.values()] == [[] for _ in DOSES]


# -- urgency and scarcity pitches -----------------------------------------------------
URGENCY = [
    "Why wait another week to finally feel confident?",
    "Why wait any longer?",
    "Slots are filling up quickly, so book through our partner.",
    "Hurry while stocks last.",
    "Our spring offer ends Friday.",
    "Join before the next intake closes.",
    "This price is only available for a limited time.",
    "Don't miss out on this exclusive deal.",
    "Act now and save on your first month.",
    "Grab yours today.",
    "Only 3 left in stock.",
    "Begin your weight-loss transformation with our partner clinic.",
    "Last chance to order at the old price.",
]


def test_urgency_and_scarcity_pitches_are_sales_language(project) -> None:
    found = findings_by_file(project, [f"{line}\n\n{DISCLAIMER}" for line in URGENCY])
    assert {body: sorted(set(rules(f, "promotional"))) for body, f in found.items()} == {
        f"{line}\n\n{DISCLAIMER}": ["promotional.sales-language"] for line in URGENCY
    }


URGENT_CARE = [
    "Don't wait to call 911 if you have chest pain.",
    "Don't wait to see a doctor if the rash spreads.",
    "Act FAST: call 999 if you notice face drooping.",
    "Why wait until it gets worse? See your GP.",
    "Because of supply problems, stocks are running low.",
    "There is a limited supply of the vaccine this year.",
    "Benzodiazepines are meant for a limited time only.",
    "Medicare open enrollment ends December 7.",
    "GP appointments fill up fast, so book early.",
    "The spots fill up quickly with fluid and then crust over.",
    "Your heart may feel like it is going fast.",
    "When you have only 7 left, order a repeat prescription.",
    "Don't wait another day to see your doctor about a lump.",
    "You can claim free prescriptions if you are over 60.",
]


def test_urgent_care_advice_is_not_sales_language(project) -> None:
    found = findings_by_file(project, [f"{line}\n\n{DISCLAIMER}" for line in URGENT_CARE])
    assert [rules(f, "promotional") for f in found.values()] == [[] for _ in URGENT_CARE]
