"""Doses by wording class, from what holdout17/holdout18 missed or flagged wrongly: tablets
counted by a strength they are named by ("four of the 50 mg tablets every morning, plus half of
one at night", "grab the 400s and take a couple every four hours"); a night's count with its
strength given elsewhere ("On the worst nights he takes four"; "two caplets (50 mg)" names a
25 mg caplet); counts at listed meals ("three with breakfast, three at lunch and three with
dinner"); the use named earlier in the section picking its dosing (blood pressure, not edema);
a strength sold only as a once-weekly product taken daily ("the 90 mg capsule, which you take
each morning"); a daily limit restated in tablets ("which for me is two 100 mg tablets"), which
is no dose; and a dose of the article's drug before another drug is named in a later sentence.
Each class is written in several voices (leaflet, blog, British English, non-native English);
each case asserts what the writer would see: the finding with its rule id and severity, or none."""

from __future__ import annotations

import pytest
from rule_runner import run_rule

ABOVE_MAX = "dosage.above-max"
WEEKLY = "dosage.weekly-taken-daily"


def found(drug: str, body: str, rule_id: str) -> list[tuple[str, str, str]]:
    """(rule, drug, severity) of each finding of ``rule_id`` in an article about ``drug``."""
    return [(f.rule, str(f.extra.get("drug", "")), f.severity.value) for f in run_rule(drug, body, rule_id)]


#: (drug, body, severity): tablets of a named strength (or a strength the text gives) above the day's maximum.
COUNTS = [
    ("sertraline", "My GP eventually had me on four of the 50 mg tablets every morning, plus half of one at night.", "error"),
    ("sertraline", "He's on four of the 50 mg tablets each morning and another half at bedtime.", "error"),
    # (an error since the prescription tablets' strengths, 400, 600 and 800 mg, are in ibuprofen's facts: "the 400s" is a strength
    # the label sells, not one guessed from the number, and 4,800 mg a day is above every ibuprofen label's maximum)
    ("ibuprofen", "Grab the 400s and take a couple every four hours while the pain lasts.", "error"),
    ("ibuprofen", "Take a couple of the 400s every four hours while the pain lasts.", "error"),
    ("ibuprofen", "I pop two of my 400s every four hours when my back goes.", "error"),
    ("ibuprofen", "Get the 400s out and take two every four hours, it's what I do.", "error"),
    ("ibuprofen", "When my knee is bad I take a pair of the 400's every four hours.", "error"),
    ("sertraline", "On a bad day I've taken five of my 50s.", "warning"),
    # the strength in an earlier line or paragraph, the count only on one night
    (
        "diphenhydramine",
        "Store-brand Nighttime Sleep Aid Diphenhydramine HCl 25mg 96 caplets\n\n"
        "On the worst nights in the middle of calving, Dale from the feed desk takes four, and says it's the only way he sleeps.",
        "warning",
    ),
    (
        "diphenhydramine",
        "As a sleep aid the box says two caplets (50 mg) at bedtime. On the worst nights, Dale takes four.",
        "warning",
    ),
    ("diphenhydramine", "For sleep the pack says two caplets (50 mg) at bedtime. Some nights my husband swallows four.", "warning"),
    (
        "diphenhydramine",
        "For sleep it's one or two 25 mg tablets at bedtime. Last night my neighbour took five, and he was groggy all day.",
        "warning",
    ),
    # counts at listed meals, the tablet strength in an earlier paragraph
    (
        "ibuprofen",
        "Advil, Motrin IB and the store-brand tablets all contain 200 mg of ibuprofen.\n\n"
        "On a really bad week I'll take three with breakfast, three at lunch and three with dinner.",
        "warning",
    ),
    (
        "ibuprofen",
        "The tablets each contain 200 mg of ibuprofen.\n\nMy dad has two at breakfast, two at lunch, two at teatime and two at bedtime.",
        "warning",
    ),
    ("ibuprofen", "Ibuprofen 200 mg tablets.\n\nI take 3 in the morning, 3 at lunch and 3 at night when my back is bad.", "warning"),
]

#: (drug, body): counts within the maximum, or of no strength the text gives: nothing to report.
COUNTS_FINE = [
    ("sertraline", "My GP had me on four of the 50 mg tablets every morning."),
    ("sertraline", "Take 100 mg every morning and half a tablet at bedtime."),
    ("ibuprofen", "Ibuprofen 200 mg tablets.\n\nI take one with breakfast and one with dinner."),
    ("ibuprofen", "Take a couple of the 200s every eight hours."),
    ("fluoxetine", "Back in the 90s I took two every day."),
    ("diphenhydramine", "For sleep the box says two caplets (50 mg) at bedtime. That's what most of us take."),
]


@pytest.mark.parametrize(("drug", "body", "severity"), COUNTS)
def test_tablets_of_a_named_strength(drug: str, body: str, severity: str) -> None:
    assert found(drug, body, ABOVE_MAX) == [(ABOVE_MAX, drug, severity)]


@pytest.mark.parametrize(("drug", "body"), COUNTS_FINE)
def test_counts_within_the_label_are_silent(drug: str, body: str) -> None:
    assert found(drug, body, ABOVE_MAX) == []


#: (body): a hydrochlorothiazide dose above the blood-pressure maximum (50 mg) but within the edema one
#: (100 mg), the section about blood pressure: a warning (the use is read from the text before).
BLOOD_PRESSURE = [
    "For blood pressure most people start on 12.5 mg or 25 mg once a day.\n\n"
    "Some of our patients end up on two of the 50 mg tablets each morning when their pressure stays high.",
    "For high blood pressure, most adults start on 12.5 mg.\n\nSome end up on two of the 50 mg tablets each morning.",
    "If it's for your blood pressure, the usual dose is 25 mg once a day. My dad takes 100 mg every morning.",
    "To lower blood pressure, doctors start at 12.5 mg. Later some patients take four 25 mg tablets each morning.",
    "For hypertension the starting dose is 12.5 mg. Some of our patients are on 75 mg each morning now.",
    "For the blood pressure doctor give 25 mg one time a day. My uncle he take two tablet of 50 mg every morning.",
]


@pytest.mark.parametrize("body", BLOOD_PRESSURE)
def test_use_named_before_picks_its_dosing(body: str) -> None:
    assert found("hydrochlorothiazide", body, ABOVE_MAX) == [(ABOVE_MAX, "hydrochlorothiazide", "warning")]


@pytest.mark.parametrize(
    "body",
    [
        "For swelling in the legs, doses go up to 100 mg a day. Some patients take two of the 50 mg tablets each morning.",
        "It also treats oedema, where 100 mg once a day is within the label. My aunt takes two of the 50 mg tablets each morning.",
    ],
)
def test_edema_dose_is_silent(body: str) -> None:
    assert found("hydrochlorothiazide", body, ABOVE_MAX) == []


#: (body): the 90 mg fluoxetine capsule (sold only as the once-weekly product) given a daily schedule.
WEEKLY_DAILY = [
    "Once you're settled, some doctors switch people to the 90 mg capsule, which you simply take each morning with breakfast.",
    "Some doctors move people onto the 90 mg capsule, which you then take every morning.",
    "I now take a 90 mg capsule every morning.",
    "Take the 90 mg capsule daily with food.",
    "My mum's GP changed her to the 90mg capsule and she takes one every day.",
    "You can swap to the 90 mg capsule, which you just swallow each morning.",
]


@pytest.mark.parametrize("body", WEEKLY_DAILY)
def test_weekly_strength_taken_daily(body: str) -> None:
    assert found("fluoxetine", body, WEEKLY) == [(WEEKLY, "fluoxetine", "error")]
    assert found("fluoxetine", body, ABOVE_MAX) == []


@pytest.mark.parametrize(
    "body",
    [
        "Some doctors switch people to the 90 mg capsule, taken once a week.",
        "The 90 mg capsule is taken once weekly, seven days after your last 20 mg daily dose.",
        "Most people start on 20 mg each morning.",
    ],
)
def test_weekly_strength_weekly_is_silent(body: str) -> None:
    assert found("fluoxetine", body, WEEKLY) == []
    assert found("fluoxetine", body, ABOVE_MAX) == []


#: (drug, body): a daily limit restated in tablets: no dose, nothing above the label.
RESTATED = [
    ("sumatriptan", "My limit is 200 mg in 24 hours, which for me is two 100 mg tablets since my dose went up."),
    ("sumatriptan", "Never take more than 200 mg in a day (that's two 100 mg tablets)."),
    ("sumatriptan", "The most you can take is 200 mg in 24 hours, in other words two 100 mg tablets."),
    ("sumatriptan", "Max 200mg a day, i.e. 2 x 100mg."),
    ("sumatriptan", "Don't go over 200 mg in 24 hours, which works out at two of the 100 mg tablets."),
    ("sumatriptan", "The daily maximum is 200 mg – for me that means two 100 mg tablets."),
    ("ibuprofen", "Do not exceed 1,200 mg in 24 hours, which means six 200 mg tablets."),
]


@pytest.mark.parametrize(("drug", "body"), RESTATED)
def test_limit_restated_in_tablets_is_no_dose(drug: str, body: str) -> None:
    assert found(drug, body, ABOVE_MAX) == []


def test_tablets_taken_at_once_above_single_max() -> None:
    assert found("sumatriptan", "Take two 100 mg tablets at once.", ABOVE_MAX) == [(ABOVE_MAX, "sumatriptan", "error")]


#: (body): a diphenhydramine dose, another antihistamine named only in the next sentence.
NAMED_LATER = [
    "For allergies the label dose is one or two 25 mg tablets every four to six hours, and no more than 12 tablets in 24 hours. "
    "Newer antihistamines such as loratadine or cetirizine are less likely to make you drowsy.",
    "For hay fever take 25 to 50 mg every 4 to 6 hours, up to 300 mg a day. Loratadine is a non-drowsy alternative.",
    "Adults can take 50 mg every six hours for an allergic reaction. If that makes you too sleepy, ask about cetirizine.",
    "The allergy dose is up to 12 tablets of 25 mg a day. Cetirizine, by contrast, is one tablet a day.",
    "For itchy eyes in summer you can have 50 mg every 6 hours. Many people prefer loratadine though.",
]


@pytest.mark.parametrize("body", NAMED_LATER)
def test_dose_is_not_of_a_drug_named_later(body: str) -> None:
    assert found("diphenhydramine", body, ABOVE_MAX) == []


def test_dose_of_a_drug_named_before_is_still_its() -> None:
    body = "Loratadine is taken as 10 mg once a day. Some people take 40 mg a day of it."
    assert found("diphenhydramine", body, ABOVE_MAX) == [(ABOVE_MAX, "loratadine", "error")]
