"""The disclaimer check by CLASS, not by quoted phrase: a statement that the text is
general, not personal advice, and that the reader's own professional decides, in
wordings no evaluation set had (hospital leaflet, pharmacy blog, magazine, affiliate
site, forum, parenting blog, non-native writer; British spelling, contractions, curly
apostrophes, hedges, lines split, lists, tables, headings). Each case is one draft;
what a user sees is asserted: no disclaimer finding, or ``disclaimer.missing`` with
its severity (an error when nothing like a disclaimer is there, a warning when only
half of one is: a lone deferral, or "this is general information" with no deferral)."""

from __future__ import annotations

from functools import cache

import pytest
from conftest import REPO

from pipeline.config import load_config
from pipeline.document.article import parse_article
from pipeline.document.source import SourceText
from pipeline.knowledge.rules import RULE_TYPES, load_rules
from pipeline.run.context import CheckContext

HEAD = "---\ntitle: Your medicine\n---\n# Your medicine\n\nTake it with food. Swallow the tablet whole with water.\n\n"

#: Disclaimers in words no set had: no disclaimer finding.
DISCLAIMERS = [
    "This leaflet explains the basics. Your own consultant knows your case and will tailor the plan to you.",
    "Everything on this blog is general wellness chat – your pharmacist is the one who knows what's right for you.",
    "Please remember that this factsheet can’t cover every situation. If you're unsure, your "
    "specialist nurse is the best person to advise you.",
    "We've kept this overview short, so it doesn't list every side effect. Your prescriber can go through your own risks with you.",
    "Disclaimer: general info only — always check with your own doctor.",
    "This post reflects my own experience. Your GP knows your body better than I do.",
    "Nothing in this newsletter should be taken as personal advice; speak to the clinician who looks after you.",
    "This guide won't replace the chat you have with your pharmacist.",
    "The information here is of a general nature and should be used alongside, not instead of, advice from your healthcare provider.",
    "These notes are a general guide. They are no replacement for your midwife’s advice.",
    "This summary is not exhaustive. Ask your pharmacist or doctor about your own medicines before making changes.",
    "Our articles are written by health journalists for a general audience. They are not a substitute for a consultation.",
    "Treat what you read here as a starting point; your own doctor is best placed to advise you.",
    "We are a community pharmacy, and this page is general guidance. For advice tailored to you, "
    "please speak to a member of our pharmacy team.",
    "- This is general information.\n- It does not replace your doctor's advice.",
    "This leaflet is\ngeneral information. Your own GP\nknows your history best.",
    "## Disclaimer\n\nWe are not medical professionals. Ask your doctor about your own treatment.",
    "This article isn’t personalised advice – your GP’s the one to decide what’s best for you.",
    "This text is for give general knowledge only. Please ask to your doctor what is good for you.",
    "Mods note: nobody here is a doctor. Run anything you read past your own prescriber before changing your meds.",
    "Every family's situation is different, so please talk to your child's paediatrician about what's best for them.",
    "As ever, this is general reporting and not a recommendation; decisions about your treatment are for you and your doctor.",
    "This information is not intended to replace discussion with your medical team.",
    "The content on this page is for general awareness and is not a substitute for a consultation "
    "with a qualified healthcare professional.",
    "| Note | Details |\n|---|---|\n| Please read | This page is general information, not advice for you. Ask your own pharmacist. |",
    "What I've written here is based on my own life with lupus; your rheumatologist knows your situation best.",
    "I'm a nurse, but I'm not your nurse. Please check with the team caring for you before you change anything.",
    "This information doesn't take the place of talking with your doctor.",
    "Content is general in nature and does not account for your individual circumstances. Seek advice from your pharmacist.",
    "Our team writes these guides for general interest. Only your own prescriber can tell you whether a medicine is right for you.",
    "Remember: we can't see your medical records, so we can't advise you personally. Your GP can.",
    "This is a general overview and it can’t account for your personal health history; please check with your doctor or pharmacist first.",
    "Not medical advice. Always talk to your own doctor.",
    "The views here are mine alone and are no substitute for professional care.",
    "This blog is meant to inform, not to diagnose or treat. Your own healthcare provider should guide any decisions about your medicines.",
    "Use this page to prepare questions for your next appointment rather than as a replacement for it.",
    "Information correct at the time of writing and general in nature; your own doctor or pharmacist can advise on your individual needs.",
    "Please note we are not able to give individual medical advice through this site. If you have "
    "questions about your treatment, contact your GP or pharmacist.",
    "This booklet is designed to be read alongside the advice you get from your kidney team, not in place of it.",
    "It’s just an overview, y’know? Your pharmacist knows your meds and can tell you what fits you.",
    "This guide was put together by our patient panel. It is not clinical advice, and your own "
    "clinicians remain responsible for your care.",
    "Bear in mind that everybody responds differently, and I can only share what happened to me. "
    "Check with your own doctor before trying anything.",
    "*This article is intended for general readers. It should not be used to make decisions about your own care without your doctor.*",
    "**Please note:** the advice on this page is general. Your own GP or practice nurse should be "
    "your first port of call for advice about your treatment.",
    "We’re a small team of pharmacists writing for the public, not for you personally – so if "
    "something here doesn’t fit your situation, trust your own prescriber.",
    # written after the mechanism, not tuned on
    "Heads-up: this blog post is a broad overview and not tailored to you. Your dietitian and GP know your circumstances.",
    "These pages are produced by the Trust's medicines information team and are intended as a general guide. "
    "Please discuss your individual treatment with your consultant.",
    "I write as a fellow patient. None of this is medical advice, so please speak to your own team.",
    "Nothing you read on this forum should replace a proper chat with your GP.",
    "Our pharmacists wrote this guide for the public; it isn't meant to stand in for your own doctor's judgement.",
    "Please use this sheet as a reminder only – it does not replace the instructions you were given by the ward team.",
    "The tips above worked for our family, but every child is different. Check with your health visitor what suits your little one.",
    "We can only offer general pointers here. Anything specific to your health should be discussed with the doctor who knows you.",
    "Disclaimer – I am no pharmacist and this post reflects my own journey only.",
    "This explainer is no substitute for a consultation.",
    "Always ask your own GP or pharmacist before acting on anything in this article, which is general in nature.",
    "Information on this website is general and may not apply to you. Speak with your healthcare professional about your own situation.",
]

#: Near misses: no disclaimer, an error; or half of one, a warning.
NOT_DISCLAIMERS = [
    ("Talk to your doctor if you feel dizzy.", "error"),
    ("Tell your doctor if you take warfarin.", "error"),
    ("Your doctor may prescribe a lower dose if you are over 65.", "error"),
    ("Ask your pharmacist about the liquid form.", "error"),
    ("This medicine is not a substitute for a healthy diet and regular exercise.", "error"),
    ("Don't replace your tablets with herbal remedies without talking to your doctor.", "error"),
    ("My GP knows my history and suggested we try a lower dose first.", "error"),
    ("You will be given a general anaesthetic, so your nurse will check when you last ate.", "error"),
    ("Information about side effects is in the leaflet that comes with your medicine.", "error"),
    ("Your pharmacist can tell you more about the different brands.", "error"),
    ("In general, side effects settle after a week or two. Call your GP if they don't.", "error"),
    ("Your care team will decide how long you need to take it.", "error"),
    ("The general rule is to take it at the same time each day; your doctor will tell you the dose.", "error"),
    ("Generic versions are a cheaper alternative to the brand name, so ask your pharmacist.", "error"),
    ("My specialist knows my case well; she is the best doctor I've had.", "error"),
    ("Nurses on the ward will give you your first dose.", "error"),
    ("For more information, see the NHS website or ask your pharmacist.", "error"),
    ("Everyone gets a copy of the patient information leaflet with their tablets.", "error"),
    ("Don't use the inhaler instead of your preventer unless your asthma nurse says so.", "error"),
    ("An overview of the evidence is in the table below.", "error"),
    ("Take this leaflet with you when you see your doctor.", "error"),
    ("We asked a GP for her advice on taking it with food.", "error"),
    ("Your doctor knows about the interaction, so tell them about every medicine you take.", "error"),
    ("This page lists the common side effects. See a doctor if you get a rash.", "error"),
    ("There's no substitute for a good night's sleep.", "error"),
    ("Always take it exactly as your doctor has told you.", "error"),
    ("Apixaban has largely replaced warfarin for many people.\n\nYour doctor will check your kidneys first.", "error"),
    ("Newer tablets have replaced the injection. Ask the clinic nurse when to come in.", "error"),
    ("It is generally safe in pregnancy, but tell your midwife you take it.", "error"),
    ("I'm not a doctor, but it worked for me.", "error"),
    ("Your GP will refer you to a specialist if the tablets don't help.", "error"),
    ("Ask your pharmacist for a large-print label.", "error"),
    ("This leaflet is also available in Welsh and Polish.", "error"),
    ("My consultant was brilliant and explained everything about my situation.", "error"),
    ("It is not a replacement for insulin, so keep injecting as your diabetes nurse showed you.", "error"),
    ("General side effects include headache and nausea; tell your doctor if they last.", "error"),
    ("Some people find this overview helpful when they talk to their GP about side effects.", "error"),
    ("There is no alternative to surgery in some cases, your surgeon will explain.", "error"),
    ("Everyone's dose is different and your doctor will work out yours.", "error"),
    # half a disclaimer: a human should look
    ("Talk to your doctor about whether it is right for you.", "warning"),
    ("Your own doctor knows your situation best.", "warning"),
    ("This article is general information.", "warning"),
    ("Your own doctor may prefer a different brand.", "warning"),
]


@cache
def _context() -> CheckContext:
    config = load_config(None, start=REPO)
    return CheckContext(config, load_rules(config.checks_dir))


def disclaimer_findings(body: str) -> list[tuple[str, str]]:
    """(rule id, severity) of the disclaimer findings on a draft whose closing part is ``body``."""
    ctx = _context()
    article = parse_article(SourceText.from_text("draft.md", HEAD + body + "\n"))
    return [
        (finding.rule, str(finding.severity))
        for rule in ctx.rules
        if rule.family == "disclaimer"
        for finding in RULE_TYPES[rule.type].run(article, rule, ctx)
    ]


@pytest.mark.parametrize("body", DISCLAIMERS)
def test_a_disclaimer_in_new_words_is_recognised(body: str) -> None:
    assert disclaimer_findings(body) == []


@pytest.mark.parametrize(("body", "severity"), NOT_DISCLAIMERS)
def test_a_near_miss_is_not_a_disclaimer(body: str, severity: str) -> None:
    assert disclaimer_findings(body) == [("disclaimer.missing", severity)]
