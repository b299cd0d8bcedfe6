"""Off-label uses and doses above the label by wording class, from what holdout9/holdout10 missed:
premature ejaculation in lay words, told of "a small daily dose"; a relative's condition then a
doctor giving the drug, told without "so" ("has ADHD since school ..., her doctor give her
bupropion XL"); a diuretic taken to drop "water weight" (weight loss; fluid retention and swollen
ankles stay approved uses); a dose taken on top of the one stated before it ("their 10mg at lights
out ... another half a tab (5mg)", "the 40 mg dose ... one more 20 mg tablet"); tablets counted with
the unit unsaid ("another two every four hours") times the strength the article names (ibuprofen's
200 mg OTC tablets: 1,200 mg a day unless a doctor directs, so a warning). Each class is written in
several voices (leaflet, blog, British English, non-native English) besides the draft's own
wording; each case asserts what the writer would see: the finding with its rule id and severity,
or none."""

from __future__ import annotations

from typing import Any

import pytest
from test_dosage_holdout78 import dosage
from test_offlabel_class import off_label

#: (drug, body, condition, severity): an undisclosed use the writer must see.
OFF_LABEL = [
    # -- premature ejaculation in lay words, the drug told by its dose --
    (
        "sertraline",
        "A few of our male customers have also been prescribed a small daily dose to\n"
        "help with early ejaculation, and they tell us it's made a real difference.",
        "premature ejaculation",
        "error",
    ),
    ("sertraline", "Some men are prescribed a low daily dose for premature ejaculation.", "premature ejaculation", "error"),
    ("sertraline", "Sertraline also helps with quick ejaculation.", "premature ejaculation", "error"),
    ("sertraline", "A low dose is sometimes used to help blokes who come too quickly.", "premature ejaculation", "warning"),
    ("sertraline", "A tiny daily dose can help men who finish too fast.", "premature ejaculation", "warning"),
    ("sertraline", "Some men take small dose every day for ejaculate too early.", "premature ejaculation", "warning"),
    ("sertraline", "My husband takes it so he doesn't come too soon.", "premature ejaculation", "warning"),
    # -- a relative's condition, then a doctor gave the drug (with or without "so") --
    (
        "bupropion",
        "My cousin, she is 34 years, has ADHD since school and cannot take the\n"
        "stimulant tablets because of her heart, so her doctor give her bupropion XL\n"
        "and now she can concentrate at work much better.",
        "ADHD",
        "warning",
    ),
    ("bupropion", "My brother have ADHD, doctor give him bupropion and now he focus better.", "ADHD", "warning"),
    ("bupropion", "Because of her ADHD, her doctor prescribed bupropion.", "ADHD", "warning"),
    (
        "bupropion",
        "My son has ADHD, and after the stimulants failed his psychiatrist started him on bupropion, which really helped.",
        "ADHD",
        "warning",
    ),
    (
        "bupropion",
        "My nephew was diagnosed with ADHD at nine and the stimulants made him sick, so his paediatrician put him on Wellbutrin instead.",
        "ADHD",
        "warning",
    ),
    # -- a water pill taken to drop water weight --
    (
        "hydrochlorothiazide",
        "My friend Jess keeps a few of her aunt's tablets in her make-up bag and takes one the morning\n"
        "before a big shoot to drop that puffy water weight.",
        "weight loss",
        "warning",
    ),
    ("hydrochlorothiazide", "Some bodybuilders use HCTZ to cut water weight before a competition.", "weight loss", "warning"),
    ("hydrochlorothiazide", "She swears by HCTZ for losing the bloated water weight before her holiday.", "weight loss", "warning"),
    ("hydrochlorothiazide", "Some girls take hydrochlorothiazide for lose water weight before the wedding.", "weight loss", "warning"),
    ("hydrochlorothiazide", "Boxers use hydrochlorothiazide to make weight before a weigh-in.", "weight loss", "warning"),
    ("hydrochlorothiazide", "Influencers pop one before a shoot to flush out water weight.", "weight loss", "warning"),
    # -- a giving on the condition told in an "if" clause (seventeenth stop, holdout73 as09): read as an inferred use, a warning
    # to review; it was listed below as hypothetical, but an article telling the reader a doctor may give it for ADHD
    # presents the use without saying it is off-label --
    ("bupropion", "If you have ADHD, your doctor may give you bupropion.", "ADHD", "warning"),
]

#: (drug, body): no undisclosed use (approved, hypothetical, denied).
NO_OFF_LABEL = [
    ("hydrochlorothiazide", "HCTZ is used for fluid retention."),
    ("hydrochlorothiazide", "It helps get rid of swollen ankles."),
    ("hydrochlorothiazide", "My mum takes it to drop the water retention in her legs."),
    ("hydrochlorothiazide", "It is also given for swelling caused by heart failure."),
    ("hydrochlorothiazide", "HCTZ helps your body get rid of extra water and salt."),
    ("bupropion", "She has ADHD, and her doctor never gave her bupropion."),
    ("bupropion", "She has ADHD but her doctor prescribed bupropion for her depression."),
    ("gabapentin", "Her hot flushes have not gone since she started gabapentin."),
    ("sertraline", "A small daily dose is used for depression."),
]


@pytest.mark.parametrize(("drug", "body", "condition", "severity"), OFF_LABEL)
def test_undisclosed_use_is_reported(drug: str, body: str, condition: str, severity: str) -> None:
    assert (condition, severity) in off_label(drug, body)


@pytest.mark.parametrize(("drug", "body"), NO_OFF_LABEL)
def test_no_undisclosed_use(drug: str, body: str) -> None:
    assert off_label(drug, body) == []


ABOVE_MAX = ("dosage.above-max", "error")
ABOVE_MAX_WARNING = ("dosage.above-max", "warning")

#: (drug, body, finding): a dose above the label the writer must see.
ABOVE = [
    # -- a dose taken on top of the one stated before it (zolpidem: 10 mg, CR 12.5 mg at most) --
    (
        "zolpidem",
        "Most people take their 10mg at lights out. If you still wake up at 3am\n"
        "staring at the ceiling, just pop another half a tab (5mg) and drift back off.",
        ABOVE_MAX,
    ),
    ("zolpidem", "Take 10 mg at bedtime. If you wake in the night, take another 5 mg.", ABOVE_MAX),
    ("zolpidem", "He takes 10mg when he goes to bed and an extra 5 mg if he wakes at 4am.", ABOVE_MAX),
    ("zolpidem", "I have my 10 mg at half ten, and if I'm still awake at two I'll take another half tablet (5 mg).", ABOVE_MAX),
    ("zolpidem", "She take 10 mg in night, and when she wake up at 3 she take one more 5 mg.", ABOVE_MAX),
    # (citalopram: 40 mg a day at most)
    (
        "citalopram",
        "If the 40 mg dose still isn't enough after a few weeks, some prescribers add one more 20 mg tablet, "
        "so you'd be taking three each morning.",
        ABOVE_MAX,
    ),
    ("citalopram", "He was on 40 mg, and his GP added another 20 mg.", ABOVE_MAX),
    ("citalopram", "My dose was 40 mg. Then the doctor add one more 20 mg tablet.", ABOVE_MAX),
    # -- tablets counted with the unit unsaid, at the 200 mg OTC strength (1,200 mg a day) --
    (
        "ibuprofen",
        "For a bad back, start with one or two 200mg tablets. If it's still grumbling, you can have another two "
        "every four hours or so until it settles.",
        ABOVE_MAX_WARNING,
    ),
    ("ibuprofen", "Start with two 200mg tablets, then take two more every 4 hours.", ABOVE_MAX_WARNING),
    ("ibuprofen", "The packet says 200 mg tablets; I take 2 every 4 hours.", ABOVE_MAX_WARNING),
    ("ibuprofen", "My tablets are 200 mg. I take three every six hours.", ABOVE_MAX_WARNING),
    ("ibuprofen", "The tablet is 200 mg, you take two every four hour.", ABOVE_MAX_WARNING),
]

#: (drug, body): within the label, denied, or another night's dose.
WITHIN = [
    ("zolpidem", "Take 10 mg at bedtime. Do not take another dose the same night."),
    ("zolpidem", "Take 5 mg at bedtime. If you wake up, don't take another 5 mg."),
    ("zolpidem", "Women take 5 mg; men can take another 5 mg."),
    ("zolpidem", "Most people take 10 mg at bedtime. Another 10 mg the next night is fine."),
    ("citalopram", "Start at 20 mg. After a week, another 20 mg may be added."),
    ("citalopram", "Mum is on 20 mg now."),
    ("ibuprofen", "Ibuprofen 200 mg tablets: take one every 4 to 6 hours; take two if needed; no more than 6 tablets in 24 hours."),
    ("ibuprofen", "Use 200 mg tablets. Take one every 6 hours."),
    ("zolpidem", "Her tablets are 10 mg. She used to have two every night before she gave up the wine."),
]


@pytest.mark.parametrize(("drug", "body", "finding"), ABOVE)
def test_dose_above_the_label_is_reported(project: Any, drug: str, body: str, finding: tuple[str, str]) -> None:
    assert finding in dosage(project, drug, body)


@pytest.mark.parametrize(("drug", "body"), WITHIN)
def test_dose_within_the_label_is_not_reported(project: Any, drug: str, body: str) -> None:
    assert [f for f in dosage(project, drug, body) if f[0] == "dosage.above-max"] == []
