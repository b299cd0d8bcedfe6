"""Off-label structure, by wording class, from what holdout19/holdout20 flagged wrongly or
missed: whose use it is when one molecule is sold as products with uses of their own (a use
the generic name covers is the molecule's when the sentence points at the drug by "it"; said
of a product by its name it is off that product's label, a warning); a disclosure shaped
"another product is approved for X; ours is not"; a use told of the drug only by a
description of its form ("the melt-on-the-tongue tablets") or after a prescription phoned
through; performance anxiety told by the occasion the dose is taken before. Each case asserts
what the writer would see: the finding with its condition and severity, or none."""

from __future__ import annotations

import pytest
from rule_runner import run_rule

OFF_LABEL = "off-label.undisclosed"


def reported(drug: str, body: str) -> list[tuple[str, str]]:
    """(condition, severity) of each undisclosed off-label use in an article about ``drug``."""
    return [(f.extra["condition"], f.severity.value) for f in run_rule(drug, body, OFF_LABEL)]


#: (drug, body): a use the generic name covers, said by "it" or "what people take" beside a
#: product that is not approved for it: the molecule's approved use, not reported.
MOLECULE_APPROVED = [
    (
        "paroxetine",
        "I'm on the little 7.5 mg capsule, Brisdelle, at bedtime for hot flashes. "
        "My gyno said it's a tiny dose compared with what people take for depression.",
    ),
    ("paroxetine", "Brisdelle is the low-dose capsule for hot flushes. At higher doses it is used for panic disorder."),
    ("bupropion", "Zyban is the stop-smoking version. Most people who take it, though, take it for depression."),
    ("sildenafil", "Revatio is the lung-pressure brand, but a lot of men take it for erectile dysfunction."),
    ("tadalafil", "My dad is on Adcirca for his lungs; the same pill is what my GP gives me for erectile dysfunction."),
    ("semaglutide", "Wegovy is the weight-loss pen; my mum uses it for type 2 diabetes at a lower dose."),
]

#: (drug, body, condition): a use said of a product by its name that only another product of the
#: molecule is approved for: reported, an error, as for any unapproved use named (each product has
#: its own dose and form: Proscar is not Propecia, Revatio's dose is not Viagra's).
PRODUCT_OFF_ITS_LABEL = [
    ("semaglutide", "Plenty of people now get Ozempic prescribed to lose weight.", "weight loss"),
    ("tadalafil", "Some urologists prescribe Adcirca for erectile dysfunction.", "erectile dysfunction"),
    ("bupropion", "Her psychiatrist put her on Zyban for depression.", "depression"),
    ("sildenafil", "He was given Revatio for erectile dysfunction because it was cheaper.", "erectile dysfunction"),
    ("paroxetine", "My GP started me on Brisdelle for my depression.", "depression"),
]

#: (drug, body): a use named next to a disclosure that another product, not this one, is approved for it.
DISCLOSED_BY_ANOTHER_PRODUCT = [
    (
        "naltrexone",
        "You may have seen naltrexone mentioned for weight loss. Contrave, a different medicine that combines "
        "naltrexone with bupropion, is approved for weight management; naltrexone on its own is not.",
    ),
    (
        "naltrexone",
        "Some clinics offer naltrexone for weight loss. Contrave is licensed for weight loss, but plain naltrexone isn't.",
    ),
    (
        "naltrexone",
        "You might have heard of naltrexone for weight loss. On its own it is not licensed for weight loss; Contrave is.",
    ),
    ("naltrexone", "People use naltrexone to lose weight, but that's not what it's approved for."),
    ("naltrexone", "Naltrexone is sometimes suggested for weight loss. It has no approval for weight loss by itself."),
    ("naltrexone", "Online you'll read about naltrexone for weight loss. The plain tablets aren't approved for weight loss."),
]

#: (drug, body): a use told without such a disclosure: still reported.
UNDISCLOSED = [
    ("naltrexone", "Many of our patients take naltrexone for weight loss, and Contrave is approved for weight management."),
    ("naltrexone", "Our doctors prescribe naltrexone for weight loss; it is approved for alcohol dependence."),
    ("naltrexone", "Naltrexone is great for weight loss. Contrave, which contains it, is approved for weight loss."),
]

#: (drug, body, condition): a use told of the article's only drug by a description of its form
#: or after a prescription sent without a visit.
DESCRIBED_FORM = [
    (
        "ondansetron",
        "When the twins brought a vomiting bug home from daycare in January and it knocked out all four of us, our family "
        "doctor phoned through a few of the melt-on-the-tongue tablets for my husband, and they got him through the worst of it.",
        "gastroenteritis",
    ),
    (
        "ondansetron",
        "When my son caught a stomach bug at nursery, the GP rang through a prescription for the little dissolving tablets.",
        "gastroenteritis",
    ),
    (
        "ondansetron",
        "When norovirus went round the house, the doctor sent over a prescription for the dissolving tablets.",
        "gastroenteritis",
    ),
    (
        "ondansetron",
        "Last winter we all caught gastroenteritis and the GP phoned in a script for the melt-in-the-mouth tablets.",
        "gastroenteritis",
    ),
    (
        "ondansetron",
        "My husband had a stomach bug, so the doctor wrote him a prescription for the little white tablets.",
        "gastroenteritis",
    ),
    ("ondansetron", "For a stomach bug, these little melts were a lifesaver.", "gastroenteritis"),
    ("ondansetron", "She uses the melts for her migraines.", "migraine"),
]

#: (drug, body): the same descriptions, the use negated, disclosed, advised against or another medicine's.
DESCRIBED_FORM_QUIET = [
    ("ondansetron", "When the kids had a stomach bug, the GP prescribed the little pink tablets of loperamide instead."),
    ("ondansetron", "The melts are not approved for a stomach bug, so our GP did not prescribe them."),
    ("ondansetron", "Do not use the little dissolving tablets for a stomach bug."),
    ("ondansetron", "The doctor said the melts are licensed for chemotherapy sickness, not for a stomach bug."),
    ("ondansetron", "Our oncologist phoned through a few of the melt-on-the-tongue tablets for the sickness after chemotherapy."),
]

#: (drug, body): a dose taken before an occasion that stands for performance nerves.
OCCASION = [
    ("propranolol", "Half the orchestra pops one before the opening night."),
    ("propranolol", "He takes one ahead of the big game."),
    ("propranolol", "I took half a tablet before my wedding speech."),
    ("propranolol", "Half the orchestra pops one before the concert."),
    ("propranolol", "Before every audition she takes propranolol."),
]

#: (drug, body): occasions that are not a use.
OCCASION_QUIET = [
    ("propranolol", "Do not take propranolol before the big game to calm your nerves without asking your doctor."),
    ("propranolol", "Propranolol is not approved for nerves before a concert; that use is off-label."),
    ("propranolol", "Take your usual dose before the wedding as normal, with breakfast."),
]


@pytest.mark.parametrize(("drug", "body"), MOLECULE_APPROVED)
def test_use_the_generic_covers_said_by_it_is_not_reported(drug: str, body: str) -> None:
    assert reported(drug, body) == []


@pytest.mark.parametrize(("drug", "body", "condition"), PRODUCT_OFF_ITS_LABEL)
def test_use_said_of_a_product_off_its_label_is_an_error(drug: str, body: str, condition: str) -> None:
    assert (condition, "error") in reported(drug, body)


@pytest.mark.parametrize(("drug", "body"), DISCLOSED_BY_ANOTHER_PRODUCT)
def test_disclosure_that_only_another_product_is_approved_covers_the_use(drug: str, body: str) -> None:
    assert reported(drug, body) == []


@pytest.mark.parametrize(("drug", "body"), UNDISCLOSED)
def test_use_without_the_disclosure_is_an_error(drug: str, body: str) -> None:
    assert ("weight loss", "error") in reported(drug, body)


@pytest.mark.parametrize(("drug", "body", "condition"), DESCRIBED_FORM)
def test_use_of_the_drug_told_by_its_form_is_reported(drug: str, body: str, condition: str) -> None:
    assert condition in [c for c, _ in reported(drug, body)]


@pytest.mark.parametrize(("drug", "body"), DESCRIBED_FORM_QUIET)
def test_described_form_negated_disclosed_or_another_medicine_is_quiet(drug: str, body: str) -> None:
    assert reported(drug, body) == []


@pytest.mark.parametrize(("drug", "body"), OCCASION)
def test_dose_before_an_occasion_is_performance_anxiety(drug: str, body: str) -> None:
    assert ("anxiety", "warning") in reported(drug, body)


@pytest.mark.parametrize(("drug", "body"), OCCASION_QUIET)
def test_occasion_advice_negation_or_disclosure_is_quiet(drug: str, body: str) -> None:
    assert reported(drug, body) == []
