"""Wordings the lead tried at the fiftieth stop, in voices of their own; each test is a class with its near misses.
First, before any fix helper started: an infection said to clear overnight or by the next morning, polycystic ovaries
told as cysts on both ovaries, and a medicine taken with alcohol as a habit praised by how well the person sleeps or
feels. Then a second set, written before the helpers started and shown to none of them, mended after them: a medicine
that carries someone through a stretch of a trouble or lets a relative sleep, duloxetine for the ache of arthritic knees
(its approved osteoarthritis pain), a boxed mood warning denied as "no mood side effects", birth control said not to be
needed on isotretinoin, greens said to make no difference to warfarin, and a slow antidepressant said to work from the
first tablet."""

from __future__ import annotations

import pytest
from rule_runner import findings, run_rule


@pytest.mark.parametrize(
    "drug, body",
    [
        ("amoxicillin", "Amoxicillin clears up a sinus infection overnight."),
        ("amoxicillin", "Amoxicillin clears up a sinus infection in a day."),
        ("amoxicillin", "It gets rid of strep throat by the next morning."),
        ("doxycycline", "Doxy knocked my chlamydia out by the following morning, no joke."),
    ],
)
def test_an_infection_said_to_clear_overnight_or_by_morning_is_a_rapid_onset_claim(drug: str, body: str) -> None:
    assert findings(drug, body, "unsupported-claim.rapid-onset"), body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("amoxicillin", "It may clear a mild infection within a day."),
        ("amoxicillin", "It clears up most chest infections within a week."),
        ("amoxicillin", "You should feel better by the next morning, but finish the course."),
    ],
)
def test_a_hedged_clearing_days_or_feeling_better_is_not(drug: str, body: str) -> None:
    assert findings(drug, body, "unsupported-claim.rapid-onset") == [], body


@pytest.mark.parametrize(
    "body",
    [
        "Lots of women with irregular periods and cysts on their ovaries are handed metformin to get things back on track.",
        "My sister has cysts on her ovaries and her doctor put her on metformin.",
    ],
)
def test_cysts_on_both_ovaries_then_metformin_is_an_undisclosed_pcos_use(body: str) -> None:
    found = run_rule("metformin", body, "off-label.undisclosed")
    assert [f.severity.value for f in found] == ["warning"], body
    assert "PCOS" in found[0].message


@pytest.mark.parametrize(
    "body",
    [
        "An ultrasound found a cyst on her left ovary; metformin is for her diabetes.",
        "Her scan showed no cysts on her ovaries, and she takes metformin for type 2 diabetes.",
    ],
)
def test_one_cyst_or_none_is_not_pcos(body: str) -> None:
    assert findings("metformin", body, "off-label.undisclosed") == [], body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("zolpidem", "I take my Ambien with a glass of wine every night and sleep like a baby."),
        ("alprazolam", "I wash my Xanax down with a beer most nights and feel great."),
    ],
)
def test_a_drink_with_the_medicine_praised_as_a_habit_is_alcohol_declared_harmless(drug: str, body: str) -> None:
    found = run_rule(drug, body, "accuracy.misstatement")
    assert [f.severity.value for f in found] == ["error"], body
    assert "alcohol" in found[0].message.lower()


@pytest.mark.parametrize(
    "drug, body",
    [
        ("zolpidem", "I take my Ambien every night and sleep like a baby; I don't drink at all."),
        ("alprazolam", "Mixing Xanax with beer can stop your breathing. I take mine at night and feel great."),
        ("zolpidem", "I used to have a glass of wine with my Ambien. Since I stopped drinking I sleep like a baby."),
        ("zolpidem", "Never take Ambien with a glass of wine."),
    ],
)
def test_sleeping_well_without_a_drink_after_a_warning_or_after_stopping_is_not(drug: str, body: str) -> None:
    assert findings(drug, body, "accuracy.misstatement") == [], body


# The second spot check (written before the helpers started and shown to none of them), mended after them.


@pytest.mark.parametrize(
    "drug, body",
    [
        ("clonidine", "Clonidine patches got him through the first week of coming off heroin."),
        ("clonidine", "Clonidine patches helped him get through the first week of coming off heroin."),
        ("gabapentin", "Gabapentin got her through the worst of the hot flushes."),
        ("quetiapine", "A small dose of Seroquel is what finally lets my dad nod off before midnight."),
        ("trazodone", "Half a trazodone at bedtime is what most of us on the ward use to get a decent night."),
    ],
)
def test_a_medicine_that_carries_someone_through_a_stretch_or_lets_a_relative_sleep_is_a_use(drug: str, body: str) -> None:
    assert findings(drug, body, "off-label.undisclosed"), body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("gabapentin", "Gabapentin is used for nerve pain after shingles. It can make you drowsy for the first weeks of treatment."),
        ("clonidine", "Clonidine lowers blood pressure; the worst of the side effects is a dry mouth."),
        ("quetiapine", "Seroquel can make you nod off at your desk, so take it at night."),
        ("trazodone", "We wished everyone a good night and handed out the trazodone leaflets."),
    ],
)
def test_a_stretch_of_treatment_a_side_effect_or_a_night_wished_is_not(drug: str, body: str) -> None:
    assert findings(drug, body, "off-label.undisclosed") == [], body


@pytest.mark.parametrize(
    "body",
    [
        "My physio said Cymbalta would help the ache in my knees from arthritis.",
        "Her doctor suggested Cymbalta for the arthritis in both knees.",
    ],
)
def test_duloxetine_for_the_ache_of_arthritic_joints_is_its_approved_osteoarthritis_pain(body: str) -> None:
    assert findings("duloxetine", body, "off-label.undisclosed") == [], body


@pytest.mark.parametrize(
    "drug, body, rule",
    [
        ("montelukast", "Singulair is gentle: there are no mood or behaviour side effects to worry about.", "accuracy.misstatement"),
        ("montelukast", "Good news: it has no mental health side effects.", "accuracy.misstatement"),
        ("isotretinoin", "You don't really need birth control on Accutane as long as you're careful.", "accuracy.misstatement"),
        ("warfarin", "Cranberry juice and big leafy salads make no difference to warfarin, so eat what you like.", "accuracy.misstatement"),
        ("warfarin", "Spinach makes no difference to warfarin, so eat what you like.", "accuracy.misstatement"),
        ("citalopram", "Celexa starts lifting your mood from the very first tablet.", "unsupported-claim.rapid-onset"),
        ("escitalopram", "You'll feel brighter from day one on Lexapro.", "unsupported-claim.rapid-onset"),
    ],
)
def test_a_boxed_warning_denied_a_diet_waved_off_or_a_slow_benefit_from_the_first_tablet_is_reported(
    drug: str, body: str, rule: str
) -> None:
    assert findings(drug, body, rule), body


@pytest.mark.parametrize(
    "drug, body, rule",
    [
        ("montelukast", "Most children have no mood side effects, but watch for nightmares or agitation.", "accuracy.misstatement"),
        ("montelukast", "Is it true there are no mood side effects? No: the label warns about them.", "accuracy.misstatement"),
        ("cetirizine", "There are no mood side effects to worry about with Zyrtec.", "accuracy.misstatement"),
        ("isotretinoin", "You don't need birth control if you choose abstinence and confirm it each month.", "accuracy.misstatement"),
        ("isotretinoin", "Men on Accutane don't need birth control, but must never share their capsules.", "accuracy.misstatement"),
        ("warfarin", "Keep your leafy salads steady from week to week; a sudden change can shift your INR.", "accuracy.misstatement"),
        ("warfarin", "A sudden switch to big leafy salads can make a real difference to your warfarin.", "accuracy.misstatement"),
        ("citalopram", "Nausea can start from the first dose, but the mood benefit takes weeks.", "unsupported-claim.rapid-onset"),
        ("ibuprofen", "Ibuprofen starts easing the pain from the first dose.", "unsupported-claim.rapid-onset"),
        ("citalopram", "Celexa may not lift your mood from the first tablet; give it four weeks.", "unsupported-claim.rapid-onset"),
    ],
)
def test_a_frequency_a_question_another_drug_an_exception_or_a_hedge_is_not(drug: str, body: str, rule: str) -> None:
    assert findings(drug, body, rule) == [], body


# What the probe of the older sets found after the helpers (each an older draft's wording that was silent before them).


@pytest.mark.parametrize(
    "drug, body",
    [
        ("glipizide", "**Weight.** A few of you asked whether it helps people lose weight. It does not."),
        ("levothyroxine", 'Brenda asked whether it was true that thyroid tablets help you lose weight. Gwen: "No."'),
        ("citalopram", "Bill asked whether it would help his sleep. Mr. Mbeki said that trouble sleeping is one of its side effects."),
        ("azithromycin", '## "Can I get some for my cold?"\n\nSeveral readers asked some version of this in November. The answer is no.'),
    ],
)
def test_a_question_reported_by_an_asker_and_answered_no_or_not_at_all_is_no_use(drug: str, body: str) -> None:
    assert findings(drug, body, "off-label.undisclosed") == [], body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("atorvastatin", "My sister says I have to take it at bedtime. Who's right?"),
        ("atorvastatin", "People argue about whether you have to take it at night. With atorvastatin you don't."),
        ("duloxetine", "Duloxetine is often lumped in with sertraline, but it is not an SSRI."),
        ("venlafaxine", "Venlafaxine is often lumped together with Prozac and Zoloft, but it belongs to a different family."),
    ],
)
def test_a_rule_asked_or_passed_on_as_a_question_or_a_grouping_turned_is_no_misstatement(drug: str, body: str) -> None:
    assert findings(drug, body, "accuracy.misstatement") == [], body


def test_a_programme_fee_that_includes_the_medicine_is_its_price() -> None:
    body = "Programme fees start at just £179 a month, with the medicine, delivery and nurse support included."
    assert findings("semaglutide", body, "promotional.price") == ["error"]


def test_a_comparison_then_sleeping_well_is_no_pairing_declared_harmless() -> None:
    body = (
        "Here's my hot take after trying both: famotidine outperforms omeprazole and Nexium for night-time heartburn, full"
        " stop. I take one before a late dinner and sleep like a baby."
    )
    assert findings("famotidine", body, "accuracy.misstatement") == []
