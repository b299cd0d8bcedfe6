"""Unsupported claims and known misstatements by wording class (holdout3/holdout4 misses:
onset measured by an everyday moment, no escalating need or withdrawal, head-to-head wins
in idioms, "hardly any side effects", approval in an aside, eradication "for good", staying
on a short-term drug for months). Each class with wordings of its own, in several voices,
the ones that must be reported and the ones that must not."""

from __future__ import annotations

from typing import Any

import pytest
from claim_projects import claims_project, found  # noqa: F401 - claims_project is the `project` fixture here


# -- rapid onset: as quick as an everyday moment ----------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Swallow one and you'll be ready before your tea has even gone cold.",
        "Most men find it working before the kettle has boiled.",
        "It kicks in within the time it takes to make a cuppa.",
        "By the time you've finished your morning coffee, you'll feel the difference.",
        "Relief arrives in a single episode of your favourite show.",
        "Take it and you'll be raring to go in no time.",
        "Most people feel better before you know it.",
        "Most people feel like themselves again in next to no time.",
        "You're good to go within minutes.",
    ],
)
def test_onset_likened_to_an_everyday_moment_is_a_speed_claim(project: Any, sentence: str) -> None:
    assert found(project, "sildenafil", sentence, "unsupported-claim.rapid-onset"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Take it 30 minutes before your morning coffee.",
        "Avoid drinking a lot of tea or coffee while taking it.",
        "The time it takes to recover varies from person to person.",
        "Take it about an hour before sex; it can take longer after a heavy meal.",
    ],
)
def test_timing_advice_with_drinks_is_not_a_speed_claim(project: Any, sentence: str) -> None:
    assert not found(project, "sildenafil", sentence, "unsupported-claim.rapid-onset"), sentence


# -- dependency: no escalating need, no tolerance, no withdrawal, easy to come off --------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Unlike other painkillers, it won't leave you needing more and more.",
        "You never end up needing higher and higher doses.",
        "It doesn't have people craving ever more of it.",
        "There's no need to keep upping the dose.",
        "Your body won't build up a tolerance to it.",
        "There's no withdrawal to worry about when you finish.",
        "It's easy to come off when you're ready.",
        "You can come off it easily.",
        "There's no risk of getting hooked.",
        "There's nothing addictive about it.",
        "You won't become reliant on it.",
    ],
)
def test_a_no_dependence_claim_in_lay_words_is_reported(project: Any, sentence: str) -> None:
    assert found(project, "tramadol", sentence, "unsupported-claim.dependency"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Over time some people need more and more to get the same effect: this is called tolerance.",
        "Tell your doctor if you find you need more and more of it.",
        "Stopping suddenly can cause withdrawal symptoms.",
        "Do not stop taking it suddenly: your doctor will lower the dose slowly.",
        "Some people find it hard to come off.",
    ],
)
def test_a_warning_about_dependence_is_not_a_claim(project: Any, sentence: str) -> None:
    assert not found(project, "tramadol", sentence, "unsupported-claim.dependency"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Naltrexone blocks opioid receptors. It is not habit-forming.",
        "Naltrexone isn't addictive, and you won't build up a tolerance to it.",
        "Revia has no risk of getting hooked: it blocks opioids rather than acting like one.",
    ],
)
def test_non_dependence_that_the_label_supports_is_not_unsupported(project: Any, sentence: str) -> None:
    assert not found(project, "naltrexone", sentence, "unsupported-claim.dependency"), sentence


def test_the_label_support_is_the_drugs_own(project: Any) -> None:
    """Naltrexone's label says nothing about tramadol."""
    assert found(project, "tramadol", "Tramadol is not habit-forming.", "unsupported-claim.dependency")


# -- comparative: head-to-head wins in colloquial verbs and idioms ----------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Tadalafil beats sildenafil for spontaneity.",
        "For stomach pain it trumps ibuprofen.",
        "It works quicker than Advil.",
        "It calms the itch far faster than plain old cetirizine.",
        "Valacyclovir is streets ahead of the older antivirals.",
        "It's head and shoulders above the rest.",
        "This one knocks spots off the cheaper brands.",
        "It runs rings round the alternatives.",
        "It leaves the other pills in the dust.",
        "Honestly, it has the edge over every statin I've tried.",
        "It beats the competition hands down.",
        "Naproxen outshines its rivals.",
    ],
)
def test_a_colloquial_head_to_head_win_is_a_comparative_claim(project: Any, sentence: str) -> None:
    assert found(project, "naproxen", sentence, "unsupported-claim.comparative"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Your heart beats faster when you exercise.",
        "You may feel stronger than before after a few weeks.",
        "It is taken once a day, while ibuprofen is taken three times a day.",
        "Naproxen beat placebo in two trials [1].",
    ],
)
def test_no_head_to_head_win_is_not_a_comparative_claim(project: Any, sentence: str) -> None:
    assert not found(project, "naproxen", sentence, "unsupported-claim.comparative"), sentence


# -- absolute: next to no side effects ----------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "At this dose there are hardly any side effects.",
        "It has barely any side effects.",
        "Most people get virtually no side effects.",
        "A dose that small comes with no real side effects.",
        "It has zero side effects.",
        "Side effects are practically non-existent.",
        "Side-effect-wise, there's nothing to worry about.",
        "There are next to no side effects.",
    ],
)
def test_next_to_no_side_effects_is_an_absolute_claim(project: Any, sentence: str) -> None:
    assert found(project, "quetiapine", sentence, "unsupported-claim.absolute"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Most side effects are mild and wear off within a few days.",
        "Tell your doctor if you have side effects that bother you.",
        "If a side effect worries you, talk to your pharmacist.",
    ],
)
def test_a_plain_statement_of_side_effects_is_not_absolute(project: Any, sentence: str) -> None:
    assert not found(project, "quetiapine", sentence, "unsupported-claim.absolute"), sentence


# -- accuracy: approval for weight loss in an aside or another verb --------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Many people now take Ozempic, the once-weekly injection now approved for weight loss.",
        "Ozempic, which is licensed for obesity, is injected once a week.",
        "Ozempic got FDA approval for weight loss in 2021.",
        "The FDA approved Ozempic for weight loss.",
        "Ozempic is approved for both type 2 diabetes and weight loss.",
        "Ozempic is now FDA-approved for weight management.",
    ],
)
def test_ozempic_said_to_be_approved_for_weight_loss(project: Any, sentence: str) -> None:
    misstated = found(project, "semaglutide", sentence, "accuracy.misstatement")
    assert [f["extra"]["misstatement"] for f in misstated] == ["ozempic-not-approved-for-weight-loss"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Ozempic is approved for type 2 diabetes, while Wegovy is approved for weight loss.",
        "Ozempic is not approved for weight loss.",
        "Ozempic, the diabetes injection, is sometimes prescribed off-label; Wegovy is approved for weight management.",
    ],
)
def test_ozempic_approval_stated_correctly_passes(project: Any, sentence: str) -> None:
    assert not found(project, "semaglutide", sentence, "accuracy.misstatement"), sentence


# -- accuracy: the herpes virus gone for good ------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "A full course flushes the virus out of your system for good.",
        "Valtrex wipes out herpes permanently.",
        "After one course you'll be rid of the virus once and for all.",
        "With it, your cold sores will never come back.",
        "Valacyclovir eradicates the herpes virus.",
        "Take it for a week and the virus is gone for good.",
    ],
)
def test_herpes_said_to_be_cured_or_gone_for_good(project: Any, sentence: str) -> None:
    misstated = found(project, "valacyclovir", sentence, "accuracy.misstatement")
    assert "not-a-cure" in [f["extra"]["misstatement"] for f in misstated], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no cure: the virus stays in your body.",
        "Valacyclovir does not clear the virus from your body for good.",
        "It helps your body clear the infection faster.",
    ],
)
def test_herpes_treatment_described_correctly_passes(project: Any, sentence: str) -> None:
    assert not found(project, "valacyclovir", sentence, "accuracy.misstatement"), sentence


def test_a_sentence_naming_no_drug_is_not_about_a_drug_named_after_it(project: Any) -> None:
    """The eradication claim is about valacyclovir, not the acyclovir it is compared with next."""
    text = "A course clears the virus from your body for good. It also works better than acyclovir."
    misstated = found(project, "valacyclovir", text, "accuracy.misstatement")
    assert [(f["extra"]["drug"], f["extra"]["misstatement"]) for f in misstated] == [("valacyclovir", "not-a-cure")]


# -- accuracy: a short-term drug taken for months -----------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "You can stay on it for as long as you need to reach your target.",
        "Plenty of our readers keep taking it for years.",
        "It's fine to take phentermine long-term.",
        "There's no time limit on how long you can use it.",
        "I've been on Adipex for a year or more with no problems.",
    ],
)
def test_phentermine_said_to_be_fine_for_months(project: Any, sentence: str) -> None:
    misstated = found(project, "phentermine", sentence, "accuracy.misstatement")
    assert "not-for-long-term-use" in [f["extra"]["misstatement"] for f in misstated], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Phentermine is meant for a few weeks only.",
        "Do not take it for months: it is approved for short-term use.",
        "Most people take it for a few weeks alongside diet and exercise.",
    ],
)
def test_phentermine_short_term_use_stated_correctly_passes(project: Any, sentence: str) -> None:
    assert not found(project, "phentermine", sentence, "accuracy.misstatement"), sentence
