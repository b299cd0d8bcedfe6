"""Off-label uses by wording class, from what holdout17/holdout18 missed or flagged wrongly:
premature ejaculation told in lay words ("hair trigger", "finishing embarrassingly early");
"it" after a drug named only as a kind ("a penicillin-type antibiotic") or as the one compared
against ("it leaves Viagra looking like a warm-up act"); a use for people "whose" condition it
is; rate control in atrial fibrillation; fewer attacks ("cut down how often my migraines come");
heading a condition off ("will head off Lyme disease", "staves off"); a dose "of it" kept to keep
a condition away; and the add-on use for depression told after it ("for depression we always
use it alongside one"), which is approved. Each class is written in several voices (leaflet,
blog, British English, non-native English) besides the draft's own wording; each case asserts
what the writer would see: the finding with its rule id and severity, or none."""

from __future__ import annotations

import pytest
from rule_runner import run_rule

OFF_LABEL = "off-label.undisclosed"


def conditions(drug: str, body: str) -> list[tuple[str, str, str]]:
    """(rule, condition, severity) of each off-label finding in an article about ``drug``."""
    return [(f.rule, f.extra["condition"], f.severity.value) for f in run_rule(drug, body, OFF_LABEL)]


#: (drug, body, condition, severity): an off-label use the writer would be told about.
USES = [
    # -- premature ejaculation in lay words (tadalafil: ED, BPH): told only in lay words, a warning --
    (
        "tadalafil",
        "Mark switched to the low daily dose. For most guys it leaves Viagra looking like a warm-up act. In Mark's case "
        'it has also sorted out what he calls his "hair trigger": these days he doesn\'t finish embarrassingly early any more.',
        "premature ejaculation",
        "warning",
    ),
    ("tadalafil", "It sorted out my hair trigger.", "premature ejaculation", "warning"),
    ("tadalafil", "Cialis helped with his hair-trigger problem.", "premature ejaculation", "warning"),
    ("tadalafil", "Some men take tadalafil for finishing way too fast in bed.", "premature ejaculation", "warning"),
    ("tadalafil", "For me it really fixed the coming too early.", "premature ejaculation", "warning"),
    ("tadalafil", "Tadalafil is great for blokes who climax ridiculously quickly.", "premature ejaculation", "warning"),
    # -- "it" after a drug named only as a kind (amoxicillin: bacterial infections; colds are viral) --
    (
        "amoxicillin",
        "Amoxicillin is a penicillin-type antibiotic. It's also what most pediatricians reach for when a cold or a bout "
        "of flu drags on past the first week.",
        "cough and cold",
        "warning",
    ),
    (
        "amoxicillin",
        "Amoxicillin is a penicillin-like medicine. It's the one most GPs give for a bad cough that won't shift.",
        "cough and cold",
        "error",
    ),
    ("amoxicillin", "Amoxicillin, a penicillin-class antibiotic. We give it for the flu.", "cough and cold", "warning"),
    # -- people "whose" condition it is (aripiprazole: schizophrenia, bipolar I, add-on for MDD, autism, Tourette's) --
    (
        "aripiprazole",
        "A small dose also does a lot for members whose anxiety just won't let up, even after they've tried the usual "
        "options, and many tell us it's the first thing that has really quieted the constant worry.",
        "anxiety",
        "error",
    ),
    ("aripiprazole", "It's great for patients whose anxiety won't settle.", "anxiety", "error"),
    ("aripiprazole", "A small dose does wonders for clients whose worry never stops.", "anxiety", "warning"),
    ("aripiprazole", "Doctors prescribe aripiprazole for people whose anxiety is very bad.", "anxiety", "error"),
    # -- rate control in atrial fibrillation (atenolol: hypertension, angina, after a heart attack) --
    (
        "atenolol",
        "On our ward it is also given to keep the heart rate steady and under control in atrial fibrillation, so that "
        "the heart doesn't race when the rhythm is irregular.",
        "atrial fibrillation",
        "error",
    ),
    ("atenolol", "It is also used to slow the heart rate in AF.", "atrial fibrillation", "error"),
    ("atenolol", "Doctors prescribe atenolol for rate control in atrial fibrillation.", "atrial fibrillation", "error"),
    ("atenolol", "Atenolol is given to steady the pulse in AFib.", "atrial fibrillation", "error"),
    ("atenolol", "It can also be used to control a fast heartbeat in atrial fibrillation.", "atrial fibrillation", "error"),
    ("atenolol", "Atenolol is sometimes used for a-fib.", "atrial fibrillation", "error"),
    # -- fewer attacks (citalopram: depression) --
    (
        "citalopram",
        "My doctor diagnosed major depression and started me on citalopram at 20 mg a day. She also said it should cut "
        "down how often my migraines come, so I'd be getting two treatments in one tablet.",
        "migraine",
        "error",
    ),
    ("citalopram", "Citalopram also reduces the number of migraines.", "migraine", "error"),
    ("citalopram", "It prevents migraines too.", "migraine", "error"),
    ("citalopram", "Citalopram lessened how frequently my migraines came.", "migraine", "error"),
    ("citalopram", "My GP said citalopram would cut back on how many migraines I get.", "migraine", "error"),
    # -- heading a condition off (doxycycline: rickettsial tick fevers, not Lyme disease) --
    (
        "doxycycline",
        "If you find a tick dug in after a hike, a single double dose of doxycycline within three days will head off "
        "Lyme disease, so it's worth packing.",
        "Lyme disease",
        "error",
    ),
    ("doxycycline", "Doxycycline staves off Lyme after a tick bite.", "Lyme disease", "error"),
    ("doxycycline", "Take doxycycline to fend off Lyme disease.", "Lyme disease", "error"),
    ("doxycycline", "It prevents Lyme disease if taken within 72 hours.", "Lyme disease", "error"),
    # -- a dose of it kept to keep a condition away (ivermectin: worms, river blindness, lice, rosacea) --
    (
        "ivermectin",
        "A lot of our regulars swear by a dose of it to keep covid away through the winter, and for the price it's cheap insurance.",
        "COVID-19",
        "warning",
    ),
    ("ivermectin", "Lots of farmers take a course of it to stave off COVID every winter.", "COVID-19", "warning"),
]

#: (drug, body): no off-label use (an approved use, a drug named as a kind, a side effect, a warning).
NO_USE = [
    # the add-on use for depression told after the use (aripiprazole: adjunctive treatment of MDD)
    (
        "aripiprazole",
        "It's worth saying that aripiprazole isn't an antidepressant on its own; for depression we always use it alongside one.",
    ),
    ("aripiprazole", "For depression, we prescribe it on top of your SSRI."),
    ("aripiprazole", "Doctors give aripiprazole for depression together with the antidepressant you already take."),
    ("aripiprazole", "It's used to boost an antidepressant that isn't doing enough for depression."),
    ("aripiprazole", "For depression it is added to an antidepressant."),
    ("aripiprazole", "In depression we use it together with an SSRI."),
    ("aripiprazole", "When it's added to an antidepressant, it helps some people whose depression hasn't improved enough."),
    ("aripiprazole", "Taken alongside your SSRI, it does a lot for members whose depression won't lift."),
    # rickettsial tick fevers are approved for doxycycline
    ("doxycycline", "Doxycycline treats Rocky Mountain spotted fever after a tick bite."),
    ("doxycycline", "A single dose of doxycycline will head off Rocky Mountain spotted fever."),
    # the heart rate and atrial fibrillation named, no use given
    ("atenolol", "Atenolol lowers your heart rate and blood pressure. People with atrial fibrillation should tell their doctor."),
    ("atenolol", "Atenolol slows your heart rate. If you have atrial fibrillation, ask your doctor."),
    ("atenolol", "Atenolol is used to lower high blood pressure and to prevent chest pain."),
    # an approved use with the new verbs
    ("citalopram", "Citalopram reduces the symptoms of depression."),
    ("tadalafil", "Tadalafil helps with erectile dysfunction; it does not stop you finishing early."),
]

#: (drug, body, condition): a use the article ties to the approved use, reported as approved.
ADJUNCT_DEPRESSION_STILL_FLAGGED = [
    ("aripiprazole", "Aripiprazole is also used for depression.", "depression"),
    ("aripiprazole", "For low mood we give aripiprazole alone.", "depression"),
]


@pytest.mark.parametrize(("drug", "body", "condition", "severity"), USES)
def test_off_label_use_is_reported(drug: str, body: str, condition: str, severity: str) -> None:
    assert (OFF_LABEL, condition, severity) in conditions(drug, body)


@pytest.mark.parametrize(("drug", "body"), NO_USE)
def test_no_off_label_use_is_reported(drug: str, body: str) -> None:
    assert conditions(drug, body) == []


@pytest.mark.parametrize(("drug", "body", "condition"), ADJUNCT_DEPRESSION_STILL_FLAGGED)
def test_depression_without_the_add_on_is_an_error(drug: str, body: str, condition: str) -> None:
    assert (OFF_LABEL, condition, "error") in conditions(drug, body)
