"""Off-label uses as a class, in wordings no evaluation set had: lay descriptions of a use told
in passing (a dose plus a sleep outcome or a bedtime purpose, an occasion that is a performance,
a size or a stone lost, a story's "her doctor put her on it for ..."), in varied voices (hospital
leaflet, pharmacy blog, magazine, affiliate site, forum, parenting blog, non-native writer,
British spelling, curly apostrophes, lists, tables, headings, sentences split over lines); and
the near misses that are no undisclosed use (side effects, negations, advice on when to take
it, approved uses and their symptoms, another drug's use, disclosed uses). Each case is the
body of one article about one drug; the assertion is what its writer would see: the
off-label.undisclosed finding for that condition with its severity, or none."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import REPO

from pipeline.document.article import parse_article
from pipeline.document.source import SourceText

_CTX: dict[str, Any] = {}
RULE = "off-label.undisclosed"


def off_label(drug: str, body: str) -> list[tuple[str, str]]:
    """(condition, severity) of each off-label.undisclosed finding in an article about ``drug``."""
    import pipeline.checks  # noqa: F401  (registers the rule types)
    from pipeline.config import load_config
    from pipeline.knowledge.rules import RULE_TYPES, load_rules
    from pipeline.run.context import CheckContext

    if "ctx" not in _CTX:
        config = load_config(start=REPO)
        _CTX["ctx"] = CheckContext(config, load_rules(config.knowledge_dirs))
    ctx = _CTX["ctx"]
    rule = next(r for r in ctx.rules if r.id == RULE)
    text = f"---\ndrugs: [{drug}]\n---\n# {drug.title()}\n\n{body}\n"
    article = parse_article(SourceText.from_text("a.md", text))
    return [(f.extra["condition"], f.severity.value) for f in RULE_TYPES[rule.type].run(article, rule, ctx)]


#: (drug, body, condition, severity): an undisclosed use the writer must see.
SHOULD = [
    # -- sleep: a dose or taking it, and a sleep outcome or a bedtime purpose --
    ("hydroxyzine", "honestly hydroxyzine is my secret weapon, one at 11pm and I'm dead to the world till 7", "insomnia", "warning"),
    ("trazodone", "Half a trazodone and I’m snoring within twenty minutes.", "insomnia", "warning"),
    ("gabapentin", "Gabapentin before bed = eight solid hours. Game changer.", "insomnia", "warning"),
    (
        "diazepam",
        "My nan's been on diazepam for years – ‘just the one at bedtime so I actually get some kip,’ she says.",
        "insomnia",
        "warning",
    ),
    ("cyclobenzaprine", "Cyclobenzaprine is the only thing that lets me get a full night’s sleep.", "insomnia", "warning"),
    ("alprazolam", "Xanax at bedtime = lights out for me lol", "insomnia", "warning"),
    (
        "quetiapine",
        "Jess, 34, was prescribed 25mg of quetiapine by her GP after months of\nwaking at 3am and lying there until dawn.",
        "insomnia",
        "warning",
    ),
    (
        "amitriptyline",
        "My doctor give me amitriptyline 10 mg in the night, and after one week I am sleeping much better.",
        "insomnia",
        "warning",
    ),
    ("mirtazapine", "A regular of ours takes 7.5mg of mirtazapine at night purely because it helps her nod off.", "insomnia", "warning"),
    (
        "trazodone",
        "By the time the twins slept through, I was the one who didn't – so my GP put me on trazodone for my sleep.",
        "insomnia",
        "error",
    ),
    (
        "quetiapine",
        "Low-dose Seroquel has quietly become one of the most common\nbedtime prescriptions for people who just can’t get to sleep.",
        "insomnia",
        "warning",
    ),
    ("clonazepam", "I take half a 0.5 on nights when I can’t get my brain to quieten down.", "insomnia", "warning"),
    # -- anxiety: an occasion that is a performance, or lay nerves --
    (
        "metoprolol",
        "Took an extra metoprolol the morning of my best man’s speech – heart rate stayed normal, hands were steady.",
        "anxiety",
        "warning",
    ),
    ("atenolol", "A lot of my colleagues keep atenolol in their handbags for big client pitches.", "anxiety", "warning"),
    ("propranolol", "Half my med school year took propranolol for their finals.", "anxiety", "warning"),
    ("propranolol", "I pop one an hour before any presentation and my voice doesn't wobble.", "anxiety", "warning"),
    ("atenolol", "Atenolol has been a lifesaver for my driving test nerves.", "anxiety", "warning"),
    ("quetiapine", "Doctor gave to my brother small quetiapine because he is always nervous and cannot relax.", "anxiety", "warning"),
    (
        "propranolol",
        "Many session musicians swear by a beta blocker on the day of a big audition, and propranolol is the usual one.",
        "anxiety",
        "warning",
    ),
    # -- weight loss --
    (
        "metformin",
        "Her friend – no diabetes, just ‘a bit of a tummy’ – has been on metformin since March and is down a stone.",
        "weight loss",
        "warning",
    ),
    ("bupropion", "My cousin takes bupropion purely to keep her weight down.", "weight loss", "warning"),
    ("fluoxetine", "Honestly fluoxetine helped me lose the last 10 pounds of baby weight.", "weight loss", "warning"),
    ("topiramate", "Topiramate kills my appetite, which is exactly why I asked my doctor for it.", "weight loss", "warning"),
    # -- premature ejaculation --
    ("paroxetine", "He takes paroxetine a few hours before sex so he doesn’t come too quickly.", "premature ejaculation", "warning"),
    ("sertraline", "Some GPs quietly prescribe sertraline to men who climax too quickly.", "premature ejaculation", "warning"),
    # -- hair loss, acne --
    ("spironolactone", "My dermatologist started me on spironolactone for my thinning hair after baby number two.", "hair loss", "error"),
    ("spironolactone", "Spironolactone cleared my chin breakouts in about three months.", "acne", "warning"),
    # -- hot flushes --
    ("gabapentin", "My GP suggested gabapentin at night for the hot flushes and I haven't looked back.", "menopause symptoms", "error"),
    ("venlafaxine", "Venlafaxine has taken the edge off my night sweats.", "menopause symptoms", "error"),
    # -- nerve pain --
    ("amitriptyline", "10mg amitriptyline at night for the burning in my feet – it works.", "neuropathy", "warning"),
    ("gabapentin", "Gabapentin is what they give you for sciatica these days.", "neuropathy", "error"),
    # -- migraine prevention --
    ("amitriptyline", "Amitriptyline at night has cut my migraines from weekly to once a month.", "migraine", "error"),
    ("venlafaxine", "Venlafaxine is also used to stop migraines before they start.", "migraine", "error"),
    # -- drinking, smoking --
    ("gabapentin", "My brother was put on gabapentin to help him stay off the booze.", "alcohol use disorder", "warning"),
    ("gabapentin", "My uncle used gabapentin to get off the fags after forty years.", "smoking cessation", "error"),
    # -- dementia, motion sickness, COVID-19, thrush, nightmares --
    (
        "quetiapine",
        "In our care home the residents with dementia who shout at night, the doctor is giving them quetiapine and they are more peaceful.",
        "dementia",
        "warning",
    ),
    ("risperidone", "Risperidone is often used in nursing homes to settle agitated residents with Alzheimer’s.", "dementia", "error"),
    (
        "hydroxyzine",
        "“One of those and I was the only one not green on the whale-watching boat,” said reader Pam.",
        "motion sickness",
        "warning",
    ),
    (
        "hydroxychloroquine",
        "During the first lockdown my uncle took hydroxychloroquine to protect himself from COVID.",
        "COVID-19",
        "error",
    ),
    ("metronidazole", "Metronidazole is what I take whenever thrush flares up.", "yeast infections", "warning"),
    ("prazosin", "prazosin at bedtime stopped the nightmares I'd had since Helmand.", "nightmares", "error"),
    # -- a story: on it for ..., put on it for ... --
    ("sertraline", "My mum’s been on sertraline for her IBS for years.", "irritable bowel syndrome", "error"),
    ("atenolol", "Her doctor put her on atenolol for her shaky hands.", "tremor", "warning"),
    ("amitriptyline", "For my back pain the doctor is giving me amitriptyline.", "pain", "error"),
    # -- lists, tables, headings --
    (
        "gabapentin",
        "What people use gabapentin for:\n\n- nerve pain after shingles\n- seizures\n- hot flushes",
        "menopause symptoms",
        "error",
    ),
    ("quetiapine", "## Help with sleep\n\nA small dose at night is something many GPs reach for.", "insomnia", "warning"),
    # -- written after the mechanism, to measure it (12 of 15 found; the rest are KNOWN_GAPS) --
    (
        "mirtazapine",
        "Our GP swears by a quarter of a mirtazapine for patients who wake at 4am and can't get back off.",
        "insomnia",
        "warning",
    ),
    ("quetiapine", "I’ve had 25mg of Seroquel every night for two years – it’s the only way I get any sleep at all.", "insomnia", "error"),
    ("metformin", "Loads of my gym mates are on metformin now purely to lean out for summer.", "weight loss", "warning"),
    ("hydroxyzine", "We give the kids half a hydroxyzine before long car journeys so nobody is sick.", "motion sickness", "warning"),
    ("sertraline", "My partner takes sertraline so he lasts longer in bed.", "premature ejaculation", "warning"),
    ("clonidine", "Clonidine has been brilliant for my hot flushes, honestly.", "menopause symptoms", "error"),
    ("risperidone", "At the home they keep giving him risperidone for his dementia outbursts.", "dementia", "error"),
    ("ivermectin", "We all took ivermectin when covid went through the house.", "COVID-19", "warning"),
    ("atenolol", "A single atenolol before my viva and I was calm as anything.", "anxiety", "warning"),
    ("trazodone", "Trazodone knocks me out cold within half an hour.", "insomnia", "warning"),
    ("topiramate", "My neurologist added topiramate because I kept piling on the pounds with my other meds.", "weight loss", "warning"),
    ("prazosin", "Lots of veterans get prazosin to stop the night terrors.", "nightmares", "error"),
    # -- fixed later as classes (tests/test_known_gaps_s8.py): an occasion opening its sentence, withdrawal told by its symptoms --
    ("propranolol", "Before every match she takes propranolol so her hands don't shake on the free throws.", "anxiety", "warning"),
    ("gabapentin", "My counsellor said gabapentin would help with the shakes when I stopped drinking.", "alcohol use disorder", "warning"),
    # nerve pain kept from the night: "get through the night without the pins and needles"
    (
        "amitriptyline",
        "Amitriptyline at bedtime finally let me get through the night without the pins and needles waking me.",
        "neuropathy",
        "warning",
    ),
]

#: (drug, body): no undisclosed use here; the writer must see no off-label finding.
SHOULD_NOT = [
    ("mirtazapine", "Mirtazapine can make you very sleepy, so most people take it at bedtime."),
    ("quetiapine", "If the drowsiness bothers you, ask whether you can take your dose at night."),
    ("propranolol", "Propranolol is approved for high blood pressure, angina, and to prevent migraines."),
    ("bupropion", "Some people lose a little weight on bupropion; others gain a few pounds."),
    ("metformin", "Metformin doesn’t cause weight gain, and some people lose a few pounds."),
    ("metformin", "Metformin won't help you lose weight if you don't have diabetes, and it isn't a diet pill."),
    ("trazodone", "It’s not a sleeping pill, although it can make you drowsy."),
    ("hydroxyzine", "Hydroxyzine is used for anxiety and itching, and before surgery to help you relax."),
    ("gabapentin", "Gabapentin isn't approved for anxiety or sleep, but some doctors prescribe it off-label for both."),
    ("lisinopril", "When I first started lisinopril I had a headache for a few days."),
    ("sumatriptan", "Take one tablet as soon as the headache of a migraine starts."),
    ("amoxicillin", "Amoxicillin treats bacterial infections such as ear and chest infections."),
    ("sertraline", "If you can’t sleep while taking sertraline, tell your doctor – insomnia is a common side effect."),
    ("clonazepam", "Clonazepam can help with panic attacks."),
    ("zolpidem", "Zolpidem is for short-term treatment of insomnia."),
    ("ondansetron", "Your nurse will give you ondansetron before chemotherapy to prevent sickness."),
    ("propranolol", "My hands shake less since my neurologist started me on propranolol for essential tremor."),
    ("quetiapine", "Quetiapine is for schizophrenia and bipolar disorder; it should not be used just to help you sleep."),
    ("baclofen", "Baclofen doesn’t carry the addiction risk of benzos."),
    ("diphenhydramine", "Diphenhydramine is sold as a night-time sleep aid."),
    ("metoprolol", "Beta blockers like propranolol are sometimes taken before a speech, but metoprolol is a heart medicine."),
    ("hydroxyzine", "Take the first dose at bedtime to see how drowsy it makes you."),
    ("gabapentin", "Gabapentin is not for everyday aches and pains."),
    ("metformin", "Metformin is for type 2 diabetes; it is not a weight-loss drug."),
    (
        "trazodone",
        "Trazodone is an antidepressant approved for major depressive disorder.\n"
        "At low doses it is also widely used off-label for insomnia.",
    ),
    ("atenolol", "Your heart rate may be slower, and you might feel tired or have cold hands."),
    ("metronidazole", "Metronidazole won't treat thrush; if you get itching after a course, you may need fluconazole instead."),
    ("quetiapine", "## Sleepiness\n\nQuetiapine often makes people sleepy, especially in the first week."),
    ("sertraline", "My sister takes sertraline and she sleeps fine."),
    ("hydroxychloroquine", "During COVID-19 there were shortages of hydroxychloroquine for people with lupus."),
    ("ivermectin", "Ivermectin has not been shown to treat or prevent COVID-19."),
    ("paroxetine", "Paroxetine can delay ejaculation, a side effect some men notice."),
    ("propranolol", "Don’t take propranolol if you have asthma, even before a stressful event like an exam."),
    ("amitriptyline", "Take amitriptyline in the evening because it can make you drowsy the next day."),
    ("mirtazapine", "I started mirtazapine for my depression and, as a bonus, I’m finally sleeping again."),
    ("metoprolol", "Metoprolol lowers your heart rate, so you may feel less of the pounding heart you get with stress."),
    ("venlafaxine", "Venlafaxine can cause sweating, including night sweats."),
    ("gabapentin", "Gabapentin can make you dizzy or sleepy, especially when you start; take the first dose at bedtime."),
    ("metformin", "Women with PCOS sometimes take metformin, which is an off-label use that your doctor can explain."),
    # -- written after the mechanism, to measure it --
    ("mirtazapine", "Mirtazapine often causes drowsiness and increased appetite, especially at lower doses."),
    ("trazodone", "If trazodone makes you too sleepy in the morning, talk to your prescriber about the timing."),
    ("propranolol", "Propranolol can make asthma worse, so tell your doctor if you use an inhaler."),
    ("metformin", "Some people notice they lose a little weight on metformin, but that's not what it's prescribed for."),
    ("quetiapine", "Quetiapine is not approved for sleep, and using it that way carries real risks."),
    ("gabapentin", "Gabapentin is approved for seizures and for nerve pain after shingles."),
    ("hydroxyzine", "Hydroxyzine may cause dry mouth and sleepiness; don't drive until you know how it affects you."),
    ("sertraline", "Sertraline can cause trouble sleeping in the first weeks."),
    ("amitriptyline", "Amitriptyline is an older antidepressant; take it at night because it can make you sleepy."),
    ("risperidone", "Risperidone increases the risk of death in older people with dementia-related psychosis."),
]


#: Undisclosed uses the check does not see yet: a table whose column heads the uses (the table's
#: cells are not read as uses of the drug the table is about).
KNOWN_GAPS = [
    ("trazodone", "| Use | Typical dose |\n|---|---|\n| Depression | 150 mg a day |\n| Sleep | 25–50 mg at night |", "insomnia", "warning"),
]


@pytest.mark.parametrize(("drug", "body", "condition", "severity"), SHOULD, ids=[f"{d}-{i}" for i, (d, *_) in enumerate(SHOULD)])
def test_an_undisclosed_use_is_reported(drug: str, body: str, condition: str, severity: str) -> None:
    assert (condition, severity) in off_label(drug, body)


@pytest.mark.parametrize(("drug", "body"), SHOULD_NOT, ids=[f"{d}-{i}" for i, (d, _) in enumerate(SHOULD_NOT)])
def test_no_undisclosed_use_is_reported(drug: str, body: str) -> None:
    assert off_label(drug, body) == []


@pytest.mark.xfail(strict=True, reason="a known gap of the mechanism")
@pytest.mark.parametrize(("drug", "body", "condition", "severity"), KNOWN_GAPS)
def test_known_gaps(drug: str, body: str, condition: str, severity: str) -> None:
    assert (condition, severity) in off_label(drug, body)
