"""Wordings the lead tried at the forty-eighth stop, before any fix helper started, in voices of their own; each
test is a class with its near misses: an interaction declared harmless after the drug is set as the reader's
condition ("If you take warfarin, ...", "On warfarin? ..."), a nitrate by its lay or British name, a pack's heading
then its count ("500 mg: two every four hours"), leftover antibiotics kept for next time, an SSRI put among the
benzodiazepines, a drug said to be "the quickest way to" a trouble, a trouble told as constant, a medicine's name
written in lower case after "I take a", a racing head at midnight, hands that tremble at recitals, appetite brought
back, and the weight melted off."""

from __future__ import annotations

import pytest
from rule_runner import findings, run_rule


@pytest.mark.parametrize(
    "drug, body",
    [
        ("warfarin", "On warfarin? A couple of ibuprofen for a headache won't do you any harm."),
        ("warfarin", "If you take warfarin, a couple of ibuprofen for a headache won't do you any harm."),
        ("alprazolam", "Taking Xanax? A glass of wine with dinner is no problem."),
        ("warfarin", "When you're on warfarin, the odd aspirin is perfectly fine."),
    ],
)
def test_an_interaction_declared_harmless_for_someone_on_the_drug_is_a_misstatement(drug: str, body: str) -> None:
    assert [f.severity.value for f in run_rule(drug, body, "accuracy.misstatement")] == ["error"], body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("warfarin", "If you're on warfarin, paracetamol is fine for a headache, but avoid ibuprofen."),
        ("warfarin", "On warfarin? Paracetamol is fine for a headache."),
        ("warfarin", "On warfarin? Never take ibuprofen; paracetamol is fine."),
        ("warfarin", "When you take warfarin, it is fine to eat leafy greens as long as the amount stays steady."),
    ],
)
def test_a_harmless_medicine_for_someone_on_the_drug_or_a_denied_one_is_not(drug: str, body: str) -> None:
    assert findings(drug, body, "accuracy.misstatement") == [], body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("sildenafil", "You can take Viagra alongside your angina spray, no problem at all."),
        ("tadalafil", "Cialis and a puff of GTN spray are fine together."),
    ],
)
def test_a_nitrate_by_its_lay_or_british_name_declared_fine_is_a_misstatement(drug: str, body: str) -> None:
    assert [f.severity.value for f in run_rule(drug, body, "accuracy.misstatement")] == ["error"], body


def test_the_nitrate_used_for_angina_is_not_the_pde5_inhibitors_use() -> None:
    assert findings("sildenafil", "Never take Viagra if you use a GTN spray for angina.", "off-label.undisclosed") == []


def test_a_packs_strength_then_its_count_with_no_verb_is_a_dose() -> None:
    body = "Tylenol Extra Strength 500 mg: two every four hours, round the clock, for as long as the toothache lasts."
    found = run_rule("acetaminophen", body, "dosage.above-max")
    assert [f.severity.value for f in found] == ["error"]
    assert "6,000 mg" in found[0].message


def test_a_packs_strength_then_a_count_within_the_label_is_not() -> None:
    body = "Tylenol Extra Strength 500 mg: two every six hours, no more than six in a day."
    assert findings("acetaminophen", body, "dosage.above-max") == []


@pytest.mark.parametrize(
    "drug, body",
    [
        ("amoxicillin", "Keep the leftover amoxicillin in the cupboard for the next time anyone in the house gets a sore throat."),
        ("azithromycin", "We always save the spare Z-Pak tablets just in case."),
        ("amoxicillin", "Mum always uses up the old amoxicillin when one of us gets an earache."),
    ],
)
def test_leftover_antibiotics_kept_for_a_later_illness_is_a_misstatement(drug: str, body: str) -> None:
    found = run_rule(drug, body, "accuracy.misstatement")
    assert [f.extra["misstatement"] for f in found] == ["keep-leftovers"], body


@pytest.mark.parametrize(
    "body",
    [
        "Never keep leftover amoxicillin for next time; take any tablets you don't need back to the pharmacy.",
        "Keep the bottle in the fridge and throw away any leftover medicine after 14 days.",
        "Keep amoxicillin out of the reach of children in case they swallow it.",
    ],
)
def test_leftovers_handed_back_or_a_storage_instruction_is_not(body: str) -> None:
    assert findings("amoxicillin", body, "accuracy.misstatement") == [], body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("sertraline", "Sertraline is one of the benzos, so it works the same afternoon you start it."),
        ("escitalopram", "Lexapro belongs to the same family as Xanax and Valium."),
    ],
)
def test_an_ssri_put_among_the_benzodiazepines_is_a_misstatement(drug: str, body: str) -> None:
    found = run_rule(drug, body, "accuracy.misstatement")
    assert [f.extra["misstatement"] for f in found] == ["not-a-benzodiazepine"], body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("fluoxetine", "Prozac is not a benzodiazepine."),
        ("paroxetine", "Paxil is a gentler alternative to benzodiazepines such as Xanax."),
        ("citalopram", "Your doctor may give a benzo for the first week while the citalopram starts to work."),
    ],
)
def test_an_ssri_set_apart_from_the_benzodiazepines_is_not(drug: str, body: str) -> None:
    assert findings(drug, body, "accuracy.misstatement") == [], body


@pytest.mark.parametrize(
    "drug, body, condition",
    [
        ("levothyroxine", "Levothyroxine is the quickest way to drop a dress size before the wedding.", "weight loss"),
        ("levothyroxine", "Honestly, it's the quickest way to drop a dress size.", "weight loss"),
        ("amitriptyline", "For the constant pins and needles in his feet, the podiatrist suggested amitriptyline.", "neuropathy"),
        ("hydroxyzine", "When my head won't stop whirring at midnight I take a hydroxyzine and I'm gone by half past.", "insomnia"),
        ("hydroxyzine", "When I can't sleep I take a hydroxyzine and I'm gone by half past.", "insomnia"),
        ("propranolol", "My hands used to tremble at piano recitals, so now I take one propranolol at lunchtime.", "anxiety"),
        (
            "mirtazapine",
            "Nan had stopped eating after her fall, so the geriatrician tried mirtazapine to bring her appetite back.",
            "poor appetite",
        ),
        ("metformin", "Metformin is the diabetes pill that also melts off the baby weight.", "weight loss"),
    ],
)
def test_an_unapproved_use_in_these_wordings_is_found(drug: str, body: str, condition: str) -> None:
    found = run_rule(drug, body, "off-label.undisclosed")
    assert [f.extra["condition"] for f in found] == [condition], body


@pytest.mark.parametrize(
    "drug, body",
    [
        ("metformin", "Walking is the best way to lose weight, and metformin treats diabetes."),
        ("metformin", "Diet and exercise are the best way to lose weight; metformin is for diabetes."),
        ("ibuprofen", "When I can't sleep I take a warm bath and I'm gone by half past."),
        ("mirtazapine", "Mirtazapine can increase your appetite, so watch your weight."),
        ("mirtazapine", "If you stop eating properly, stop taking mirtazapine and call your doctor."),
        ("metformin", "Exercise melts away the pounds; metformin treats diabetes."),
        ("propranolol", "His hands shake at rest and when he writes, so the neurologist started propranolol."),
        ("sertraline", "She tried sertraline to see if it would help, but stopped after a week."),
    ],
)
def test_near_misses_of_those_wordings_are_not(drug: str, body: str) -> None:
    assert findings(drug, body, "off-label.undisclosed") == [], body


# The second spot check (written before the fix helpers started and shown to none of them); mended after their work.


@pytest.mark.parametrize(
    "drug, body, rule",
    [
        ("topiramate", "Buy topiramate without a prescription from our trusted partner.", "promotional.sales-language"),
        ("finasteride", "My girlfriend's been taking a quarter of my Propecia for her thinning crown.", "accuracy.misstatement"),
        ("montelukast", "Take a Singulair the moment your chest starts to feel tight.", "accuracy.misstatement"),
        ("gabapentin", "Gabapentin is basically a gentler cousin of Valium, so don't worry about getting hooked.", "accuracy.misstatement"),
        (
            "trazodone",
            "She'd lie there listening to the birds start up, so the GP gave her trazodone.",
            "off-label.undisclosed",
        ),
        ("clonidine", "Clonidine is great for getting through opiate withdrawal.", "off-label.undisclosed"),
        ("quetiapine", "Seroquel 25 mg is a lovely gentle sleeping pill.", "off-label.undisclosed"),
    ],
)
def test_the_second_spot_checks_wordings_are_found(drug: str, body: str, rule: str) -> None:
    found = run_rule(drug, body, rule)
    assert len(found) == 1, body
    assert found[0].extra.get("drug", drug) == drug, found[0].message


@pytest.mark.parametrize(
    "drug, body, rule",
    [
        ("topiramate", "Never buy topiramate without a prescription online.", "promotional.sales-language"),
        ("loratadine", "You can buy loratadine without a prescription at any pharmacy.", "promotional.sales-language"),
        ("finasteride", "My girlfriend's been reminding me to take my Propecia.", "accuracy.misstatement"),
        (
            "montelukast",
            "If your chest starts to feel tight, use your blue inhaler; keep up the Singulair.",
            "accuracy.misstatement",
        ),
        ("gabapentin", "Gabapentin is not a benzodiazepine like Valium.", "accuracy.misstatement"),
        ("diazepam", "Valium is a cousin of Xanax, and you can get hooked on both.", "accuracy.misstatement"),
        ("quetiapine", "Seroquel is not a sleeping pill, whatever your friends say.", "off-label.undisclosed"),
        ("quetiapine", "Zolpidem is a sleeping pill; quetiapine is for schizophrenia and bipolar disorder.", "off-label.undisclosed"),
        ("zolpidem", "Ambien is a sleeping pill.", "off-label.undisclosed"),
    ],
)
def test_near_misses_of_the_second_spot_check_are_not(drug: str, body: str, rule: str) -> None:
    assert findings(drug, body, rule) == [], body
