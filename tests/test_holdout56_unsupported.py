"""Unsupported claims by wording class (holdout5/holdout6): "no side effects" in paraphrase,
a contrast that says what the drug is not ("rather than a miracle"), a trial's name in
capitals ("the CURE trial"), an author-and-journal citation, a myth quoted to be refuted,
superiority over a whole class or in idioms ("no real contest"), lay improvement within a
short span ("joints loosen up", "the cloud lifting"), and "won't turn you into an addict".
Each class with wordings of its own, the ones that must be reported and the ones that must not."""

from __future__ import annotations

from typing import Any

import pytest
from claim_projects import claims_project, found  # noqa: F401 - claims_project is the `project` fixture here

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
DEPENDENCY = "unsupported-claim.dependency"
RAPID = "unsupported-claim.rapid-onset"


# -- absolute: next to no side effects, in paraphrase ------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Honestly, there's nothing much in the way of side effects with this cream.",
        "You'll get very little in the way of side effects at this dose.",
        "Side effects are nothing to worry about with this one.",
        "There's nothing to worry about in terms of side effects.",
        "It's a side-effect-free way to calm a tickly cough.",
        "Most people find it side effect free.",
        "Side effects really aren't an issue with it.",
        "At a dose this small you needn't worry about side effects.",
        "Honestly, it's about as gentle as medicines get.",
        "For children it's as safe as they come.",
        "It's the safest allergy tablet there is.",
    ],
)
def test_no_side_effects_in_paraphrase_is_absolute(project: Any, sentence: str) -> None:
    assert found(project, "cetirizine", sentence, ABSOLUTE), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "If you notice anything in the way of side effects, tell your pharmacist.",
        "Side effects are usually mild, but tell your doctor about any that bother you.",
        "Side effects are a concern for older adults, who may feel drowsy.",
        "Side effects aren't a problem for most people, but some feel drowsy.",
        "You don't need to worry about side effects unless they last more than a few days.",
        "No medicine is side-effect free.",
        "There's nothing to worry about if you miss a single dose.",
        "Store it somewhere as safe as possible, out of children's reach.",
        "Ask which allergy tablet is safest for you.",
    ],
)
def test_side_effects_described_or_hedged_are_not_absolute(project: Any, sentence: str) -> None:
    assert not found(project, "cetirizine", sentence, ABSOLUTE), sentence


# -- absolute: what it is not ("rather than a miracle"), a trial's name in capitals -----------------
@pytest.mark.parametrize(
    "sentence",
    [
        "For me it's been a steady helper rather than a miracle.",
        "It's far from a miracle cure, but it takes the edge off.",
        "More of a gentle nudge than a miracle, in my experience.",
        "Think of it as a workhorse instead of a miracle drug.",
        "It's anything but a cure; it keeps the symptoms down while you take it.",
        "In the CURE trial, adding it to aspirin lowered the risk further.",
        "The CURE investigators followed patients for a year.",
        "A large trial called PROVEN compared two doses.",
        "Results from the MIRACLE study were published last year.",
    ],
)
def test_contrasts_and_trial_names_are_not_absolute(project: Any, sentence: str) -> None:
    assert not found(project, "clopidogrel", sentence, ABSOLUTE), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "This is a MIRACLE drug for your heart.",
        "Honestly, it's a miracle for back pain.",
        "It is a proven way to stop clots.",
    ],
)
def test_absolutes_in_capitals_or_not_contrasted_are_reported(project: Any, sentence: str) -> None:
    assert found(project, "clopidogrel", sentence, ABSOLUTE), sentence


# -- citations: author and journal, journal and year -------------------------------------------------
@pytest.mark.parametrize(
    "citation",
    ["(Okafor, NEJM 2014)", "(Lindqvist et al., J Clin Pharmacol 2009)", "(BMJ 2016)", "(Heart Outcomes Study Group, Lancet 2003)"],
)
def test_author_journal_year_is_a_citation(project: Any, citation: str) -> None:
    text = f"In one trial it was proven to cut the risk of a second stroke {citation}."
    assert not found(project, "clopidogrel", text, ABSOLUTE), citation


def test_a_citation_in_an_earlier_paragraph_does_not_count(project: Any) -> None:
    text = (
        "Higher doses cut events further (Okafor, NEJM 2014).\n\n"
        "Milligram for milligram it pushes cholesterol down harder than any other statin."
    )
    assert found(project, "atorvastatin", text, COMPARATIVE)


# -- refuted myths: quoted to be denied, not claimed -------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "You might have read that a short course of oxycodone can't get you hooked. That's wrong.",
        "Myth: a few days of tramadol won't get you addicted.",
        "Some people think codeine is not addictive at low doses. It is.",
        "There's a popular belief that it isn't habit-forming.",
    ],
)
def test_a_refuted_myth_is_not_a_claim(project: Any, sentence: str) -> None:
    assert not found(project, "oxycodone", sentence, DEPENDENCY), sentence


def test_a_statement_made_against_popular_belief_is_a_claim(project: Any) -> None:
    assert found(project, "oxycodone", "Contrary to popular belief, a few days of it can't get you hooked.", DEPENDENCY)


# -- dependency: won't turn you into an addict, isn't addictive ---------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "It won't turn your daughter into an addict.",
        "At these doses it isn't going to make him dependent.",
        "It's not going to turn you into someone who craves it.",
        "Taking it won't make her need more and more.",
        "Don't worry, it won't turn anyone into a junkie.",
        "A low dose isn't going to leave your son needing ever higher doses.",
        "Taken as prescribed, it isn't addictive.",
        "These tablets aren't really habit-forming.",
    ],
)
def test_no_addiction_in_lay_words_is_a_dependency_claim(project: Any, sentence: str) -> None:
    assert found(project, "methylphenidate", sentence, DEPENDENCY), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "It isn't going to work straight away, so give it a few weeks.",
        "If it isn't going to help, your doctor will stop it.",
        "Some children do end up needing a higher dose as they grow.",
    ],
)
def test_other_negated_futures_are_not_dependency_claims(project: Any, sentence: str) -> None:
    assert not found(project, "methylphenidate", sentence, DEPENDENCY), sentence


# -- comparative: better than a whole class, a better kind of drug, the contest is over --------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Milligram for milligram it pushes cholesterol down harder than any other statin.",
        "It cuts LDL deeper than all the other statins.",
        "It thins the blood better than every other blood thinner.",
        "It's simply a smarter, more modern medicine than the old pills.",
        "Clopidogrel is a far more effective antiplatelet than aspirin.",
        "Put it next to aspirin and there's no contest.",
        "Against the older antihistamines it's in a league of its own.",
        "Nothing else on the chemist's shelf comes close.",
    ],
)
def test_superiority_over_a_class_or_in_idioms_is_comparative(project: Any, sentence: str) -> None:
    assert found(project, "atorvastatin", sentence, COMPARATIVE), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The capsules are harder than the other tablets to swallow.",
        "You may need a stronger painkiller than paracetamol if the pain doesn't settle.",
        "Buspirone is in a class of its own: it is not a benzodiazepine.",
        "Rosuvastatin is another statin your doctor may suggest.",
    ],
)
def test_plain_comparisons_are_not_superiority_claims(project: Any, sentence: str) -> None:
    assert not found(project, "atorvastatin", sentence, COMPARATIVE), sentence


# -- rapid onset: the body or a lay image of the illness gets better fast ----------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Most people feel their knees loosen up within a day or two of the first dose.",
        "You'll notice the fog clearing within the first few days.",
        "Many notice the black cloud lifting in a matter of days.",
        "Your joints free up within hours.",
        "My back unlocked overnight once I started it.",
        "My muscles relaxed almost immediately.",
        "Most readers felt the gloom lift within the first couple of days.",
    ],
)
def test_lay_improvement_within_a_short_span_is_a_speed_claim(project: Any, sentence: str) -> None:
    assert found(project, "hydroxychloroquine", sentence, RAPID), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Your joints may take 8 to 12 weeks to feel less stiff.",
        "If your joints haven't loosened up within 6 months, your doctor may review the dose.",
        "Brain fog usually clears within the first few days.",
        "Avoid heavy weight lifting in the first few days after the injection.",
        "Morning stiffness often eases as the day goes on.",
    ],
)
def test_slow_or_hedged_improvement_is_not_a_speed_claim(project: Any, sentence: str) -> None:
    assert not found(project, "hydroxychloroquine", sentence, RAPID), sentence
