"""Classes of wording the claim checks missed or misread, each written in several voices
(British, American, non-native): a statement made after setting the myths aside ("Myths aside, a
glass of wine should be fine") is made, one labelled a myth is refuted; a preventive taken once
an attack has begun, the attack told first ("If he is having an attack, give him his tablet");
levothyroxine's weight-loss claim never counts as its boxed warning; omeprazole's and famotidine's
labelled use for an inflamed, eroded oesophagus; the dose message of a drug whose forms have
different maximums, when the article names none. Each case asserts what the writer sees."""

from __future__ import annotations

import pytest
from rule_runner import run_rule

from pipeline.findings import Severity

MISSTATEMENT = "accuracy.misstatement"


def found(drug: str, body: str, rule_id: str) -> set[tuple[str, Severity]]:
    """(item, severity) of each finding of ``rule_id``: the misstatement, warning or condition."""
    return {
        (str(f.extra.get("misstatement") or f.extra.get("warning") or f.extra.get("condition") or ""), f.severity)
        for f in run_rule(drug, body, rule_id)
    }


#: (drug, body, misstatement, severity): the myths set aside, then the statement made.
DISMISSED_THEN_CLAIMED = [
    ("metronidazole", "Myths aside, a glass of wine should be fine.", "fine-with-alcohol", Severity.ERROR),
    ("metronidazole", "Forget the scare stories, a drink won't hurt.", "fine-with-alcohol", Severity.ERROR),
    ("metronidazole", "Despite what you may have heard, a small glass is fine.", "fine-with-alcohol", Severity.ERROR),
    ("metronidazole", "Whatever the myths say, one beer is fine.", "fine-with-alcohol", Severity.ERROR),
    ("metronidazole", "Ignore the myths, you can still have a pint.", "fine-with-alcohol", Severity.ERROR),
    ("metronidazole", "Regardless of what people say, a drink or two won't hurt.", "fine-with-alcohol", Severity.ERROR),
    ("metronidazole", "In spite of the warnings you might read online, the odd glass is fine.", "fine-with-alcohol", Severity.ERROR),
    ("metronidazole", "Scare stories aside, the odd glass of wine is fine.", "fine-with-alcohol", Severity.ERROR),
    ("metronidazole", "Honestly, don't listen to the internet, one beer won't do you any harm.", "fine-with-alcohol", Severity.ERROR),
    ("metronidazole", "Contrary to popular belief, a beer is fine.", "fine-with-alcohol", Severity.ERROR),
    ("metronidazole", "Forget the myths: you can still have a pint.", "fine-with-alcohol", Severity.ERROR),
    ("lorazepam", "Myths aside, lorazepam is not addictive.", "not-addictive", Severity.ERROR),
    ("lorazepam", "Whatever people say online, lorazepam isn't addictive.", "not-addictive", Severity.ERROR),
]

#: (drug, body): the statement labelled a myth, or denied, after a dismissal: not made.
REFUTED_OR_DENIED = [
    ("metronidazole", "That is a myth: a beer is fine with metronidazole."),
    ("metronidazole", "Myth: a glass of wine is fine."),
    ("metronidazole", "It's a myth that one drink won't hurt."),
    ("metronidazole", "Some people think a beer is fine."),
    ("metronidazole", "Despite what you may have heard, alcohol is not safe with metronidazole."),
    ("lorazepam", "Myth: lorazepam is not addictive."),
]


@pytest.mark.parametrize(("drug", "body", "wrong", "severity"), DISMISSED_THEN_CLAIMED)
def test_statement_after_a_dismissal_is_made(drug: str, body: str, wrong: str, severity: Severity) -> None:
    assert (wrong, severity) in found(drug, body, MISSTATEMENT)


@pytest.mark.parametrize(("drug", "body"), REFUTED_OR_DENIED)
def test_statement_labelled_a_myth_is_refuted(drug: str, body: str) -> None:
    assert found(drug, body, MISSTATEMENT) == set()


#: (drug, body, misstatement, severity): a preventive taken once an attack has begun, the attack first.
ATTACK_THEN_TAKEN = [
    ("montelukast", "If he is having an attack, give him his tablet.", "stops-asthma-attacks", Severity.ERROR),
    ("montelukast", "When her asthma flares up, she takes a montelukast.", "stops-asthma-attacks", Severity.ERROR),
    ("montelukast", "At the first sign of wheezing, reach for your Singulair.", "stops-asthma-attacks", Severity.ERROR),
    ("montelukast", "As soon as the wheezing starts, take your montelukast.", "stops-asthma-attacks", Severity.ERROR),
    ("montelukast", "Whenever she gets wheezy, she chews one of her Singulair tablets.", "stops-asthma-attacks", Severity.ERROR),
    ("montelukast", "If you feel an attack coming on, just take an extra tablet.", "stops-asthma-attacks", Severity.ERROR),
    ("montelukast", "The moment his chest gets tight, we give him a chewable.", "stops-asthma-attacks", Severity.ERROR),
    ("montelukast", "During an asthma attack, take montelukast.", "stops-asthma-attacks", Severity.ERROR),
    ("montelukast", "When you are short of breath, you can take a Singulair.", "stops-asthma-attacks", Severity.ERROR),
    ("montelukast", "In case of an attack, give the child his montelukast.", "stops-asthma-attacks", Severity.ERROR),
    ("propranolol", "When a migraine hits, take your propranolol.", "taken-for-a-migraine-attack", Severity.WARNING),
    ("topiramate", "At the first sign of a headache, pop a Topamax.", "taken-for-a-migraine-attack", Severity.WARNING),
]

#: (drug, body): the attack told first, and a rescue inhaler, a refusal or the daily dose after it.
ATTACK_THEN_RIGHT = [
    ("montelukast", "If you have an asthma attack, use your reliever inhaler, not montelukast."),
    ("montelukast", "If you have an attack, do not take an extra tablet; use your blue inhaler."),
    ("montelukast", "When the wheezing starts, use your rescue inhaler."),
    ("montelukast", "If you forget a dose, take the next tablet at the usual time."),
    ("montelukast", "When your asthma is under control, keep taking your montelukast every evening."),
    ("montelukast", "Even when you have no symptoms, take your montelukast every day."),
    ("montelukast", "If your asthma gets worse, tell your doctor before taking another tablet."),
    ("propranolol", "If you get a migraine, keep taking your propranolol as usual."),
]


@pytest.mark.parametrize(("drug", "body", "wrong", "severity"), ATTACK_THEN_TAKEN)
def test_preventive_taken_once_an_attack_begins(drug: str, body: str, wrong: str, severity: Severity) -> None:
    assert (wrong, severity) in found(drug, body, MISSTATEMENT)


@pytest.mark.parametrize(("drug", "body"), ATTACK_THEN_RIGHT)
def test_attack_first_with_the_right_advice(drug: str, body: str) -> None:
    assert found(drug, body, MISSTATEMENT) == set()


#: Levothyroxine said to help weight loss: the misstatement, and never its boxed warning.
WEIGHT_LOSS_CLAIMS = [
    "Levothyroxine helps some people lose weight.",
    "Levothyroxine can help many patients lose a few pounds.",
    "Some people find levothyroxine helps them lose weight.",
    "Levothyroxine makes it easier to lose weight.",
    "Levothyroxine is a good way to lose weight.",
    "Levothyroxine can make you slimmer.",
    "Taking levothyroxine will help most women to shed a few kilos.",
    "Levothyroxine speeds up your metabolism so you lose weight.",
]


@pytest.mark.parametrize("body", WEIGHT_LOSS_CLAIMS)
def test_weight_loss_claim_is_the_misstatement(body: str) -> None:
    assert ("weight-loss", Severity.ERROR) in found("levothyroxine", body, MISSTATEMENT)


@pytest.mark.parametrize("body", WEIGHT_LOSS_CLAIMS[:4])
def test_weight_loss_claim_does_not_give_the_boxed_warning(body: str) -> None:
    assert ("not-for-weight-loss", Severity.ERROR) in found("levothyroxine", body, "safety-warnings.missing")


@pytest.mark.parametrize(
    "body",
    [
        "Levothyroxine must not be used for weight loss.",
        "Levothyroxine does not help people lose weight, and large doses can be dangerous.",
    ],
)
def test_weight_loss_warning_still_given(body: str) -> None:
    assert "not-for-weight-loss" not in {item for item, _ in found("levothyroxine", body, "safety-warnings.missing")}


#: (drug, body): the labelled use for erosive oesophagitis, in lay and British words.
OESOPHAGITIS = [
    ("omeprazole", "Omeprazole heals an inflamed oesophagus."),
    ("omeprazole", "Omeprazole is used to treat oesophagitis."),
    ("omeprazole", "Your doctor may prescribe omeprazole to heal an eroded esophagus."),
    ("omeprazole", "Omeprazole treats inflammation of the food pipe caused by acid."),
    ("omeprazole", "Omeprazole is used for reflux oesophagitis."),
    ("famotidine", "Famotidine can heal oesophagitis."),
    ("famotidine", "Famotidine helps an inflamed esophagus heal."),
    ("famotidine", "Famotidine is used to treat erosive oesophagitis."),
]


@pytest.mark.parametrize(("drug", "body"), OESOPHAGITIS)
def test_oesophagitis_is_a_labelled_use(drug: str, body: str) -> None:
    assert found(drug, body, "off-label.undisclosed") == set()


@pytest.mark.parametrize(
    "body",
    [
        "Take 20 mg of zolpidem at bedtime.",
        "Zolpidem: take 15 mg at night.",
        "Take 10 mg at bedtime. If you wake in the night, take another 5 mg.",
    ],
)
def test_dose_message_quotes_every_form_when_none_is_named(body: str) -> None:
    (finding,) = run_rule("zolpidem", body, "dosage.above-max")
    assert finding.severity is Severity.ERROR
    assert "10 mg a day for immediate-release tablets (AMBIEN)" in finding.message
    assert "at most 12.5 mg a day" in finding.message and "extended-release" in finding.message


def test_dose_message_of_a_drug_with_one_form_is_its_limit() -> None:
    (finding,) = run_rule("metoprolol", "Take 600 mg of metoprolol a day.", "dosage.above-max")
    assert "every form" not in finding.message
