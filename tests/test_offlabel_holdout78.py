"""Off-label uses and their disclosures as classes, from what holdout7/holdout8 showed: each
class is written in several voices (leaflet, newsletter, forum, caregiver blog, British English,
non-native English) besides the draft's own wording. Disclosures in other words ("outside its
licence", "not what it's approved for", an approval claim refuted), a negation over a series of
uses, a title or heading covered by the article's own disclosure; uses given to people with the
condition ("what ER doctors give kids with a stomach bug"), helping a relative sleep, passing a
stone, a weight perk; and brand names typed in lower case ("xanax", "zoloft", "ozempic"), except
brands that are ordinary words ("tums"). Each case asserts what the writer would see: the
off-label.undisclosed finding for that condition with its severity, or none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import REPO
from test_offlabel_class import off_label

#: (drug, body, condition, severity): an undisclosed use the writer must see.
SHOULD = [
    # -- giving it to people with the condition: a stomach bug --
    (
        "ondansetron",
        "It's also what ER doctors commonly give kids with a stomach bug who can't keep anything down.",
        "gastroenteritis",
        "error",
    ),
    ("ondansetron", "A&E doctors often give children with gastroenteritis a dose of ondansetron.", "gastroenteritis", "error"),
    ("ondansetron", "Ondansetron is routinely given to toddlers with norovirus.", "gastroenteritis", "error"),
    ("ondansetron", "Our GP gives it to anyone with a nasty tummy bug.", "gastroenteritis", "warning"),
    ("ondansetron", "In hospital they give ondansetron to the children with stomach flu.", "gastroenteritis", "error"),
    # -- passing a kidney stone --
    (
        "tamsulosin",
        "Our practice nurse tells us her husband was given a short course to help him\npass a kidney stone last year.",
        "kidney stones",
        "error",
    ),
    ("tamsulosin", "Urologists sometimes prescribe tamsulosin to help a kidney stone pass.", "kidney stones", "error"),
    ("tamsulosin", "My brother got a week of Flomax in A&E to help the stone come out.", "kidney stones", "error"),
    ("tamsulosin", "He was sent home with tamsulosin so he could pass the stone on his own.", "kidney stones", "error"),
    ("tamsulosin", "Tamsulosin is also handy for passing kidney stones.", "kidney stones", "error"),
    # -- helping a relative sleep, said by the doctor --
    (
        "clonidine",
        "Dr. Kaur also said it would help Mum get off to sleep at night, which honestly was half the appeal.",
        "insomnia",
        "warning",
    ),
    ("clonidine", "The GP reckoned clonidine would help my husband get to sleep too.", "insomnia", "warning"),
    ("clonidine", "Her consultant said it might also help Nan drop off to sleep.", "insomnia", "warning"),
    ("clonidine", "Doctor say this medicine also help my mother to sleep better.", "insomnia", "error"),
    # -- weight loss as a perk others ask for --
    (
        "topiramate",
        "- **Less appetite.** I've dropped two dress sizes since spring without even trying, and a few\n"
        "  friends have asked their own doctors about it for exactly that reason.",
        "weight loss",
        "warning",
    ),
    (
        "topiramate",
        "I've lost a stone since starting topiramate, and two friends have asked their GPs about it for exactly that reason.",
        "weight loss",
        "warning",
    ),
    ("topiramate", "The weight just fell off me on topiramate, and my sister wants it for the same reason.", "weight loss", "warning"),
    # -- a heading naming a use the article never discloses --
    ("spironolactone", "## Spironolactone for hormonal acne\n\nIt works well.", "acne", "error"),
    # -- brand names typed in lower case --
    ("alprazolam", "xanax at bedtime = lights out for me lol", "insomnia", "warning"),
    ("sertraline", "my doc put me on zoloft to help me sleep, works great", "insomnia", "error"),
    ("semaglutide", "everyone at the gym is on ozempic to shed pounds before summer", "weight loss", "warning"),
]

#: (drug, body): no undisclosed use (disclosed in other words, negated, given with caution).
SHOULD_NOT = [
    # -- disclosures in other words --
    ("venlafaxine", "Some specialists use venlafaxine for hot flushes in women who can't take HRT. That use is outside its licence."),
    ("gabapentin", "Gabapentin is sometimes prescribed for hot flushes; this is an unlicensed use."),
    ("amitriptyline", "Amitriptyline is often used for tinnitus, although it is not licensed for this in the UK."),
    ("trazodone", "Doctors prescribe trazodone off-licence for sleep."),
    ("quetiapine", "Low-dose quetiapine is given for insomnia, but that is not an approved use."),
    ("metformin", "Metformin is sometimes prescribed for PCOS, though that's not what it's approved for."),
    ("propranolol", "Propranolol for stage fright is common, but the label doesn't cover performance anxiety."),
    ("spironolactone", "Dermatologists use spironolactone for acne. Acne is not on the official list of approved uses."),
    ("sertraline", "Sertraline is sometimes used for premature ejaculation; the FDA hasn't signed off on that use."),
    ("clonidine", "Many doctor use clonidine for sleep problem in children, but this is not approve for this use."),
    # -- an approval claim refuted, the use named in other words ("sleep aid" for insomnia) --
    ("quetiapine", "A friend swears by quetiapine for her insomnia. It's a myth that Seroquel is approved as a sleep aid; it isn't."),
    ("trazodone", "My cousin takes trazodone for sleep. It's not true that trazodone is FDA-approved for insomnia."),
    # -- a heading covered by the article's own disclosure of its use --
    (
        "spironolactone",
        "## Spironolactone for hormonal acne\n\nIt works well.\n\n## Is it approved?\n\nUsing spironolactone for acne is off-label.",
    ),
    # -- a negation over a series of uses --
    (
        "minoxidil",
        "It is not meant for a receding hairline at the temples, for sudden or patchy hair loss, or for hair loss after having a baby.",
    ),
    ("gabapentin", "Gabapentin isn't intended for anxiety, for sleep or for back pain."),
    ("trazodone", "Don't use trazodone for anxiety, for pain, or for headaches."),
    ("quetiapine", "Quetiapine should not be used for sleep, or for anxiety."),
    ("quetiapine", "This medicine is not for the sleep problems, and not for the anxiety."),
    # -- giving it to people with a condition, with caution or as a side effect --
    ("ondansetron", "It is safe to give ondansetron to children with asthma."),
    ("propranolol", "Propranolol can give people with asthma a bad attack."),
    ("ondansetron", "Take extra care when giving it to people with heart failure."),
    ("tamsulosin", "Tamsulosin is for an enlarged prostate. Drink plenty of water to help prevent kidney stones."),
    ("sertraline", "She came home with sertraline and a leaflet."),
    # -- a side effect feared or warned of, not an outcome wanted --
    ("prednisone", "Take it in the morning with breakfast. Taking it late is a recipe for lying awake."),
    ("ondansetron", "My husband takes two heart medicines and he's worried they'll knock him out."),
    ("quetiapine", "I was scared it would knock Dad out completely."),
]


@pytest.mark.parametrize(("drug", "body", "condition", "severity"), SHOULD, ids=[f"{d}-{i}" for i, (d, *_) in enumerate(SHOULD)])
def test_an_undisclosed_use_is_reported(drug: str, body: str, condition: str, severity: str) -> None:
    assert (condition, severity) in off_label(drug, body)


@pytest.mark.parametrize(("drug", "body"), SHOULD_NOT, ids=[f"{d}-{i}" for i, (d, _) in enumerate(SHOULD_NOT)])
def test_no_undisclosed_use_is_reported(drug: str, body: str) -> None:
    assert off_label(drug, body) == []


_NAMES: dict[str, Any] = {}


def _drugs_named(text: str) -> list[str]:
    from pipeline.concepts.drugs import get_names
    from pipeline.config import load_config
    from pipeline.run.runner import make_context

    if "names" not in _NAMES:
        _NAMES["names"] = get_names(make_context(load_config(start=REPO)))
    return [generic for _, _, generic in _NAMES["names"].find(text)]


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("xanax at bedtime", "alprazolam"),
        ("been on zoloft since june", "sertraline"),
        ("everyone's on ozempic", "semaglutide"),
        ("my prozac dose", "fluoxetine"),
        ("I take Tums for heartburn", "calcium carbonate"),
    ],
)
def test_a_brand_is_found_in_any_case(text: str, generic: str) -> None:
    assert generic in _drugs_named(text)


@pytest.mark.parametrize("text", ["that tums my stomach", "you may simply sleep better after a walk", "bayer is a company"])
def test_a_brand_that_is_an_ordinary_word_needs_its_capital(text: str) -> None:
    assert _drugs_named(text) == []


_HUNSPELL = Path("/usr/share/hunspell/en_US.dic")
#: Brands made of English words that name the medicine itself in lower case too (the herb).
_NAMES_OF_THE_MEDICINE = {"st john's wort", "st johns wort"}


@pytest.mark.skipif(not _HUNSPELL.is_file(), reason="the en_US Hunspell word list is not installed")
def test_every_brand_that_is_an_english_word_needs_its_capital() -> None:
    """A brand made of lower-case words of the en_US Hunspell list ("tums", "simply sleep") must be
    listed under capitalised_only in checks/drug-names.yml, or it would match ordinary prose."""
    import yaml

    from pipeline.config import load_config
    from pipeline.knowledge.facts import get_facts
    from pipeline.run.runner import make_context

    lines = _HUNSPELL.read_text(encoding="utf-8", errors="ignore").splitlines()[1:]
    words = {w for w in (line.partition("/")[0] for line in lines) if w[:1].islower()}
    listed = yaml.safe_load((REPO / "checks" / "drug-names.yml").read_text(encoding="utf-8"))["drugs"].values()
    facts = get_facts(make_context(load_config(start=REPO)))
    brands = {b.lower() for names in listed for b in names} | {b.lower() for d in facts.drugs.values() for b in d.brands}
    ordinary = {b for b in brands if all(w in words or (w.endswith("s") and w[:-1] in words) for w in b.replace("'", "").split())}
    _drugs_named("")
    assert ordinary - _NAMES_OF_THE_MEDICINE - _NAMES["names"].capitalised == set()
