"""Misstatement wording classes from the holdout19/20 misses: a drug put in a wrong class by
naming the class's members ("in the same family as lisinopril and ramipril"), a controller
taken as a reliever when the chest tightens, and an interaction declared harmless."""

from __future__ import annotations

import pytest
from rule_runner import run_rule

RULE = "accuracy.misstatement"

#: (drug, sentence, misstatement id, severity): a wrong class stated through its members or in apposition.
WRONG_CLASS = [
    (
        "losartan",
        "Losartan belongs to the same family of blood pressure tablets as lisinopril and ramipril, the ACE inhibitors.",
        "wrong-class",
        "warning",
    ),
    ("losartan", "Losartan is in the same group as lisinopril and ramipril.", "wrong-class", "warning"),
    ("losartan", "Losartan is one of the -prils, like lisinopril and enalapril.", "wrong-class", "warning"),
    ("amlodipine", "Amlodipine works the same way as metoprolol and atenolol, the beta-blockers.", "wrong-class", "warning"),
    ("lisinopril", "Lisinopril is basically the same kind of drug as losartan.", "wrong-class", "warning"),
    ("buspirone", "Buspirone is in the same family as Xanax and Valium.", "not-a-benzodiazepine", "warning"),
    ("gabapentin", "Gabapentin belongs to the same class as oxycodone and morphine.", "is-an-opioid", "warning"),
    ("famotidine", "Famotidine is in the same class as omeprazole, so it works the same way.", "not-a-ppi-or-antacid", "warning"),
    ("duloxetine", "Cymbalta sits in the same bracket as Zoloft and Prozac.", "not-an-ssri", "warning"),
]

#: (drug, sentence): the right class, a denial, a contrast or another medicine's switch.
RIGHT_CLASS = [
    ("losartan", "Losartan is not an ACE inhibitor like lisinopril; it is an ARB."),
    ("losartan", "Unlike lisinopril and ramipril, the ACE inhibitors, losartan is an ARB."),
    ("losartan", "If the cough from lisinopril bothers you, your doctor may switch you to losartan."),
    ("amlodipine", "Amlodipine is often taken with a beta-blocker like metoprolol."),
    ("losartan", "Losartan, like valsartan and irbesartan, is an ARB."),
    ("losartan", "Losartan belongs to the same family as valsartan and irbesartan."),
    ("losartan", "Losartan is not in the same family as lisinopril."),
    ("losartan", "Some people think losartan is in the same family as lisinopril, but it is not."),
]

#: A controller taken as an attack comes on, or as a reliever.
RESCUE = [
    "If my chest starts to tighten halfway through a tempo run anyway, that's when I take one: it settles things down.",
    "When it gets tight on a run, I take my montelukast and it calms down.",
    "At the first wheeze, give your child a Singulair chewable.",
    "Singulair works well as a reliever when your breathing tightens up.",
    "I use montelukast as my reliever.",
    "When my chest tightens up, that's when I reach for a montelukast.",
]

#: Refused, corrected, or taken daily whatever the chest does.
NOT_RESCUE = [
    "Don't take montelukast when your chest gets tight; use your rescue inhaler.",
    "Montelukast is not a reliever: when your chest tightens, use your blue inhaler.",
    "Take montelukast every evening, even when your chest feels fine.",
    "If your chest starts to tighten, use your blue inhaler, not montelukast.",
]


def _items(drug: str, body: str) -> list[tuple[str, str]]:
    return [(str(f.extra.get("misstatement")), f.severity.value) for f in run_rule(drug, body, RULE)]


@pytest.mark.parametrize(("drug", "body", "item", "severity"), WRONG_CLASS)
def test_wrong_class_by_members_is_flagged(drug: str, body: str, item: str, severity: str) -> None:
    assert (item, severity) in _items(drug, body)


@pytest.mark.parametrize(("drug", "body"), RIGHT_CLASS)
def test_right_class_or_denied_stays_quiet(drug: str, body: str) -> None:
    assert _items(drug, body) == []


@pytest.mark.parametrize("body", RESCUE)
def test_controller_taken_as_rescue_is_an_error(body: str) -> None:
    assert ("stops-asthma-attacks", "error") in _items("montelukast", body)


@pytest.mark.parametrize("body", NOT_RESCUE)
def test_controller_refused_as_rescue_stays_quiet(body: str) -> None:
    assert _items("montelukast", body) == []


#: (drug, sentence, interaction id): an interacting medicine or drink named beside the drug, then declared harmless.
HARMLESS = [
    ("alprazolam", "One Xanax and a glass of red never hurt anyone.", "alcohol-cns-depressants"),
    ("warfarin", "Ibuprofen plus warfarin is fine for most people.", "bleeding-risk-drugs"),
]

#: The pair named, then warned against or set against a safe alternative.
NOT_HARMLESS = [
    ("alprazolam", "Xanax and alcohol is not fine: the combination can stop your breathing."),
    ("alprazolam", "One Xanax and a glass of red can be dangerous."),
    ("warfarin", "Warfarin and ibuprofen are a risky pair; paracetamol is fine."),
    ("alprazolam", "Never mix Xanax and alcohol."),
]


@pytest.mark.parametrize(("drug", "body", "item"), HARMLESS)
def test_pair_declared_harmless_is_an_error(drug: str, body: str, item: str) -> None:
    assert (item, "error") in _items(drug, body)


@pytest.mark.parametrize(("drug", "body"), NOT_HARMLESS)
def test_pair_warned_against_stays_quiet(drug: str, body: str) -> None:
    assert _items(drug, body) == []


#: Driving the morning after zolpidem said to be fine (the next-day-impairment warning's tier: a warning).
NEXT_MORNING = [
    "Driving to work the next morning is no problem.",
    "You can drive first thing, no hangover at all.",
    "The next morning you'll be fine to drive the kids to school.",
    "Ambien won't affect your driving the next day.",
    "Honestly, the school run the following morning has been fine for me.",
]

#: The warning itself, a quoted myth corrected, a denial.
NOT_NEXT_MORNING = [
    "Do not drive the next morning until you feel fully awake.",
    "Some people think driving the next morning is fine, but the label warns against it.",
    "Driving the next morning is not safe after a 10 mg dose.",
    "You can't drive the next morning after 10 mg.",
]


@pytest.mark.parametrize("body", NEXT_MORNING)
def test_next_morning_driving_declared_fine_is_flagged(body: str) -> None:
    assert ("next-morning-driving-fine", "warning") in _items("zolpidem", body)


@pytest.mark.parametrize("body", NOT_NEXT_MORNING)
def test_next_morning_driving_warned_stays_quiet(body: str) -> None:
    assert _items("zolpidem", body) == []
