"""Off-label uses and doses above the label by wording class, from what holdout13/holdout14
missed or flagged wrongly: a use said by "it" beside several products of one molecule, each
with uses of its own ("Cialis is for ED ... a version sold as Adcirca treats PAH, but we
prescribe it for ED only": no error; "we prescribe Adcirca for ED" still is); tablets of a
strength named by its number alone, spread over the day ("three of the 100s spread over the
day"); an extra half tablet on top of the day's tablet; a tablet count at each dose, up to N
times in 24 hours; a weekly injection told as daily in a paragraph naming no drug, the article
having named the weekly brand before. Each class is written in several voices (leaflet, blog,
British English, non-native English) besides the draft's own wording; each case asserts what
the writer would see: the finding with its rule id and severity, or none."""

from __future__ import annotations

import pytest
from rule_runner import run_rule


def found(drug: str, body: str, rule_id: str) -> list[tuple[str, str]]:
    """(rule, severity) of each finding of ``rule_id`` in an article about ``drug``."""
    return [(f.rule, f.severity.value) for f in run_rule(drug, body, rule_id)]


OFF_LABEL = "off-label.undisclosed"

#: (drug, body): a use said by "it" beside a product approved for it: no undisclosed use.
PRODUCT_APPROVED_NEARBY = [
    (
        "tadalafil",
        "Tadalafil, the active ingredient in Cialis, is a prescription medicine for erectile dysfunction (ED). It's also "
        "approved for the urinary symptoms of an enlarged prostate (BPH), and a version sold as Adcirca treats pulmonary "
        "arterial hypertension, but at Stride we prescribe it for ED only.",
    ),
    (
        "tadalafil",
        "Cialis treats erectile dysfunction. Adcirca, the same medicine, is for pulmonary arterial hypertension, "
        "and we only prescribe it for ED.",
    ),
    (
        "tadalafil",
        "Cialis is licensed for erection problems; under the name Adcirca it is also given for lung hypertension, "
        "but our clinic uses it for erection problems only.",
    ),
    (
        "tadalafil",
        "Cialis is medicine for erectile dysfunction. The other brand Adcirca is for pulmonary arterial hypertension, "
        "but we give it only for ED.",
    ),
    (
        "bupropion",
        "Bupropion is sold as Wellbutrin XL for depression and as Zyban to help people stop smoking, "
        "but our doctors mostly prescribe it for depression.",
    ),
    ("semaglutide", "Wegovy is the weight-loss version and Ozempic the diabetes one; my clinic only prescribes it for type 2 diabetes."),
]

#: (drug, body, condition): a use said of the product itself, or a generic naming nothing: still an error.
SAID_OF_THE_PRODUCT = [
    ("tadalafil", "Cialis is for ED and BPH; Adcirca is for PAH. We prescribe Adcirca for impotence too.", "erectile dysfunction"),
    ("tadalafil", "Adcirca is also used for erectile dysfunction.", "erectile dysfunction"),
    (
        "bupropion",
        "Bupropion is sold as Wellbutrin XL for depression and as Zyban to help people stop smoking, "
        "and our doctors prescribe Zyban for depression as well.",
        "depression",
    ),
    (
        "semaglutide",
        "Ozempic is for type 2 diabetes and Wegovy, the same molecule, is for weight loss, "
        "but my doctor prescribes Ozempic for weight loss.",
        "weight loss",
    ),
    ("semaglutide", "Semaglutide (the stuff in Ozempic) is a diabetes medicine, and my GP gave me Ozempic to lose weight.", "weight loss"),
]


#: (drug, body, condition): a use told by giving it to people whose condition it is (lithium: bipolar disorder only).
GIVEN_TO_PEOPLE_WHOSE = [
    (
        "lithium",
        "Lithium is used for bipolar disorder. It is also given to older adults whose depression keeps returning\n"
        "despite antidepressants, as an add-on to help them finally stay well.",
        "depression",
    ),
    ("lithium", "Lithium is sometimes prescribed to patients whose depression hasn't lifted on antidepressants alone.", "depression"),
    ("lithium", "Psychiatrists also give it to people whose depression keeps coming back.", "depression"),
    ("lithium", "It's offered to adults with depression that won't shift, on top of their antidepressant.", "depression"),
    ("lithium", "Lithium is also given to people who have depression that comes back again and again.", "depression"),
    ("lithium", "Lithium is given to sufferers whose depression is not getting better, together with antidepressant.", "depression"),
]

#: (drug, body): the approved use told the same way.
GIVEN_FOR_THE_APPROVED_USE = [
    ("lithium", "Lithium is given to people whose bipolar disorder causes severe highs."),
    ("lithium", "It is offered to adults with bipolar disorder to prevent future highs and lows."),
]


@pytest.mark.parametrize(("drug", "body", "condition"), GIVEN_TO_PEOPLE_WHOSE)
def test_use_given_to_people_whose_condition_is_reported(drug: str, body: str, condition: str) -> None:
    assert condition in [f.extra["condition"] for f in run_rule(drug, body, OFF_LABEL)]


@pytest.mark.parametrize(("drug", "body"), GIVEN_FOR_THE_APPROVED_USE)
def test_approved_use_given_to_people_is_not_reported(drug: str, body: str) -> None:
    assert found(drug, body, OFF_LABEL) == []


@pytest.mark.parametrize(("drug", "body"), PRODUCT_APPROVED_NEARBY)
def test_use_approved_for_a_product_named_nearby_is_not_reported(drug: str, body: str) -> None:
    assert found(drug, body, OFF_LABEL) == []


@pytest.mark.parametrize(("drug", "body", "condition"), SAID_OF_THE_PRODUCT)
def test_use_said_of_a_product_not_approved_for_it_is_an_error(drug: str, body: str, condition: str) -> None:
    findings = run_rule(drug, body, OFF_LABEL)
    assert (condition, "error") in [(f.extra["condition"], f.severity.value) for f in findings]


ABOVE_MAX = "dosage.above-max"
ERROR = (ABOVE_MAX, "error")

#: (drug, body): a day's tablets above the label maximum, told by counts.
ABOVE = [
    # -- tablets of a strength named by its number alone, over the day (sumatriptan: 200 mg a day) --
    (
        "sumatriptan",
        "Most adults are on a 50 or a 100 milligram tablet. If the headache comes back, you can take another one. "
        "And on a really rough day you can go to a third tablet in the evening, so three of the 100s spread over the day is fine.",
    ),
    ("sumatriptan", "It comes as 50 mg and 100 mg tablets. Plenty of people take three of the 100s across the day."),
    ("sumatriptan", "The 100 mg tablets work best for me. I take 3 x 100s over the day when it's bad."),
    ("sumatriptan", "My GP gave me the 100 mg tablets, and on bad days I take three of my 100's throughout the day."),
    ("sumatriptan", "She have the 100 mg tablet. Sometimes she take three of the 100s through the day."),
    # -- an extra part of a tablet on top of the day's tablet (phentermine: 37.5 mg a day) --
    (
        "phentermine",
        "My doctor started me on the 37.5 mg tablet, one every morning before breakfast.\n\n"
        "Pro tip: lots of the girls in my group chat take an extra half tablet after lunch on top of the morning one.",
    ),
    ("phentermine", "I'm on the 37.5 mg tablet in the morning. Some people take another half a tablet at lunchtime."),
    ("phentermine", "The usual tablet is 37.5 mg. Loads of us have a further half of a pill mid-afternoon."),
    ("phentermine", "I take the 37.5 mg tablet every morning and pop an extra half-tab around 2pm."),
    ("phentermine", "He take the 37.5 mg tablet in morning. Then he take one more half tablet after lunch."),
    # -- tablets at each dose, up to N times in 24 hours (tizanidine: 36 mg a day) --
    (
        "tizanidine",
        "If the spasms are bad, a resident can have three of the 4 mg tablets at each dose,\nup to four times in 24 hours.",
    ),
    ("tizanidine", "Give three 4 mg tablets per dose, four times a day."),
    ("tizanidine", "Take three 4mg tablets at a time, up to 4 times in any 24 hours."),
    ("tizanidine", "She can take 3 tablet of 4 mg each time, four time per day."),
    ("tizanidine", "Patients may be given 12 mg for each dose, every six hours."),
]

#: (drug, body): within the label.
WITHIN = [
    ("phentermine", "Take half a 37.5 mg tablet in the morning and another half tablet after lunch."),
    ("sumatriptan", "It comes as 50 mg and 100 mg tablets. Some people need two of the 100s spread over the day."),
    ("tizanidine", "Give two 4 mg tablets per dose, up to three times in 24 hours."),
    ("tizanidine", "Take 4 mg at each dose, three times a day."),
]


@pytest.mark.parametrize(("drug", "body"), ABOVE)
def test_day_above_the_label_is_reported(drug: str, body: str) -> None:
    assert ERROR in found(drug, body, ABOVE_MAX)


@pytest.mark.parametrize(("drug", "body"), WITHIN)
def test_day_within_the_label_is_not_reported(drug: str, body: str) -> None:
    assert found(drug, body, ABOVE_MAX) == []


WEEKLY_DAILY = "dosage.weekly-taken-daily"

#: (drug, body): a weekly injection given a daily schedule in a paragraph naming no drug, the
#: article having named the weekly brand before: a warning (the product is inferred).
DAILY_OF_WEEKLY = [
    ("semaglutide", "I've been on Ozempic since spring.\n\nYou start on 0.25 mg\na day for the first month, then go up to 0.5 mg."),
    ("semaglutide", "My Ozempic journey so far.\n\nThe starting dose is 0.25 mg daily for four weeks."),
    ("semaglutide", "Ozempic changed my life.\n\nI inject 0.5 mg every day in my tummy."),
    ("semaglutide", "My GP put me on Ozempic.\n\nShe told me do 0.25 mg each day first month."),
]


@pytest.mark.parametrize(("drug", "body"), DAILY_OF_WEEKLY)
def test_weekly_product_told_daily_is_reported(drug: str, body: str) -> None:
    assert (WEEKLY_DAILY, "warning") in found(drug, body, WEEKLY_DAILY)


def test_weekly_schedule_is_not_reported() -> None:
    assert (
        found("semaglutide", "I've been on Ozempic since spring.\n\nYou start on 0.25 mg once a week for the first month.", WEEKLY_DAILY)
        == []
    )
