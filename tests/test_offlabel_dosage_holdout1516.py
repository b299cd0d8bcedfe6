"""Off-label uses and doses above the label by wording class, from what holdout15/holdout16
missed or flagged wrongly: a drug taken "in patients with" a condition; a condition shaken off
("helped them kick COVID"); an age limit ("not approved for anyone under 18") that is no
off-label disclosure; a use pointed back at in its own sentence ("happy to prescribe bupropion
for that after a video visit"); getting it for sleep; a reason told as the kind of sleeper one
is; a passive story of being put on it (dementia); research on a use ("studied for COVID-19")
that is no use; "low mood" as the depression an antidepressant is approved for; a tablet handed
out to men whose hairline is receding (oral minoxidil); the nth tablet of the day ("a fourth at
bedtime"); and a daily dose for a use the label doses weekly (malaria prevention). Each class is
written in several voices (leaflet, blog, British English, non-native English) besides the
draft's own wording; each case asserts what the writer would see: the finding with its rule id
and severity, or none."""

from __future__ import annotations

import pytest
from rule_runner import run_rule

OFF_LABEL = "off-label.undisclosed"
ABOVE_MAX = "dosage.above-max"
WEEKLY = "dosage.weekly-taken-daily"


def conditions(drug: str, body: str) -> list[tuple[str, str, str]]:
    """(rule, condition, severity) of each off-label finding in an article about ``drug``."""
    return [(f.rule, f.extra["condition"], f.severity.value) for f in run_rule(drug, body, OFF_LABEL)]


def found(drug: str, body: str, rule_id: str) -> list[tuple[str, str]]:
    """(rule, severity) of each finding of ``rule_id`` in an article about ``drug``."""
    return [(f.rule, f.severity.value) for f in run_rule(drug, body, rule_id)]


#: (drug, body, condition, severity): an off-label use the writer would be told about.
USES = [
    # -- taken "in" patients with the condition (hydroxychloroquine: malaria, RA, lupus) --
    (
        "hydroxychloroquine",
        "We also reach for it in some of our patients with patchy, scarring hair loss on the scalp, such as lichen "
        "planopilaris, where it can help settle the inflammation around the follicles so fewer hairs are lost.",
        "hair loss",
        "error",
    ),
    ("hydroxychloroquine", "We use it in people with lichen planopilaris too.", "hair loss", "error"),
    ("hydroxychloroquine", "Dermatologists often prescribe it in patients with frontal fibrosing alopecia.", "hair loss", "error"),
    (
        "hydroxychloroquine",
        "Our consultants also reach for it in some patients with scarring hair loss of the scalp.",
        "hair loss",
        "error",
    ),
    ("hydroxychloroquine", "We give it in patients with lichen planopilaris also.", "hair loss", "error"),
    # -- a condition shaken off (ivermectin: worms, lice, rosacea) --
    (
        "ivermectin",
        "Ivermectin got really popular a few years ago and a lot of our readers tell us a short course helped them "
        "kick COVID when nothing else did. Worth asking your doctor about!",
        "COVID-19",
        "warning",
    ),
    ("ivermectin", "My uncle says a short course of ivermectin helped him shake off COVID in two days.", "COVID-19", "warning"),
    ("ivermectin", "Readers swear ivermectin helped them fight off covid.", "COVID-19", "warning"),
    ("ivermectin", "A few ivermectin tablets helped my dad recover from COVID-19.", "COVID-19", "warning"),
    ("ivermectin", "Ivermectin helped me kick the coronavirus fast.", "COVID-19", "warning"),
    # -- pointed back at in its own sentence (bupropion: depression, SAD, smoking) --
    (
        "bupropion",
        "We also see a lot of interest from adults with ADHD who can't get on with stimulant medicines, and our "
        "clinicians are happy to prescribe bupropion for that after a video visit.",
        "ADHD",
        "error",
    ),
    ("bupropion", "Lots of people with ADHD ask about it, and we can prescribe bupropion for this online.", "ADHD", "error"),
    ("bupropion", "If you have ADHD, our doctors will prescribe Wellbutrin for that via the app.", "ADHD", "error"),
    (
        "bupropion",
        "Got ADHD and stimulants don't suit you? Our team can prescribe bupropion for that following a short chat.",
        "ADHD",
        "error",
    ),
    # -- got for sleep (quetiapine: schizophrenia, bipolar, add-on for depression) --
    ("quetiapine", "Quetiapine is an antipsychotic. Loads of people get it just for sleep, mind.", "insomnia", "error"),
    ("quetiapine", "Lots of folk get it for insomnia these days.", "insomnia", "error"),
    ("quetiapine", "Plenty of people order it for sleep.", "insomnia", "error"),
    # -- the kind of sleeper one is, as the reason --
    (
        "quetiapine",
        "My flatmate's on 25 mg at bedtime because she's always been a rubbish sleeper, and it sorted her out within a week.",
        "insomnia",
        "warning",
    ),
    ("quetiapine", "He takes 25 mg of quetiapine at night because he's a terrible sleeper.", "insomnia", "warning"),
    ("quetiapine", "I take a small dose of quetiapine because I am a very light sleeper.", "insomnia", "warning"),
    ("quetiapine", "She was given quetiapine because she has always been a poor sleeper.", "insomnia", "warning"),
    # -- put on it, in the passive, in a story (dementia: off-label and against its boxed warning) --
    (
        "quetiapine",
        "My nan, who has dementia, was put on a small dose at her care home too, to settle her in the evenings.",
        "dementia",
        "warning",
    ),
    ("quetiapine", "Grandad, who's got Alzheimer's, was started on quetiapine in the nursing home.", "dementia", "warning"),
    ("quetiapine", "My mum has dementia and she was given some quetiapine at the care home to keep her calm.", "dementia", "warning"),
    ("quetiapine", "Her father, who have dementia, was put on quetiapine by the home doctor.", "dementia", "warning"),
    # -- oral minoxidil handed out for hair loss (only the topical forms are approved for it) --
    (
        "minoxidil",
        "Plenty of dermatologists now hand out a tiny daily dose of the tablet, a quarter or half of a 2.5 mg pill, to men "
        "whose hairline is heading north and who can't be bothered with foam twice a day.",
        "hair loss",
        "warning",
    ),
    (
        "minoxidil",
        "Dermatologists now prescribe low-dose minoxidil tablets to blokes whose hairline is retreating.",
        "hair loss",
        "warning",
    ),
    ("minoxidil", "Many skin doctors give a low dose of the minoxidil tablets to women with thinning hair.", "hair loss", "error"),
    ("minoxidil", "Some clinics offer half a 2.5 mg minoxidil tablet a day to men who are losing their hair.", "hair loss", "warning"),
    # -- an age limit is no off-label disclosure (paroxetine) --
    (
        "paroxetine",
        "## The stuff nobody tells you\n\n- My cousin's doctor actually prescribed it for premature ejaculation, since "
        "delayed orgasm is one of those side effects.\n- It's not approved for anyone under 18.",
        "premature ejaculation",
        "error",
    ),
    (
        "paroxetine",
        "Some doctors prescribe paroxetine for premature ejaculation. It isn't licensed for children.",
        "premature ejaculation",
        "error",
    ),
    (
        "paroxetine",
        "Doctors may give paroxetine for premature ejaculation. Paxil is not approved for use in kids or teens.",
        "premature ejaculation",
        "error",
    ),
    (
        "paroxetine",
        "My brother's GP gave him paroxetine for premature ejaculation. It is not approved in under-18s.",
        "premature ejaculation",
        "error",
    ),
]

#: (drug, body): no off-label use: research on a use, a use declined, the approved use in lay words, a warning.
NO_USE = [
    # -- studied for a use (and refuted): no use --
    (
        "hydroxychloroquine",
        "Yes. It was studied for COVID-19 in 2020, but the trials showed it did not help, and the FDA withdrew its "
        "emergency authorization. We do not prescribe it for COVID-19.",
    ),
    ("hydroxychloroquine", "It was trialled for COVID-19 during the pandemic but did not work."),
    ("hydroxychloroquine", "Hydroxychloroquine has been investigated as a possible treatment for COVID, and it failed."),
    ("hydroxychloroquine", "It was studied as a treatment for COVID-19, but the studies showed no benefit."),
    ("ivermectin", "Ivermectin was tested for covid in big trials and it didn't help."),
    ("hydroxychloroquine", "Hydroxychloroquine was researched for coronavirus in 2020; it turned out not to work."),
    # -- "low mood": the depression an antidepressant is approved for --
    (
        "bupropion",
        "Our clinicians prescribe the extended-release form (Wellbutrin XL and its generics) for depression, and to help "
        "prevent the low mood that comes back every autumn and winter for some people (seasonal affective disorder). "
        "Under the brand name Zyban, the same medicine is used to help people stop smoking.",
    ),
    ("sertraline", "Sertraline is prescribed for low mood."),
    ("fluoxetine", "My GP gave me fluoxetine for low mood."),
    ("citalopram", "Citalopram helps with low mood."),
    ("venlafaxine", "Venlafaxine is used to treat low mood that keeps coming back."),
    # -- a warning about the group, not a story of use --
    ("quetiapine", "Older people with dementia who were given a drug like quetiapine were more likely to die."),
    ("quetiapine", "In trials, patients with dementia who were given antipsychotics had more strokes."),
    # -- the approved use given to a group --
    ("minoxidil", "Our GPs give the tablets to patients with high blood pressure."),
    ("minoxidil", "Minoxidil foam is applied to the scalp by men whose hairline is receding."),
    ("hydroxychloroquine", "We use it in people with lupus."),
    ("hydroxychloroquine", "Be careful using it in people with psoriasis."),
]

#: (drug, body, condition): a use in a section that also discloses the use: still disclosed.
DISCLOSED = [
    (
        "paroxetine",
        "Some doctors prescribe paroxetine for premature ejaculation. This use is not approved by the FDA.",
        "premature ejaculation",
    ),
]


@pytest.mark.parametrize(("drug", "body", "condition", "severity"), USES)
def test_off_label_use_is_reported(drug: str, body: str, condition: str, severity: str) -> None:
    assert (OFF_LABEL, condition, severity) in conditions(drug, body)


@pytest.mark.parametrize(("drug", "body"), NO_USE)
def test_no_off_label_use_is_reported(drug: str, body: str) -> None:
    assert conditions(drug, body) == []


@pytest.mark.parametrize(("drug", "body", "condition"), DISCLOSED)
def test_disclosed_use_is_not_reported(drug: str, body: str, condition: str) -> None:
    assert condition not in [c for _, c, _ in conditions(drug, body)]


#: (drug, body): the nth tablet of the day, on top of a schedule, above the maximum (cyclobenzaprine: 30 mg a day).
NTH_TABLET_ABOVE = [
    ("cyclobenzaprine", "Most people take one 10 mg tablet three times a day. On rough days, a fourth tablet at bedtime is fine."),
    ("cyclobenzaprine", "Take one 10 mg tablet three times a day; on bad days you can add a fourth at night."),
    ("cyclobenzaprine", "The usual dose is one 10 mg tablet three times a day. If the pain is bad you may take a fourth one before bed."),
    ("cyclobenzaprine", "Usual dose is one 10 mg tablet three times daily. On bad days a fourth tablet at night is fine."),
    ("cyclobenzaprine", "Take 10 mg tablet three times in the day. A fourth tablet before sleeping is okay if pain is strong."),
]

#: (drug, body): within the maximum, or a part of a tablet.
NTH_TABLET_WITHIN = [
    ("cyclobenzaprine", "Take one 5 mg tablet three times a day. A fourth tablet at bedtime is fine."),
    ("cyclobenzaprine", "Take a 10 mg tablet three times daily. Cut a third of a tablet off if you feel drowsy."),
    ("cyclobenzaprine", "Take one 10 mg tablet twice a day. A third one at bedtime is fine."),
]

#: (drug, body): a daily schedule for malaria prevention, which the label doses once a week (hydroxychloroquine).
WEEKLY_USE_DAILY = [
    (
        "hydroxychloroquine",
        "Not on its own; your daily dose for your skin is not a malaria plan. If hydroxychloroquine is the right choice "
        "there, the usual prevention dose is 400 mg a day, starting two weeks before you leave.",
    ),
    ("hydroxychloroquine", "To prevent malaria, adults take 400 mg of hydroxychloroquine every day while travelling."),
    ("hydroxychloroquine", "For malaria prevention the dose is 400 mg daily, starting 2 weeks before travel."),
    ("hydroxychloroquine", "As prophylaxis for malaria, take 400mg each day, begin 2 weeks before the trip."),
    ("hydroxychloroquine", "The usual preventive dose of hydroxychloroquine is 400 mg a day, starting a fortnight before you fly."),
]

#: (drug, body): the weekly dose, or a daily dose for a daily use.
WEEKLY_USE_RIGHT = [
    ("hydroxychloroquine", "The dose to prevent malaria is 400 mg once a week."),
    ("hydroxychloroquine", "Hydroxychloroquine is used to prevent malaria. For lupus, most people take 400 mg a day."),
    ("hydroxychloroquine", "For rheumatoid arthritis the dose is 400 mg a day."),
    ("hydroxychloroquine", "Hydroxychloroquine can also protect you against malaria. Most people take 200 mg twice a day or 400 mg daily."),
]


@pytest.mark.parametrize(("drug", "body"), NTH_TABLET_ABOVE)
def test_nth_tablet_above_max_is_an_error(drug: str, body: str) -> None:
    assert (ABOVE_MAX, "error") in found(drug, body, ABOVE_MAX)


@pytest.mark.parametrize(("drug", "body"), NTH_TABLET_WITHIN)
def test_nth_tablet_within_max_is_not_reported(drug: str, body: str) -> None:
    assert found(drug, body, ABOVE_MAX) == []


@pytest.mark.parametrize(("drug", "body"), WEEKLY_USE_DAILY)
def test_daily_dose_of_a_weekly_use_is_an_error(drug: str, body: str) -> None:
    assert (WEEKLY, "error") in found(drug, body, WEEKLY)


@pytest.mark.parametrize(("drug", "body"), WEEKLY_USE_RIGHT)
def test_weekly_use_dosed_right_or_daily_use_is_not_reported(drug: str, body: str) -> None:
    assert found(drug, body, WEEKLY) == []
