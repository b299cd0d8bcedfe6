"""Off-label uses told in passing, by class, in wordings of our own (after a probe of drafts no
pattern had seen): a condition that improved after the drug was taken or given ("the hot flushes
... have all but gone"), the condition and then the drug given for it ("..., so the doctor gave
him amitriptyline"), a purpose after obtaining the drug ("talked her doctor into metformin so she
could ...", "handed quetiapine purely to get some shut-eye"), a dose kept or taken for an occasion
("for the evenings she has to read the accounts aloud"), a dose at a sleepless moment, and lay
words (hot flushes, sleep slang, a dress size); and disclosures in other words ("never licensed
for this", "only authorised for ...", "outside those terms", "beyond what the label covers", "not
something the FDA has reviewed", "the paperwork never mentions"), covering the title and the
paragraph's uses. A use only inferred from a story is a warning; one named with a use verb is an
error. Each case asserts what a writer sees: the off-label.undisclosed finding, or none."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import REPO

from pipeline.document.article import parse_article
from pipeline.document.source import SourceText

_CTX: dict[str, Any] = {}
RULE = "off-label.undisclosed"


def off_label(drug: str, body: str, title: str = "") -> list[tuple[str, str]]:
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
    text = f"---\ndrugs: [{drug}]\n---\n# {title or drug.title()}\n\n{body}\n"
    article = parse_article(SourceText.from_text("a.md", text))
    return [(f.extra["condition"], f.severity.value) for f in RULE_TYPES[rule.type].run(article, rule, ctx)]


#: (drug, body, condition, severity): an undisclosed use the writer must see.
SHOULD = [
    # -- a condition that improved after the drug was taken, started or given --
    (
        "gabapentin",
        "Since she started on gabapentin in March, her night sweats have pretty much disappeared.",
        "menopause symptoms",
        "warning",
    ),
    ("venlafaxine", "Mum's hot flashes eased off within weeks of taking venlafaxine.", "menopause symptoms", "warning"),
    ("amitriptyline", "He was put on amitriptyline and the pins and needles in his feet went away.", "neuropathy", "warning"),
    ("trazodone", "After my GP gave me trazodone, the nightmares stopped.", "nightmares", "warning"),
    (
        "clonidine",
        "My wife is using clonidine from her doctor, and the hot flushes what she had every night are gone now.",
        "menopause symptoms",
        "warning",
    ),
    ("citalopram", "Her GP popped her on citalopram and, touch wood, the hot flushes have settled.", "menopause symptoms", "warning"),
    (
        "clonazepam",
        "She told me her restless legs had calmed right down since she started clonazepam.",
        "restless legs syndrome",
        "warning",
    ),
    # -- the condition, then the drug given for it --
    ("quetiapine", "He'd been lying awake most nights, so his psychiatrist gave him 25 mg of quetiapine.", "insomnia", "warning"),
    ("amitriptyline", "Her feet had pins and needles all winter, so the doctor prescribed amitriptyline.", "neuropathy", "warning"),
    (
        "amitriptyline",
        "He took metformin for years, and the burning in his feet got worse, so the doctor gave him amitriptyline.",
        "neuropathy",
        "warning",
    ),
    # -- a purpose after obtaining the drug --
    ("propranolol", "She begged her GP for propranolol just so she could settle her nerves before the big day.", "anxiety", "warning"),
    ("metformin", "He got hold of some metformin online purely to shed a few pounds.", "weight loss", "warning"),
    ("quetiapine", "I persuaded my doctor to prescribe quetiapine so I could finally get some kip.", "insomnia", "warning"),
    ("quetiapine", "They handed me quetiapine purely so I could grab forty winks between shifts.", "insomnia", "warning"),
    (
        "trazodone",
        "My neighbour reckons she talked her GP into trazodone so she could get her head down before early shifts.",
        "insomnia",
        "warning",
    ),
    ("bupropion", "She ordered bupropion from an online pharmacy only to shift the lockdown weight.", "weight loss", "warning"),
    ("metformin", "My brother ask doctor for metformin only for lose weight.", "weight loss", "error"),
    # -- a dose kept or taken for an occasion --
    (
        "propranolol",
        "Margaret keeps a propranolol in her handbag for the nights she has to speak in front of the committee.",
        "anxiety",
        "warning",
    ),
    ("propranolol", "He swears by 10 mg of propranolol ahead of every talk he gives.", "anxiety", "warning"),
    ("propranolol", "The head teacher takes one propranolol before reading aloud at assembly.", "anxiety", "warning"),
    ("propranolol", "She keeps a couple of propranolol in her bag for evenings when she's presenting to the board.", "anxiety", "warning"),
    ("propranolol", "My husband take one propranolol before he must talk in front of people at work.", "anxiety", "warning"),
    ("propranolol", "She told me she takes a propranolol ahead of any big meeting.", "anxiety", "warning"),
    # -- a dose at a sleepless moment --
    ("trazodone", "Now she snaps a trazodone in half whenever her mind is still racing at 3 am.", "insomnia", "warning"),
    ("trazodone", "He takes half a trazodone when his brain is whirring in the small hours.", "insomnia", "warning"),
]

#: (drug, body, title): no undisclosed use (a side effect that passed, a hedge, an approved use,
#: a disclosure in other words).
SHOULD_NOT = [
    ("sertraline", "The nausea usually settles after the first week of taking it.", ""),
    ("venlafaxine", "If the hot flushes haven't eased after a month of taking venlafaxine, see your doctor.", ""),
    ("gabapentin", "Her hot flushes have not gone since she started gabapentin.", ""),
    ("sertraline", "Since starting sertraline, my depression has lifted.", ""),
    ("sertraline", "I never got to sleep before 2am in the first weeks on sertraline.", ""),
    ("metformin", "She asked her doctor for metformin to manage her type 2 diabetes.", ""),
    ("propranolol", "Don't take propranolol before a talk without asking your doctor first.", ""),
    ("propranolol", "Take propranolol before meals.", ""),
    # disclosures in other words
    (
        "gabapentin",
        "Many women take gabapentin for hot flushes. Its licence covers epilepsy and"
        " shingles pain only, so this is a use outside those terms.",
        "",
    ),
    ("trazodone", "Trazodone is often given for sleep, but it is only authorised for depression.", ""),
    (
        "quetiapine",
        "Doctors prescribe quetiapine for sleep. The FDA label never mentions"
        " insomnia, so this is prescribing beyond what the label covers.",
        "",
    ),
    ("metformin", "Some clinics offer metformin for weight loss; weight loss is not something the FDA has looked at for metformin.", ""),
    ("trazodone", "Trazodone is widely used for insomnia, although its marketing authorisation is for depression only.", ""),
    (
        "spironolactone",
        "Dermatologists prescribe spironolactone for acne.\n\nThe paperwork for it never"
        " mentions skin at all, so this is prescribing outside those terms.",
        "",
    ),
    (
        "propranolol",
        "Propranolol was never licensed for this: it is only authorised for heart conditions and migraine prevention.",
        "Propranolol for stage fright",
    ),
    (
        "prazosin",
        "Your doctor has suggested prazosin to ease nightmares.\n\nPrazosin was never"
        " licensed for this; your team is prescribing it outside those terms.",
        "Prazosin for nightmares",
    ),
]

#: A disclosure about another condition does not cover the use beside it.
NEAR_MISS = [
    ("gabapentin", "Gabapentin is not licensed for anxiety. Many women take it for hot flushes.", "menopause symptoms", "error"),
]


@pytest.mark.parametrize(("drug", "body", "condition", "severity"), SHOULD + NEAR_MISS)
def test_use_told_in_passing_is_reported(drug: str, body: str, condition: str, severity: str) -> None:
    assert (condition, severity) in off_label(drug, body)


@pytest.mark.parametrize(("drug", "body", "title"), SHOULD_NOT)
def test_no_undisclosed_use(drug: str, body: str, title: str) -> None:
    assert off_label(drug, body, title) == []
