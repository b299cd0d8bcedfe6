"""Off-label uses told in lay words, from what holdout19/holdout20 missed: premature ejaculation
("over far too quickly", "can't last"), dementia behaviour ("those late-afternoon storms", "her
outbursts since the dementia", "Dad's aggression now his memory's going"), hormonal acne told by
where and when the spots come ("the deep, sore bumps along my jaw every month", "monthly chin
flare-ups"), a cold going round given an antihistamine ("whenever a cold does the rounds", "the
sniffles"), performance anxiety told by its occasion or its signs ("stage fright before a meet",
"big-day nerves", "shaky hands before a presentation", "one before the opening night"), oral
minoxidil to regrow hair, sleeplessness with no depression ("couldn't switch my brain off at 3
a.m.", "sleeping right through"), and nerve pain kept from sleep ("sleep without the pins and
needles"). Each class is written in several voices; the negatives are the approved use, a side
effect, a disclosure or negation, and another medicine's use. Each case asserts what the writer
would see: the finding with its rule id, condition and severity, or none."""

from __future__ import annotations

import pytest
from rule_runner import run_rule

OFF_LABEL = "off-label.undisclosed"


def conditions(drug: str, body: str) -> list[tuple[str, str, str]]:
    """(rule, condition, severity) of each off-label finding in an article about ``drug``."""
    return [(f.rule, f.extra["condition"], f.severity.value) for f in run_rule(drug, body, OFF_LABEL)]


#: (drug, body, condition, severity): an off-label use the writer would be told about.
USES = [
    # -- premature ejaculation in lay words (paroxetine: depression, anxiety disorders, OCD, PTSD, PMDD, hot flushes) --
    ("paroxetine", "He takes paroxetine because it's all over far too quickly in bed.", "premature ejaculation", "warning"),
    ("paroxetine", "A low dose of paroxetine helps men who can't last.", "premature ejaculation", "warning"),
    ("paroxetine", "My GP put me on paroxetine because I was finishing too soon.", "premature ejaculation", "warning"),
    (
        "paroxetine",
        "Some urologists prescribe a small daily dose of paroxetine for guys who climax too early.",
        "premature ejaculation",
        "warning",
    ),
    ("sertraline", "Sertraline helps with lasting longer in bed.", "premature ejaculation", "warning"),
    # -- dementia behaviour (risperidone: schizophrenia, bipolar mania, autism irritability) --
    (
        "risperidone",
        "In February the home's doctor suggested risperidone, half a milligram split into two tiny doses a day, "
        "to take the edge off those late-afternoon storms.",
        "dementia",
        "warning",
    ),
    ("risperidone", "The GP gave Mum risperidone for her outbursts since the dementia.", "dementia", "error"),
    ("risperidone", "We use a small dose of risperidone to calm Dad's aggression now his memory's going.", "dementia", "warning"),
    ("quetiapine", "Quetiapine helped with her sundowning.", "dementia", "error"),
    ("quetiapine", "The care home gives Nan quetiapine for her teatime meltdowns.", "dementia", "warning"),
    # -- hormonal acne told by place and time (spironolactone: heart failure, hypertension, edema, aldosteronism) --
    (
        "spironolactone",
        "My derm put me on spironolactone for the deep, sore bumps that show up along my jaw every single month.",
        "acne",
        "warning",
    ),
    ("spironolactone", "Spironolactone stopped my monthly chin flare-ups.", "acne", "warning"),
    (
        "spironolactone",
        "Lots of women take spironolactone for painful spots along the jawline before each period.",
        "acne",
        "warning",
    ),
    ("spironolactone", "My dermatologist prescribes spironolactone for hormonal zits.", "acne", "warning"),
    # -- a cold going round (loratadine: hay fever and upper-respiratory allergy, hives) --
    (
        "loratadine",
        "We keep a box of loratadine in the cupboard all year, and it comes out whenever a cold does the rounds at school.",
        "cough and cold",
        "warning",
    ),
    ("loratadine", "I give the kids loratadine for the sniffles.", "cough and cold", "warning"),
    ("cetirizine", "Our nanny gives them cetirizine whenever a bug is going round nursery.", "cough and cold", "warning"),
    ("loratadine", "Loratadine is great for a head cold.", "cough and cold", "error"),
    ("loratadine", "A lot of parents use loratadine for snotty noses.", "cough and cold", "warning"),
    # -- performance anxiety told by occasion or signs (metoprolol, propranolol: heart uses; propranolol: tremor) --
    (
        "metoprolol",
        "Pro tip for anyone who gets stage fright before a meet or a physique show: take a metoprolol about an hour "
        "before you walk out, and the nerves and the pounding heart just melt.",
        "anxiety",
        "warning",
    ),
    ("metoprolol", "Some lifters take metoprolol for big-day nerves.", "anxiety", "warning"),
    ("metoprolol", "I take metoprolol for shaky hands before a presentation.", "anxiety", "warning"),
    ("metoprolol", "One metoprolol helps calm my nerves before a match.", "anxiety", "warning"),
    ("propranolol", "Half the orchestra pops a propranolol before the opening night.", "anxiety", "warning"),
    ("propranolol", "Propranolol for exam jitters? Plenty of students swear by it.", "anxiety", "warning"),
    ("propranolol", "I take propranolol for trembling hands before a speech.", "anxiety", "warning"),
    # -- oral minoxidil for hair (tablets: severe hypertension only; topical products: hair loss) --
    (
        "minoxidil",
        "Our clinicians can prescribe low-dose minoxidil tablets, one small pill a day, to help regrow thinning hair.",
        "hair loss",
        "error",
    ),
    ("minoxidil", "Minoxidil tablets are used to regrow hair.", "hair loss", "error"),
    ("minoxidil", "A quarter of a minoxidil pill a day helps regrow lost hair at the crown.", "hair loss", "error"),
    # -- sleeplessness with no depression (mirtazapine: major depressive disorder) --
    (
        "mirtazapine",
        "I wasn't depressed, I just couldn't switch my brain off at 3 a.m. My doctor gave me 7.5 mg of mirtazapine, "
        "and within a week I was sleeping right through.",
        "insomnia",
        "warning",
    ),
    ("mirtazapine", "Since the doctor gave me mirtazapine I sleep right through the night.", "insomnia", "warning"),
    ("trazodone", "My wife can't switch her mind off at night, so her GP gave her trazodone.", "insomnia", "warning"),
    # -- nerve pain kept from sleep (amitriptyline: depression) --
    ("amitriptyline", "He takes amitriptyline at night so he can sleep without the pins and needles.", "neuropathy", "warning"),
    ("amitriptyline", "A small dose of amitriptyline helps her walk without the burning.", "neuropathy", "warning"),
]

#: (drug, body): wordings that must stay quiet.
QUIET = [
    # approved uses, said in lay words close to the off-label ones
    ("loratadine", "Loratadine is for a runny nose and sneezing from hay fever."),
    (
        "loratadine",
        "Itchy, streaming eyes, a runny nose and sneezing fits every time she walks past the school field. "
        "One tablet before school and she's a different child.",
    ),
    ("minoxidil", "Minoxidil foam helps regrow thinning hair on the top of the scalp."),
    ("minoxidil", "Rogaine foam helps regrow thinning hair."),
    ("minoxidil", "Men's Rogaine is for thinning hair."),
    ("minoxidil", "At full strength, minoxidil tablets are a blood pressure medicine, used for severe high blood pressure."),
    ("propranolol", "I take propranolol for my shaky hands, which my neurologist calls essential tremor."),
    ("mirtazapine", "I started mirtazapine for my depression and I'm sleeping right through now."),
    ("risperidone", "Risperidone is used for schizophrenia and bipolar disorder."),
    ("spironolactone", "Spironolactone is used for heart failure, high blood pressure and swelling."),
    # side effects, and symptoms of the approved use
    ("paroxetine", "Paroxetine can delay ejaculation, a side effect some men notice."),
    ("mirtazapine", "Sleepiness is very common with mirtazapine, especially at first."),
    ("minoxidil", "Minoxidil tablets can cause extra hair growth on the face."),
    ("metoprolol", "Metoprolol can make your hands cold and your legs heavy."),
    # negated or disclosed
    ("sertraline", "Sertraline is not approved for men who finish too soon."),
    ("loratadine", "Loratadine won't help a cold; a cold is a virus, not an allergy."),
    (
        "risperidone",
        "Risperidone is not approved for agitation in dementia, and using it for her outbursts since the dementia is off-label.",
    ),
    # another medicine's use
    ("loratadine", "When a cold does the rounds, we give paracetamol for the fever."),
    ("mirtazapine", "Her GP prescribed zopiclone because she couldn't switch her mind off at night."),
]


@pytest.mark.parametrize(("drug", "body", "condition", "severity"), USES)
def test_lay_use_is_flagged(drug: str, body: str, condition: str, severity: str) -> None:
    assert (OFF_LABEL, condition, severity) in conditions(drug, body)


@pytest.mark.parametrize(("drug", "body"), QUIET)
def test_near_miss_stays_quiet(drug: str, body: str) -> None:
    assert conditions(drug, body) == []
