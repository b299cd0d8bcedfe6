"""Classes of wording the claim checks missed or misread, each written in several voices
(British, American, non-native): a reassurance ("don't worry, that's normal") is no negation of
the claim it reassures about; testimony reported and left standing ("plenty of people say it got
them over COVID") presents the use, hearsay the text rebuts does not; "for that" pointing at a
condition named later in its sentence ("for that too, after a video call about your ADHD"); tablets
named by their strength on one day ("On a bad day I've taken three of my 100s") are the day's
total; "Most people take their 10mg" is a usual dose, not a ceiling; an occasion opening its
sentence ("Before every match she takes propranolol"); alcohol withdrawal told by its symptoms.
Each case asserts what the writer sees: the finding, its rule and severity, or none."""

from __future__ import annotations

import pytest
from rule_runner import run_rule

from pipeline.findings import Severity

MISSTATEMENT = "accuracy.misstatement"
OFF_LABEL = "off-label.undisclosed"
ABOVE_MAX = "dosage.above-max"


def found(drug: str, body: str, rule_id: str) -> set[tuple[str, Severity]]:
    """(item, severity) of each finding of ``rule_id``: the misstatement or the condition ("" for a dose)."""
    return {(str(f.extra.get("misstatement") or f.extra.get("condition") or ""), f.severity) for f in run_rule(drug, body, rule_id)}


#: (body): reliever overuse told as normal, with a reassurance in between (albuterol).
REASSURED = [
    "If you find yourself needing it more often than usual, don't worry, that's normal.",
    "If you need your inhaler more often than usual, don't worry – it's completely normal.",
    "Needing it more often in winter? No need to panic, that's normal.",
    "If you use your blue inhaler more than usual, don't fret, it's to be expected.",
    "You may reach for your reliever more often in spring; don't be alarmed, this is normal.",
    "If you need more puffs than usual, not to worry, it is normal.",
    "If you are needing the puffer more often than before, do not worry, it is quite normal.",
    "When you use it more often than usual, don't stress, that's just the season.",
]

#: (body): the overuse said not to be normal: a negation that is no reassurance.
NOT_NORMAL = [
    "If you need it more often than usual, don't ignore it: that's not normal.",
    "Needing it more often than usual is not normal, so see your doctor.",
    "If you need it more often than usual, don't assume that's normal.",
]


@pytest.mark.parametrize("body", REASSURED)
def test_reassurance_is_no_negation(body: str) -> None:
    assert ("more-use-is-normal", Severity.WARNING) in found("albuterol", body, MISSTATEMENT)


@pytest.mark.parametrize("body", NOT_NORMAL)
def test_overuse_said_not_normal_is_silent(body: str) -> None:
    assert found("albuterol", body, MISSTATEMENT) == set()


#: (drug, body, condition, severity): a use the article presents, also as testimony or with "for that".
PRESENTED = [
    ("ivermectin", "Plenty of people say it got them over COVID.", "COVID-19", Severity.WARNING),
    ("ivermectin", "Loads of people say ivermectin cleared their covid in days.", "COVID-19", Severity.WARNING),
    ("ivermectin", "Lots of my friends swear it got them through covid.", "COVID-19", Severity.WARNING),
    ("ivermectin", "Many people say it helped them get over COVID, and I believe them.", "COVID-19", Severity.WARNING),
    ("ivermectin", "Ivermectin got me over COVID in two days.", "COVID-19", Severity.WARNING),
    ("ivermectin", "My neighbours reckon it pulled them through covid.", "COVID-19", Severity.WARNING),
    ("bupropion", "Our doctors can prescribe bupropion for that too, after a short video call about your ADHD.", "ADHD", Severity.ERROR),
    ("bupropion", "We can sort that out for you too – bupropion works for adult ADHD.", "ADHD", Severity.ERROR),
    ("bupropion", "Bupropion? We prescribe it for that as well, if your ADHD is getting in the way.", "ADHD", Severity.ERROR),
    ("bupropion", "We can prescribe bupropion for that too, once we have talked about your ADHD.", "ADHD", Severity.ERROR),
    ("bupropion", "Yes, our prescribers use it for this as well if your ADHD makes work hard.", "ADHD", Severity.ERROR),
    (
        "bupropion",
        "Bupropion can be prescribed for that too, after an online chat about your attention deficit disorder.",
        "ADHD",
        Severity.ERROR,
    ),
    ("propranolol", "Before every match she takes propranolol so her hands don't shake on the free throws.", "anxiety", Severity.WARNING),
    ("propranolol", "Before concerts she takes propranolol so her hands don't shake.", "anxiety", Severity.WARNING),
    ("propranolol", "Ahead of my driving test, I took one propranolol.", "anxiety", Severity.WARNING),
    ("propranolol", "Before a big race he always takes a propranolol.", "anxiety", Severity.WARNING),
    (
        "gabapentin",
        "My counsellor said gabapentin would help with the shakes when I stopped drinking.",
        "alcohol use disorder",
        Severity.WARNING,
    ),
    ("gabapentin", "Gabapentin helped with the sweats after I gave up the booze.", "alcohol use disorder", Severity.WARNING),
    ("gabapentin", "My GP gave me gabapentin for the shakes when I quit drinking.", "alcohol use disorder", Severity.WARNING),
]

#: (drug, body): hearsay the text rebuts, a condition set apart from "for that", advice: no use presented.
NOT_PRESENTED = [
    ("ivermectin", "Some people say it cures COVID, but the trials showed it doesn't."),
    ("ivermectin", "Many people say ivermectin treats COVID; large trials found no benefit."),
    ("ivermectin", "Plenty of people say it got them over COVID. There is no good evidence that it works."),
    ("bupropion", "Doctors prescribe it for that too, but not for your ADHD."),
    ("bupropion", "Our doctors prescribe it for that, and it can cause insomnia."),
    ("propranolol", "Before a tournament, do not take propranolol without asking your doctor."),
    ("propranolol", "Before surgery, tell your doctor you take propranolol."),
]


@pytest.mark.parametrize(("drug", "body", "condition", "severity"), PRESENTED)
def test_use_presented_is_reported(drug: str, body: str, condition: str, severity: Severity) -> None:
    assert (condition, severity) in found(drug, body, OFF_LABEL)


#: (body): a COVID recovery credited to ivermectin as a story: the misstatement is the one error on
#: the sentence, the undisclosed off-label use beside it a warning.
CREDITED = [
    "Lots of my friends swear it got them through covid.",
    "My neighbours reckon it pulled them through covid.",
    "Ivermectin got me over COVID in two days.",
]


@pytest.mark.parametrize("body", CREDITED)
def test_recovery_credited_is_one_error(body: str) -> None:
    assert found("ivermectin", body, MISSTATEMENT) == {("covid-treatment", Severity.ERROR)}
    assert found("ivermectin", body, OFF_LABEL) == {("COVID-19", Severity.WARNING)}


@pytest.mark.parametrize(("drug", "body"), NOT_PRESENTED)
def test_use_not_presented_is_silent(drug: str, body: str) -> None:
    assert found(drug, body, OFF_LABEL) == set()


#: (drug, body, severity): a day's tablets named by their strength, above the label's daily maximum.
DAY_OF_STRENGTHS = [
    ("sertraline", "On a bad day I've taken three of my 100s.", Severity.WARNING),
    ("sertraline", "On a rough day, I'll have three of my 100s.", Severity.WARNING),
    ("escitalopram", "Some days I take three of the 10s.", Severity.WARNING),
    ("quetiapine", "Some nights I take four of the 300s.", Severity.WARNING),
    ("sertraline", "I took three of my 100s yesterday.", Severity.WARNING),
    ("escitalopram", "On my worst days she pop four 10s.", Severity.WARNING),
    ("sertraline", "The tablets come in 50 mg and 100 mg. On a bad day I've taken three of my 100s.", Severity.ERROR),
]

#: (drug, body): within the label, or no day's total.
NO_DAY_OVER = [
    ("sertraline", "On a bad day I've taken one of my 100s."),
    ("sertraline", "Some days I take two of the 50s."),
    ("sertraline", "She was in her 50s one day when she started sertraline."),
]


@pytest.mark.parametrize(("drug", "body", "severity"), DAY_OF_STRENGTHS)
def test_day_of_strengths_above_max(drug: str, body: str, severity: Severity) -> None:
    assert ("", severity) in found(drug, body, ABOVE_MAX)


@pytest.mark.parametrize(("drug", "body"), NO_DAY_OVER)
def test_day_of_strengths_within(drug: str, body: str) -> None:
    assert found(drug, body, ABOVE_MAX) == set()


#: (drug, body): a usual dose ("most people take") is no ceiling: the schedule beside it is multiplied out.
USUAL_THEN_OVER = [
    ("escitalopram", "Most people take their 10mg a day. My psychiatrist has me on 10 mg three times a day."),
    ("escitalopram", "Most adults take 10 mg a day. I take 10 mg three times a day."),
    ("escitalopram", "Most patients need 10 mg daily. She takes 10 mg three times a day."),
    ("escitalopram", "Most folk do fine on 10 mg a day. He is taking 10 mg three times daily."),
]

#: (drug, body): a ceiling beside the schedule governs it ("the most you should take", "no more than").
CEILING_BESIDE = [
    ("escitalopram", "No more than 20 mg a day. Take 10 mg three times a day."),
    ("escitalopram", "The most you should take is 20 mg a day. Take 10 mg three times a day."),
    ("escitalopram", "Never exceed 20 mg a day. Take 10 mg three times a day."),
]


@pytest.mark.parametrize(("drug", "body"), USUAL_THEN_OVER)
def test_usual_dose_is_no_ceiling(drug: str, body: str) -> None:
    assert ("", Severity.ERROR) in found(drug, body, ABOVE_MAX)


@pytest.mark.parametrize(("drug", "body"), CEILING_BESIDE)
def test_ceiling_beside_governs(drug: str, body: str) -> None:
    assert found(drug, body, ABOVE_MAX) == set()
