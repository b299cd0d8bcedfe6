"""Off-label and dosage by wording class (holdout5/holdout6 misses and false errors): cravings
for a drink are alcohol use disorder, not "addiction"; "works against" a condition; a condition
fixed by the drug named after it ("whether it's BV or thrush, a week of it sorts things out");
an occasion with a long name ("before the best man's speech"); premature ejaculation and
dementia in lay words; what a person told the doctor, then the drug prescribed; and wordings
that are not an off-label use: the migraine's own headache, bare bacterial infections for an
antibiotic approved for named ones, another medicine's use in a later clause, "isn't approved"
as a disclosure. Dosage: a second tablet the same day with no amount beside it, and a weekly
product's capsule taken on a daily schedule later in its sentence. The wordings were written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from test_dose_safety_classes import drug_findings, rules_of
from test_off_label_classes import off_label

from pipeline.concepts.doses import find_doses, find_tablet_counts

FLAGGED = [
    # cravings for a drink, staying sober: alcohol use disorder
    ("baclofen", "Plenty of people in recovery rely on baclofen to curb their cravings for a drink.", "alcohol use disorder"),
    ("baclofen", "My uncle takes baclofen to help him stay off the booze.", "alcohol use disorder"),
    ("gabapentin", "Some addiction clinics give gabapentin to ease the urge to drink.", "alcohol use disorder"),
    ("topiramate", "Her doctor prescribed topiramate to help her keep sober.", "alcohol use disorder"),
    # works against / works on a condition
    ("hydroxychloroquine", "It worked against the coronavirus as well, early reports claimed.", "COVID-19"),
    ("ivermectin", "Ivermectin turned out to work against COVID-19, a friend told me.", "COVID-19"),
    ("valacyclovir", "Valacyclovir works wonders on tinnitus, one reader wrote.", "tinnitus"),
    # a fix pointing back at the conditions named before the drug
    ("metronidazole", "Whether it turns out to be thrush or BV, a course of metronidazole sorts it out.", "yeast infections"),
    ("metronidazole", "If it's a yeast infection, metronidazole usually clears it up within a week.", "yeast infections"),
    ("valacyclovir", "Cold sores or a UTI, a week of valacyclovir sees it off.", "infections"),
    # an occasion with a long or compound name
    (
        "metoprolol",
        "Dave takes metoprolol for his blood pressure. "
        "His GP gave him an extra dose to take an hour before the father-of-the-bride speech.",
        "anxiety",
    ),
    ("propranolol", "She takes half a tablet before her best man's toast.", "anxiety"),
    ("propranolol", "I took one before my driving test and my hands were steady.", "anxiety"),
    # premature ejaculation in lay words, told to the doctor, then the drug prescribed
    ("paroxetine", "When he told his GP he was finishing too quickly, she prescribed paroxetine.", "premature ejaculation"),
    ("sertraline", "Sertraline helps men who come too soon last longer.", "premature ejaculation"),
    ("paroxetine", "Some men take paroxetine to last longer in bed.", "premature ejaculation"),
    (
        "sertraline",
        "After I told my doctor I was climaxing within a couple of minutes, I walked out with a sertraline prescription.",
        "premature ejaculation",
    ),
    # dementia: residents, older people, behaviour in dementia
    ("risperidone", "The doctor gives risperidone to residents with dementia who shout at night.", "dementia"),
    ("quetiapine", "Quetiapine is often given to older people with Alzheimer's who get agitated.", "dementia"),
    ("risperidone", "Nursing homes use risperidone for agitation in dementia.", "dementia"),
    ("quetiapine", "Low-dose quetiapine is popular for sundowning.", "dementia"),
]


@pytest.mark.parametrize(("drug", "body", "condition"), FLAGGED, ids=[f"{d}-{i}" for i, (d, _, _) in enumerate(FLAGGED)])
def test_off_label_uses_in_holdout56_wordings_are_flagged(drug: str, body: str, condition: str) -> None:
    assert condition in off_label(drug, body)


def test_cravings_for_a_drink_are_not_addiction_in_general() -> None:
    assert off_label("baclofen", "Lots of people lean on baclofen to keep their cravings for a drink in check.") == ["alcohol use disorder"]


NOT_FLAGGED = [
    # the migraine's own headache, later in the paragraph that names the approved use
    (
        "sumatriptan",
        "Sumatriptan is used to treat migraine attacks. It belongs to the triptans. It helps to ease the headache and the nausea.",
    ),
    ("sumatriptan", "Sumatriptan treats migraine. It can relieve the headache within an hour."),
    # bare bacterial infections for an antibiotic approved for named ones
    ("azithromycin", "Our nurses prescribe it for some bacterial infections that are common in students."),
    ("azithromycin", "Azithromycin is used to treat certain bacterial infections."),
    ("ciprofloxacin", "Ciprofloxacin is an antibiotic for bacterial infections."),
    # another medicine's use in a later clause
    ("lisinopril", "Painkillers like ibuprofen can make lisinopril work less well; for headache paracetamol is usually fine."),
    ("lisinopril", "Lisinopril lowers blood pressure - for a cold, paracetamol is a safer choice than decongestants."),
    # a side effect reported to the doctor while on the drug is not a use
    ("sertraline", "After starting sertraline, she told her doctor she was having headaches."),
    # "isn't approved" discloses
    ("bupropion", "Bupropion is sometimes used for weight loss, but it isn't approved for that on its own."),
    ("gabapentin", "Gabapentin for hot flushes? It hasn't been approved for that, though some doctors use it."),
    # the body's own defences are no use of the drug
    ("mirtazapine", "Rarely, mirtazapine lowers the white blood cells that fight infection."),
]


@pytest.mark.parametrize(("drug", "body"), NOT_FLAGGED, ids=[f"{d}-{i}" for i, (d, _) in enumerate(NOT_FLAGGED)])
def test_symptoms_categories_other_clauses_and_disclosures_pass(drug: str, body: str) -> None:
    assert off_label(drug, body) == []


def test_other_headaches_are_not_the_migraines() -> None:
    body = "Sumatriptan treats migraine. Some people also use it to ease other headaches."
    assert off_label("sumatriptan", body) == ["headache"]
    assert off_label("sumatriptan", "Sumatriptan treats migraine. My sister takes it for her tension headaches.") == ["headache"]


def test_bare_infections_of_another_kind_stay_off_label() -> None:
    assert "infections" in off_label("azithromycin", "Azithromycin is sometimes given for fungal infections.")


# -- dosage -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "tablets"),
    [
        ("On bad days I just take a second one at bedtime.", 2.0),
        ("Some readers take another tablet later that evening.", 2.0),
        ("If it wears off, an extra pill in the afternoon helps.", 2.0),
        ("You can take one more capsule before bed.", 2.0),
        ("Take another tablet the next day.", None),
        ("Do not take a second tablet if you miss a dose.", None),
        ("It also comes as another tablet of a different strength.", None),
    ],
)
def test_a_second_tablet_the_same_day_is_two_tablets(text: str, tablets: float | None) -> None:
    counts = find_tablet_counts(text)
    assert (counts[0].daily_tablets() if counts else None) == tablets


@pytest.mark.parametrize(
    ("drug", "body", "flagged"),
    [
        ("cetirizine", "The dose is one 10 mg tablet once a day.\n\nWhen the pollen is bad I take a second one at bedtime.", True),
        ("cetirizine", "Zyrtec comes as 10 mg tablets.\n\nOn the worst days, another tablet in the evening keeps me going.", True),
        ("cetirizine", "The dose is one 10 mg tablet once a day.\n\nIf you forget, do not take a second one to make up for it.", False),
        ("cetirizine", "The dose is one 10 mg tablet once a day.\n\nTake another tablet the next day at the same time.", False),
    ],
)
def test_a_second_tablet_counts_against_the_strength_named(project: Any, drug: str, body: str, flagged: bool) -> None:
    found = rules_of(drug_findings(project, f"# Cetirizine\n\n{body}\n", [drug]), "dosage.above-max")
    assert bool(found) == flagged, found


@pytest.mark.parametrize(
    ("text", "daily"),
    [
        ("It comes as a 90 mg capsule, and you take one each morning with breakfast.", True),
        ("It is a 7.5 mg tablet that you swallow every day.", True),
        ("The pen holds a 2.5 mg dose, and you take it daily.", True),
        ("It is a 90 mg capsule; never take it every day.", False),
        ("It is a 90 mg capsule taken once a week.", False),
        ("It is a 90 mg capsule.", False),
    ],
)
def test_a_schedule_later_in_the_sentence_is_the_amounts(text: str, daily: bool) -> None:
    (dose,) = find_doses(text)
    assert dose.every_day == daily


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Your doctor may switch you to Prozac Weekly. It comes as a 90 mg capsule, and you take one each morning.", True),
        ("Prozac Weekly is a 90 mg capsule that you take every morning with breakfast.", True),
        ("Prozac Weekly is a 90 mg capsule that you take once a week, on the same day each week.", False),
    ],
)
def test_a_weekly_capsule_taken_each_morning(project: Any, body: str, flagged: bool) -> None:
    found = rules_of(drug_findings(project, f"# Fluoxetine\n\n{body}\n", ["fluoxetine"]), "dosage.weekly-taken-daily")
    assert bool(found) == flagged, found
