"""Dosage by wording class (holdout7/holdout8 misses and false errors): doses at parts of one
day added up ("two tablets of 100 mg in the morning, and one more of 50 mg in the evening"); a
once-weekly dose given a daily schedule in another clause ("now she is on 1 mg and she make the
injection every morning"); tablets counted before a strength with a product's name between
("two 220 mg naproxen sodium tablets"); a dose named as the drug's standard one in a comparison,
or above a product named in an earlier sentence but within another entry of the drug; a label
range with a daily ceiling stated in the sentence before or after it; the top of a range of hours
with no ceiling (a warning). The wordings were written for these tests, in several voices
(British, plain, non-native English)."""

from __future__ import annotations

from typing import Any

import pytest
from test_dose_safety_classes import drug_findings

from pipeline.concepts.doses import find_doses


def dosage(project: Any, drug: str, body: str) -> list[tuple[str, str]]:
    """(rule, severity) of the dosage findings a user would see for ``body``."""
    found = drug_findings(project, f"# {drug.capitalize()}\n\n{body}\n", [drug])
    return [(f["rule"], f["severity"]) for f in found if f["rule"].startswith("dosage.")]


ABOVE_MAX = ("dosage.above-max", "error")
ABOVE_MAX_WARNING = ("dosage.above-max", "warning")
WEEKLY_DAILY = ("dosage.weekly-taken-daily", "error")

FLAGGED = [
    # doses at parts of one day, added up (sertraline: 200 mg a day at most)
    ("sertraline", "Now he is taking two tablets of 100 mg in the morning, and one more of 50 mg in the evening.", ABOVE_MAX),
    ("sertraline", "He takes 200 mg in the morning and 100 mg at night.", ABOVE_MAX),
    ("sertraline", "Sertraline: 150 mg with breakfast plus another 100 mg at bedtime.", ABOVE_MAX),
    ("sertraline", "My mum is on two 100mg tablets at breakfast and one 100 mg tablet at teatime.", ABOVE_MAX),
    ("sertraline", "In the morning 200 mg, in the evening 100 mg, this is what the doctor give him.", ABOVE_MAX),
    ("sertraline", "She take 150 mg in morning and 150 mg in night.", ABOVE_MAX),
    ("sertraline", "He has 100 mg on waking, 100 mg at lunchtime and 100 mg with his dinner.", ABOVE_MAX),
    ("sertraline", "At night he takes 150 mg and in the morning 100 mg.", ABOVE_MAX),
    # a once-weekly dose given a daily schedule in another clause
    ("semaglutide", "She uses Ozempic. Now she is on 1 mg and she make the injection every morning before breakfast.", WEEKLY_DAILY),
    ("semaglutide", "My neighbour has Ozempic 0.5 mg and he injects it every day.", WEEKLY_DAILY),
    ("semaglutide", "On Ozempic, he is at 1 mg now and gives himself the jab each night.", WEEKLY_DAILY),
    ("semaglutide", "Her Ozempic dose is 2 mg, she does the injection everyday after work.", WEEKLY_DAILY),
    ("semaglutide", "He was on Ozempic 1 mg and used the pen daily.", WEEKLY_DAILY),
    ("semaglutide", "Ozempic 0.5 mg, injected every morning, is what my aunt does.", WEEKLY_DAILY),
    ("semaglutide", "My sister takes her Ozempic 1 mg one time in the day.", WEEKLY_DAILY),
    ("methotrexate", "Now she is on 15 mg of methotrexate and she takes it every morning with her tea.", WEEKLY_DAILY),
    ("methotrexate", "Methotrexate 10 mg, she swallow them one time a day.", WEEKLY_DAILY),
    # tablets counted before a strength, a product's name between (above the OTC strength's 660 mg)
    ("naproxen", "Take two 220 mg naproxen sodium tablets every 8 hours.", ABOVE_MAX_WARNING),
    ("naproxen", "Adults may take three 220 mg naproxen sodium caplets twice daily.", ABOVE_MAX_WARNING),
    ("naproxen", "Two 220 mg tablets of naproxen sodium every 8 hours is what I do.", ABOVE_MAX_WARNING),
    ("naproxen", "I take 2 x 220mg Aleve caplets three times a day.", ABOVE_MAX),
    # a drug tied to its dose across a colon
    ("naproxen", "Paracetamol is gentler on the stomach. Naproxen: 750 mg three times a day.", ABOVE_MAX),
    # a range whose low end is already above the label: sure
    ("tramadol", "Adults take 150 mg every 4 to 6 hours.", ABOVE_MAX),
    ("tramadol", "Adults take 100 mg every 4 hours around the clock.", ABOVE_MAX),
    # only the top of a range of hours is above the label, no ceiling stated: a warning
    ("tramadol", "Adults take 50 to 100 mg every 4 to 6 hours as needed.", ABOVE_MAX_WARNING),
    ("tramadol", "You can take 50 to 100 mg each 4 to 6 hours if you have pain.", ABOVE_MAX_WARNING),
    # a ceiling beside it that is itself above the label is reported
    ("tramadol", "Take 100 mg every 4 hours. Do not take more than 600 mg a day.", ABOVE_MAX),
    # a product named in an earlier sentence, the dose within another entry: a warning
    ("doxycycline", "Oracea is a 40 mg capsule for rosacea. Dermatologists once prescribed 100 mg twice daily.", ABOVE_MAX_WARNING),
    # ... but the product named with the dose is sure
    ("doxycycline", "Oracea 40 mg is for rosacea. Take Oracea 100 mg twice a day.", ABOVE_MAX),
]


@pytest.mark.parametrize(("drug", "body", "expected"), FLAGGED, ids=[f"{d}-{i}" for i, (d, _, _) in enumerate(FLAGGED)])
def test_holdout78_dosage_classes_are_flagged(project: Any, drug: str, body: str, expected: tuple[str, str]) -> None:
    assert dosage(project, drug, body) == [expected]


NOT_FLAGGED = [
    # parts of a day within the maximum, alternatives, and doses of different times
    ("sertraline", "Take 100 mg in the morning and 100 mg at night."),
    ("sertraline", "Take 150 mg in the morning or 150 mg at night, whichever suits you."),
    ("sertraline", "He used to take 150 mg in the morning, now he takes 200 mg at night."),
    ("sertraline", "Take 50 mg in the morning; if you feel sleepy, take 200 mg at bedtime instead."),
    ("sertraline", "You take it one time in the day, morning or evening. Most people take between 50 and 200 mg."),
    # weekly wording, and a daily habit that is not the injection
    ("semaglutide", "Ozempic starts at 0.25 mg once a week and she injects it on the same day every week."),
    ("semaglutide", "Ozempic 1 mg is injected once a week; she has breakfast every morning."),
    # tablets counted in a pack or a supply, not one dose
    ("oxycodone", "Inside were twenty 5 mg oxycodone tablets."),
    ("oxycodone", "He was sent home with twenty 5 mg oxycodone tablets."),
    ("oxycodone", "The pharmacy dispensed forty 5 mg oxycodone tablets."),
    ("oxycodone", "There were thirty 10 mg oxycodone tablets in the bottle."),
    # one tablet of the OTC strength on its label schedule
    ("naproxen", "Take one 220 mg naproxen sodium tablet every 8 to 12 hours."),
    # the label's range with a daily ceiling in the sentence before or after it
    ("tramadol", "The usual adult dose is 50 to 100 mg every 4 to 6 hours as needed for pain. Don't go over 400 mg in 24 hours."),
    ("tramadol", "Never take more than 400 mg in a day. Adults take 50 to 100 mg every 4 to 6 hours when needed."),
    ("tramadol", "Take 50-100mg every 4-6 hours. Do not exceed 400mg per day."),
    ("tramadol", "Tramadol 100 mg every 4 hours as required. The maximum is 400 mg a day."),
    ("tramadol", "You can take 50 to 100 mg each 4 to 6 hours if you have pain. Not more than 400 mg in one day."),
    # the drug's standard dose named in a comparison with a product of its own
    ("doxycycline", "Oracea is a 40 mg capsule for rosacea. In a study the 40 mg capsule did as well as the standard 100 mg dose."),
    ("doxycycline", "Oracea is a 40 mg capsule for rosacea. It did as well as the usual 200 mg a day, with less nausea."),
    ("doxycycline", "Oracea is a 40 mg capsule for rosacea. Compared with regular 100 mg tablets twice a day, it upset fewer stomachs."),
    ("doxycycline", "Oracea is a 40 mg capsule for rosacea. The low dose works same good like the normal dose of 100 mg."),
]


@pytest.mark.parametrize(("drug", "body"), NOT_FLAGGED, ids=[f"{d}-{i}" for i, (d, _) in enumerate(NOT_FLAGGED)])
def test_holdout78_dosage_wordings_are_not_flagged(project: Any, drug: str, body: str) -> None:
    assert dosage(project, drug, body) == []


@pytest.mark.parametrize(
    ("text", "daytimes"),
    [
        ("200 mg in the morning and 100 mg at night", ["morning", "night"]),
        ("In the morning 200 mg, in the evening 50 mg", ["morning", "evening"]),
        ("200 mg, in the morning, and 100 mg at night", ["morning", "night"]),
        ("100 mg on waking, 100 mg at lunchtime and 100 mg with his dinner", ["morning", "midday", "evening"]),
        ("100 mg with tea", [None]),
        ("100 mg twice a day in the morning", [None]),
    ],
)
def test_the_part_of_the_day_a_dose_is_taken_at(text: str, daytimes: list[str | None]) -> None:
    assert [d.daytime for d in find_doses(text)] == daytimes


def test_a_range_of_hours_is_read_at_both_ends() -> None:
    (dose,) = find_doses("50 to 100 mg every 4 to 6 hours as needed")
    assert (dose.daily_mg("low"), dose.daily_mg("high")) == (200, 600)
    (cap,) = find_doses("Don't go over 400 mg in 24 hours")
    assert cap.daily and cap.cap
