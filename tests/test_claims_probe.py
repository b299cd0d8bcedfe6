"""Claim classes an own-wordings probe missed (16 drafts a helper wrote without reading the patterns),
in further wordings of our own:
speed told by any short everyday moment (a symptom easing, gone or down before or by the time of an
errand, a coffee, a bus stop: warnings, the tool infers it); efficacy for everyone ("works in every
patient, no exception", "never fails", "100% of people": errors); doses above the maximum as a count
of tablets of a strength plus "another one" later that day, or a dose repeated at listed times of
day; disclaimers by their parts ("not for patients in a consulting room", "the person who
prescribes for you", "decisions ... rest with their GP"). British, non-native and forum English.
Each case is one draft; what a user sees is asserted: the finding's rule and severity, or none."""

from __future__ import annotations

from functools import cache

import pytest
from conftest import REPO

import pipeline.checks  # noqa: F401  (registers the rule types)
from pipeline.config import load_config
from pipeline.document.article import parse_article
from pipeline.document.source import SourceText
from pipeline.knowledge.rules import RULE_TYPES, load_rules
from pipeline.run.context import CheckContext

RAPID = "unsupported-claim.rapid-onset"
ABSOLUTE = "unsupported-claim.absolute"
ABOVE = "dosage.above-max"
DISCLAIMER = "disclaimer.missing"
#: A disclaimer every draft of a claim or dose case carries, so only the rule asked about speaks.
SIGN_OFF = "This article is general information and is not a substitute for advice from your own doctor or pharmacist."


@cache
def _context() -> CheckContext:
    config = load_config(start=REPO)
    return CheckContext(config, load_rules(config.knowledge_dirs))


def findings(drug: str, body: str, family: str) -> list[tuple[str, str]]:
    """(rule id, severity) of the findings of ``family`` in an article about ``drug`` whose body is ``body``."""
    ctx = _context()
    text = f"---\ndrugs: [{drug}]\n---\n# {drug.title()}\n\n{body}\n"
    article = parse_article(SourceText.from_text("a.md", text))
    return [
        (finding.rule, finding.severity.value)
        for rule in ctx.rules
        if rule.family == family
        for finding in RULE_TYPES[rule.type].run(article, rule, ctx)
    ]


#: (drug, sentence, rule, severity): what the writer must see.
SHOULD = [
    # -- a claim in the words of the writer's own clinician is the article's claim --
    ("sertraline", "My GP says sertraline is completely safe for me.", ABSOLUTE, "error"),
    ("ibuprofen", "The nurse said it has no side effects at all.", ABSOLUTE, "error"),
    ("amlodipine", "My doctor say it is a cure for the pressure.", ABSOLUTE, "error"),
    # -- speed told by an everyday moment: a warning --
    ("sumatriptan", "My migraine's already easing off before I've finished brushing my teeth.", RAPID, "warning"),
    ("ibuprofen", "The ache in my knee had gone by the time the kids were out the door for school.", RAPID, "warning"),
    ("alprazolam", "Before I'd even found a seat on the tram, the panic had melted away.", RAPID, "warning"),
    ("lisinopril", "my pressure is down already before I am finish the crossword, every morning", RAPID, "warning"),
    ("cetirizine", "She told us the itching had calmed down before the toast popped up.", RAPID, "warning"),
    ("valacyclovir", "The tingling on my lip was gone before my second cuppa, no joke.", RAPID, "warning"),
    ("buspirone", "By the time my sister hung up the phone, her nerves had settled right down.", RAPID, "warning"),
    ("omeprazole", "lol the heartburn literally vanishes before I've loaded the dishwasher", RAPID, "warning"),
    ("propranolol", "The shaking in my hands had stopped before the end of the advert break.", RAPID, "warning"),
    ("naproxen", "He told me the throbbing in his back eased before he'd walked the dog round the block.", RAPID, "warning"),
    # -- efficacy for everyone: an error --
    ("lisinopril", "For lowering the pressure, this medicine works in every patient, no exception.", ABSOLUTE, "error"),
    ("sertraline", "Honestly it works for everyone, I've never seen it not help.", ABSOLUTE, "error"),
    ("metformin", "It worked for all my patients without exception.", ABSOLUTE, "error"),
    ("sumatriptan", "This tablet never fails.", ABSOLUTE, "error"),
    ("sumatriptan", "No word of a lie, it works for everybody I know.", ABSOLUTE, "error"),
    ("ibuprofen", "It has never once failed me.", ABSOLUTE, "error"),
    ("finasteride", "100% of men in our forum saw results.", ABSOLUTE, "error"),
    ("zolpidem", "Works every single time, out like a light.", ABSOLUTE, "error"),
    ("cetirizine", "Every hay fever sufferer I know got relief, no exceptions.", ABSOLUTE, "error"),
    ("amitriptyline", "My doctor tell me it is effective for every person with this nerve pain.", ABSOLUTE, "error"),
    # -- a count of tablets of a strength, taken again later the same day: an error --
    ("quetiapine", "At my worst, I was taking four 200 mg tablets at bedtime and another one mid-afternoon.", ABOVE, "error"),
    ("gabapentin", "For epilepsy, some people take three 800 mg tablets at breakfast, at lunch and again at bedtime.", ABOVE, "error"),
    ("gabapentin", "Mum was on two 800 mg capsules morning, noon and night.", ABOVE, "error"),
    ("quetiapine", "He takes four 200 mg tablets at night and one more at lunchtime.", ABOVE, "error"),
    ("ibuprofen", "I took three 400 mg tablets with breakfast, with lunch, with dinner and at bedtime.", ABOVE, "error"),
    ("metformin", "She swallows two 1000 mg tablets with breakfast and again with dinner.", ABOVE, "error"),
    ("sertraline", "I was on two 100 mg tablets in the morning and another one mid-morning.", ABOVE, "error"),
    ("buspirone", "My doctor put me on two 15 mg tabs at breakfast, lunch and dinner.", ABOVE, "error"),
]

#: (drug, sentence, family): near misses the writer must not see an error (or any finding) of.
SHOULD_NOT = [
    # hearsay and adverts reported, not told to the reader as true
    ("sertraline", "Some people say it is completely safe, which is not true.", "unsupported-claim"),
    ("ibuprofen", "Websites say it is a miracle cure; be sceptical.", "unsupported-claim"),
    ("alprazolam", "The adverts said it never fails.", "unsupported-claim"),
    ("ibuprofen", "The pain was gone before my next dose was due.", "unsupported-claim"),
    ("ibuprofen", "Take it before your morning coffee.", "unsupported-claim"),
    ("ibuprofen", "By the time I got home I felt dizzy and sick, so I rang 111.", "unsupported-claim"),
    ("ibuprofen", "If the pain has not gone before the next dose, call your doctor.", "unsupported-claim"),
    ("sertraline", "Nausea usually settles before you finish the first week.", "unsupported-claim"),
    ("sertraline", "Before I started it my anxiety was all over the place.", "unsupported-claim"),
    ("ibuprofen", "The swelling went down before my appointment.", "unsupported-claim"),
    ("sertraline", "It doesn't work for everyone, so your doctor may switch you.", "unsupported-claim"),
    ("sertraline", "It works differently for everyone.", "unsupported-claim"),
    ("metformin", "No one treatment for diabetes has been found that works for everyone.", "unsupported-claim"),
    ("metformin", "Not every medicine in this group works for all patients.", "unsupported-claim"),
    ("metformin", "Take it with food every day without exception.", "unsupported-claim"),
    ("metformin", "Everyone should take it with a meal, no exceptions.", "unsupported-claim"),
    ("gabapentin", "Take 300 mg in the morning or at night.", "dosage"),
    ("gabapentin", "The usual dose is 300 mg at breakfast, lunch and bedtime.", "dosage"),
    ("quetiapine", "He takes 200 mg at bedtime and another 100 mg the next night.", "dosage"),
    ("mirtazapine", "The most anyone should be on is three 15 mg tablets at night, 45 mg in total.", "dosage"),
]

#: Disclaimers told by their parts: no disclaimer finding.
DISCLAIMERS = [
    "We write for curious readers, not for patients in a consulting room: bring anything here to the person "
    "who prescribes for you before acting on it.",
    "This guide explains our everyday practice; decisions about your relative's medicines rest with their GP, who knows their history.",
    "These notes are for lay readers. Bring what you read here to your own pharmacist before you act on it.",
    "This page is general, not for individual patients in a treatment room; the person who treats you decides.",
    "Our newsletter explains how the home works. Choices about your dad's tablets rest with his GP.",
    "I wrote this for ordinary folk like me. Please bring any questions to the one who prescribes for you.",
    "What follows is background for carers; decisions about their medicines lie with their own doctor.",
    "This blog is for the interested public, not for clinical decisions. Run anything past your prescriber.",
]

#: Near misses: no disclaimer at all, an error.
NOT_DISCLAIMERS = [
    "Take it with food. Talk to your doctor if you get side effects.",
    "Tell their GP if your relative gets a rash.",
    "Residents see their GP every month, who knows their history.",
    "Her GP says the decision rests with her.",
    "Bring your tablets to every appointment.",
    "The decision rests with you. Take it at night.",
    "Carers should tell their doctor about any falls.",
]


@pytest.mark.parametrize(("drug", "body", "rule", "severity"), SHOULD)
def test_a_claim_in_new_words_is_found(drug: str, body: str, rule: str, severity: str) -> None:
    assert (rule, severity) in findings(drug, f"{body}\n\n{SIGN_OFF}", rule.split(".")[0])


@pytest.mark.parametrize(("drug", "body", "family"), SHOULD_NOT)
def test_a_near_miss_is_not_an_error(drug: str, body: str, family: str) -> None:
    assert [f for f in findings(drug, f"{body}\n\n{SIGN_OFF}", family) if f[1] == "error"] == []


@pytest.mark.parametrize("body", DISCLAIMERS)
def test_a_disclaimer_by_its_parts_is_recognised(body: str) -> None:
    assert findings("metformin", f"Take it with food.\n\n{body}", "disclaimer") == []


@pytest.mark.parametrize("body", NOT_DISCLAIMERS)
def test_a_near_miss_is_not_a_disclaimer(body: str) -> None:
    assert findings("metformin", body, "disclaimer") == [(DISCLAIMER, "error")]
