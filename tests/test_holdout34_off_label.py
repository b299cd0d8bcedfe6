"""Off-label by wording class (holdout3/holdout4 misses and false errors): a use told in a
story or quote, with the drug unsaid ("keeps a few on hand for ..."), a dose with its verb
unsaid ("One before the ferry"), the reason the person was given it ("because she'd been
lying awake"), an occasion it is taken before or on ("before a long car journey"), an
outcome said of it ("out like a light", "the pounds melted off"), lay weight-loss wordings
("shift the baby weight"); and wordings that are not a use: side effects, hedged outcomes,
another medicine named by its class ("a triptan for migraine"), the relief of an approved
use's symptom ("for rheumatoid arthritis, to reduce joint pain"), depression for quetiapine.
Each case is one article about one drug; the wordings were written for these tests."""

from __future__ import annotations

import pytest
from test_off_label_classes import off_label

FLAGGED = [
    # the drug unsaid: a few kept on hand, half a tab, a quarter of a tablet
    ("alprazolam", "People use it for other things. My flatmate keeps a couple in her bag for nights she can't switch off.", "insomnia"),
    ("clonazepam", "My neighbour has a few on hand for evenings when she can't wind down.", "insomnia"),
    ("lorazepam", "Half a tab at bedtime and I'm out like a light.", "insomnia"),
    ("quetiapine", "A quarter of a tablet and he sleeps like a log.", "insomnia"),
    ("gabapentin", "I take one at night and I'm asleep within minutes.", "insomnia"),
    # an outcome said of it
    ("trazodone", "It puts me straight to sleep.", "insomnia"),
    ("mirtazapine", "My mum takes it and she is finally sleeping through the night again.", "insomnia"),
    ("quetiapine", '"My GP said a small dose would knock me out, and it did."', "insomnia"),
    ("metformin", "I've been on it for three months and the pounds just melted off.", "weight loss"),
    ("bupropion", "A friend of mine is on bupropion and she's down 15 pounds.", "weight loss"),
    ("metformin", "My sister started metformin and has dropped two dress sizes.", "weight loss"),
    # the reason the person was given it
    ("mirtazapine", "Her GP prescribed a low dose because she had been lying awake for weeks.", "insomnia"),
    ("amitriptyline", "He was started on a small dose because he couldn't sleep.", "insomnia"),
    ("clonidine", "My doctor put me on it because of my hot flushes.", "menopause symptoms"),
    ("sertraline", "She started taking sertraline because she was struggling with hot flashes.", "menopause symptoms"),
    # lay weight loss
    ("metformin", "Her doctor gave her metformin to help shift the last of the baby weight.", "weight loss"),
    ("metformin", "Lots of people use metformin to lose that stubborn belly fat.", "weight loss"),
    ("topiramate", "My cousin took topiramate to get rid of the extra weight.", "weight loss"),
    # an occasion it is taken before or on
    ("hydroxyzine", "I pop one before a long car journey and the kids are fine.", "motion sickness"),
    ("hydroxyzine", "Take one on the cruise if you get seasick.", "motion sickness"),
    ("hydroxyzine", "One before the boat trip and I don't feel a thing.", "motion sickness"),
    ("hydroxyzine", '"I keep a few in my washbag," says Sue. "One before the ferry and I\'m fine."', "motion sickness"),
    ("lorazepam", "A reader swears by half a tab ahead of the Channel crossings.", "motion sickness"),
    ("hydroxyzine", "It was brilliant for the ferry to France.", "motion sickness"),
    ("propranolol", "Lots of musicians take propranolol before a big concert.", "anxiety"),
    # not an approved quetiapine use: depression treated by it alone
    ("quetiapine", "Some doctors prescribe quetiapine for depression on its own.", "depression"),
    # a drug whose name ends like a class ("suma*triptan*") is not another medicine
    ("sumatriptan", "My sister takes sumatriptan for her tension headaches.", "headache"),
    # a second use after an approved one is no symptom of it
    ("methotrexate", "Methotrexate is used for psoriasis and to ease back pain after injuries.", "pain"),
]


@pytest.mark.parametrize(("drug", "body", "condition"), FLAGGED, ids=[f"{d}-{i}" for i, (d, _, _) in enumerate(FLAGGED)])
def test_uses_told_in_stories_outcomes_and_occasions_are_flagged(drug: str, body: str, condition: str) -> None:
    assert condition in off_label(drug, body)


CLEAN = [
    # side effects, hedged or supposed outcomes
    ("quetiapine", "It can make you sleepy, so take it at bedtime."),
    ("quetiapine", "Drowsiness is common in the first weeks."),
    ("mirtazapine", "Some people gain weight on mirtazapine."),
    ("quetiapine", "Take it at bedtime because it makes you drowsy."),
    ("trazodone", "It may knock you out the first few nights, so don't drive."),
    ("metformin", "Some people lose a little weight on metformin."),
    ("metformin", "In studies, people taking metformin lost about 2 kg."),
    ("quetiapine", "If it puts you to sleep during the day, tell your doctor."),
    ("hydroxyzine", "Do not take it before driving or on long car journeys if it makes you drowsy."),
    ("hydroxyzine", "The ferry crossing took four hours."),
    ("hydroxyzine", "Take one or two tablets a day."),
    # stopping it for a reason
    ("sertraline", "Stop taking it because you have a fever? No, ask first."),
    # another medicine named by its class
    ("sertraline", "Tell your doctor if you take an antidepressant or a triptan for migraine."),
    ("sertraline", "If you are on a blood thinner for atrial fibrillation, your bleeding risk is higher."),
    ("oxycodone", "If you take an antidepressant or a triptan for migraine, mention it: with oxycodone they can cause serotonin syndrome."),
    # the relief of an approved use's symptom
    ("methotrexate", "Methotrexate is used for rheumatoid arthritis, to reduce joint pain and stiffness."),
    ("methotrexate", "Methotrexate is used for rheumatoid arthritis, which eases joint pain."),
    ("naproxen", "Naproxen treats osteoarthritis by easing the pain."),
    # approved uses told the same ways
    ("quetiapine", "Because it is also used for depression, quetiapine carries a warning about suicidal thoughts."),
    ("diphenhydramine", "Take one before the ferry to prevent motion sickness."),
    ("diphenhydramine", "I pop one before a long car journey and the kids are fine."),
    ("zolpidem", "Half a tab at bedtime and I'm out like a light."),
    ("metformin", "Metformin is used for type 2 diabetes; some women with PCOS take it too, which is off-label."),
]


@pytest.mark.parametrize(("drug", "body"), CLEAN, ids=[f"{d}-{i}" for i, (d, _) in enumerate(CLEAN)])
def test_side_effects_other_medicines_and_approved_uses_pass(drug: str, body: str) -> None:
    assert off_label(drug, body) == []


def test_a_disclosure_about_another_named_condition_does_not_cover_a_use() -> None:
    """PCOS is a condition of its own: "off-label for PCOS" in the section does not disclose
    weight loss told in the next paragraph."""
    body = (
        "Some women with PCOS are put on metformin. That is off-label: it is not FDA-approved for PCOS.\n\n"
        "My friend doesn't have diabetes, but her doctor gave her metformin to help drop the baby weight."
    )
    assert off_label("metformin", body) == ["weight loss"]
