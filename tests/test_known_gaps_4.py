"""Known gaps of the claim checks, closed (fourth round): warnings and interactions scoped to
products, negation inside a misstatement's own match, off-label disclosures that cover only
the use they are about, and dose limits chosen by the tablet strength sold over the counter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, Project

from pipeline.errors import ConfigError
from pipeline.knowledge.facts import load_drug_file

CHECKS = (REPO / "checks").as_posix()


def _findings(project: Project, body: str, families: tuple[str, ...], drugs: str = "") -> list[dict[str, Any]]:
    project.config(f'knowledge = ["{CHECKS}"]\nbuiltin = false\n[severity]\nreadability = "off"\ngrammar = "off"\nmetadata = "off"\n')
    front = f"drugs: [{drugs}]\n" if drugs else ""
    project.write("probe.md", f"---\ntitle: Probe\n{front}---\n{body}\n", dedent=False)
    return [f for f in project.findings() if f["rule"].split(".")[0] in families]


def _items(findings: list[dict[str, Any]]) -> set[str]:
    """The interaction and warning ids an editor is asked to add."""
    return {f["extra"].get("warning") or f["extra"].get("interaction") for f in findings}


# -- 1. interactions and warnings scoped to products ----------------------------------------
SCOPED = ("interactions", "safety-warnings")


@pytest.mark.parametrize(
    "body",
    [
        "# Ivermectin lotion for head lice\n\nIvermectin lotion treats head lice. Put it on dry hair and rinse it off after 10 minutes.",
        "# Sklice\n\nSklice is a lotion for head lice. Ivermectin kills the lice. Rinse it off after 10 minutes.",
        "# Soolantra cream\n\nSoolantra (ivermectin) cream calms the bumps of rosacea. Use it once a day.",
    ],
    ids=["generic-lice", "sklice", "soolantra"],
)
def test_tablet_only_items_are_not_asked_of_topical_ivermectin(project: Project, body: str) -> None:
    items = _items(_findings(project, body, SCOPED))
    assert not items & {"warfarin", "mazzotti-loa-loa", "veterinary-products-overdose"}


@pytest.mark.parametrize(
    "body",
    [
        "# Stromectol\n\nStromectol is a tablet for a worm infection of the gut. Take Stromectol with water.",
        "# Ivermectin for river blindness\n\nIvermectin tablets treat river blindness. You swallow one dose with water.",
        "# Ivermectin\n\nDoctors use ivermectin for onchocerciasis. It is one dose, taken with water.",
    ],
    ids=["brand", "generic-river-blindness", "generic-onchocerciasis"],
)
def test_tablet_items_are_asked_of_articles_about_the_tablets(project: Project, body: str) -> None:
    findings = _findings(project, body, SCOPED)
    assert {"warfarin", "mazzotti-loa-loa", "veterinary-products-overdose"} <= _items(findings)
    assert {f["severity"] for f in findings if f["extra"].get("drug") == "ivermectin"} == {"warning"}


def test_tablet_items_given_are_not_asked_again(project: Project) -> None:
    body = (
        "# Stromectol\n\nStromectol is a tablet for a worm infection of the gut. Tell your doctor if you take warfarin; "
        "it can raise your INR. In river blindness the dying worms can cause itching, rash and fever (the Mazzotti reaction). "
        "Never take ivermectin made for horses: an overdose can cause seizures."
    )
    assert not _items(_findings(project, body, SCOPED)) & {"warfarin", "mazzotti-loa-loa", "veterinary-products-overdose"}


@pytest.mark.parametrize(
    ("drug", "body", "asked"),
    [
        ("semaglutide", "# Wegovy\n\nWegovy is a weekly shot that helps adults with obesity lose weight.", True),
        ("semaglutide", "# Semaglutide for weight loss\n\nSemaglutide is a weekly shot for weight loss in adults with obesity.", True),
        ("semaglutide", "# Ozempic\n\nOzempic is a weekly shot for type 2 diabetes. Many people also lose weight on it.", False),
        ("semaglutide", "# Semaglutide\n\nSemaglutide lowers blood sugar in adults with type 2 diabetes.", False),
        ("semaglutide", "# Ozempic (semaglutide)\n\nOzempic is used for type 2 diabetes. Some people lose weight on semaglutide.", False),
        ("tirzepatide", "# Zepbound\n\nZepbound is a weekly shot for weight loss in adults with obesity.", True),
        ("tirzepatide", "# Tirzepatide and sleep apnea\n\nTirzepatide treats sleep apnea in adults with obesity.", True),
        ("tirzepatide", "# Mounjaro\n\nMounjaro is a weekly shot for type 2 diabetes.", False),
    ],
    ids=[
        "wegovy",
        "generic-weight",
        "ozempic-weight-aside",
        "generic-diabetes",
        "ozempic-and-generic",
        "zepbound",
        "generic-osa",
        "mounjaro",
    ],
)
def test_suicidal_ideation_is_asked_of_wegovy_and_zepbound_articles(project: Project, drug: str, body: str, asked: bool) -> None:
    findings = [f for f in _findings(project, body, SCOPED) if f["extra"].get("warning") == "suicidal-ideation"]
    assert bool(findings) is asked
    assert all(f["severity"] == "warning" for f in findings)


def test_a_use_shared_with_another_product_does_not_select_the_scoped_product(project: Project) -> None:
    body = "# Semaglutide\n\nSemaglutide lowers blood sugar in type 2 diabetes and the risk of heart attacks and strokes."
    assert "suicidal-ideation" not in _items(_findings(project, body, SCOPED))


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        ("# Vivitrol\n\nVivitrol is a monthly shot for alcohol dependence, given in the buttock by a nurse.", True),
        ("# Naltrexone\n\nNaltrexone tablets help people with alcohol dependence drink less.", False),
        ("# Vivitrol\n\nVivitrol is a monthly shot for alcohol dependence. Call your doctor if the injection site pain gets worse.", False),
    ],
    ids=["vivitrol", "tablets", "vivitrol-given"],
)
def test_injection_site_reactions_are_asked_of_vivitrol_articles(project: Project, body: str, asked: bool) -> None:
    assert ("injection-site-reactions" in _items(_findings(project, body, SCOPED))) is asked


def test_giving_the_scoped_warning_satisfies_it(project: Project) -> None:
    body = (
        "# Wegovy\n\nWegovy helps adults with obesity lose weight. "
        "Call your doctor if you have new or worse depression or suicidal thoughts."
    )
    assert "suicidal-ideation" not in _items(_findings(project, body, SCOPED))


def test_scoped_item_names_must_be_brands(tmp_path: Path) -> None:
    text = (REPO / "checks" / "drugs" / "ivermectin.yml").read_text(encoding="utf-8")
    broken = text.replace("    products: [Stromectol]\n", "    products: [Stromectal]\n", 1)
    assert broken != text
    path = tmp_path / "ivermectin.yml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_drug_file(path)
    line = broken.splitlines().index("    products: [Stromectal]") + 1
    assert "products name 'Stromectal' is not one of this drug's brands or aliases" in str(caught.value)
    assert f"ivermectin.yml:{line}" in str(caught.value) or caught.value.line == line


# -- 2. negation inside a misstatement's own match ---------------------------------------------
def _misstatements(project: Project, drug: str, sentence: str) -> list[str]:
    findings = _findings(project, f"# {drug.capitalize()}\n\n{sentence}", ("accuracy",), drugs=drug)
    return [f["extra"]["misstatement"] for f in findings if f["rule"] == "accuracy.misstatement"]


@pytest.mark.parametrize(
    ("drug", "sentence"),
    [
        ("hydroxychloroquine", "Hydroxychloroquine does not cure COVID-19."),
        ("hydroxychloroquine", "Hydroxychloroquine never prevented COVID-19 in the large trials."),
        ("hydroxychloroquine", "Hydroxychloroquine isn't effective against COVID-19."),
        ("hydroxychloroquine", "Hydroxychloroquine is no longer thought to prevent COVID-19."),
        ("hydroxychloroquine", "Plaquenil, and it's a myth that it does, prevents COVID-19 only in rumours."),
        ("hydroxychloroquine", "Hydroxychloroquine, it is false that it protects you against COVID-19."),
        ("ivermectin", "Ivermectin doesn't treat COVID-19, and animal ivermectin can poison you."),
        ("ivermectin", "Stromectol cannot cure COVID-19."),
        ("fluconazole", "Fluconazole won't treat bacterial vaginosis; you need an antibiotic."),
        ("metronidazole", "Metronidazole does not clear up a yeast infection."),
        ("sumatriptan", "Sumatriptan does not prevent migraines; it treats one that has started."),
        ("minoxidil", "Minoxidil never cures hair loss: the new hair falls out when you stop."),
    ],
)
def test_a_negation_inside_the_match_denies_the_misstatement(project: Project, drug: str, sentence: str) -> None:
    assert _misstatements(project, drug, sentence) == []


@pytest.mark.parametrize(
    ("drug", "sentence", "item"),
    [
        ("hydroxychloroquine", "Hydroxychloroquine really does treat COVID-19.", "covid-cure"),
        ("ivermectin", "Ivermectin can stop COVID-19 in its tracks.", "covid-treatment"),
        ("fluconazole", "Fluconazole treats bacterial vaginosis.", "treats-bacterial-infections"),
        ("sumatriptan", "Sumatriptan prevents migraines if you take it every day.", None),
        # the negation is the misstatement's own wording: still stated
        ("lorazepam", "Lorazepam is not addictive.", "not-addictive"),
        ("acetaminophen", "You can't overdose on Tylenol.", "cannot-overdose"),
    ],
)
def test_misstatements_with_or_of_negation_are_still_caught(project: Project, drug: str, sentence: str, item: str | None) -> None:
    found = _misstatements(project, drug, sentence)
    assert found and (item is None or item in found), found


# -- 3. an off-label disclosure covers the use it is about --------------------------------------
def _off_label(project: Project, drug: str, body: str) -> list[str]:
    findings = _findings(project, f"# {drug.capitalize()}\n\n{body}", ("off-label",), drugs=drug)
    return [f["extra"]["condition"] for f in findings if f["rule"] == "off-label.undisclosed"]


@pytest.mark.parametrize(
    ("drug", "body", "condition"),
    [
        ("risperidone", "Risperidone is not approved for older people with dementia. Some people take it for sleep.", "insomnia"),
        (
            "risperidone",
            "Risperidone is not approved for older people with dementia, and it raises the risk of death. "
            "Doctors sometimes prescribe it for anxiety.",
            "anxiety",
        ),
        ("risperidone", "Risperidone is not approved for dementia, but some people take it for sleep.", "insomnia"),
        ("risperidone", "Doctors sometimes prescribe risperidone for anxiety. Note that it is not approved for dementia.", "anxiety"),
    ],
    ids=["warning-before", "warning-clause", "same-sentence", "warning-after"],
)
def test_a_warning_that_says_not_approved_does_not_disclose_another_use(project: Project, drug: str, body: str, condition: str) -> None:
    assert condition in _off_label(project, drug, body)


@pytest.mark.parametrize(
    ("drug", "body"),
    [
        ("risperidone", "Some doctors prescribe risperidone for sleep. That is an off-label use."),
        ("risperidone", "Some doctors prescribe risperidone for sleep, which is an off-label use."),
        ("risperidone", "Your doctor may prescribe risperidone for anxiety even though it is not officially approved for this."),
        ("risperidone", "Risperidone is sometimes used for PTSD. It is not approved for this use, but some doctors find it helps."),
        ("trazodone", "Trazodone is often prescribed for insomnia. This is off-label: it is only approved for depression."),
        ("trazodone", "Off-label, many doctors prescribe trazodone for sleep."),
        ("risperidone", "Risperidone is not approved for dementia or for sleep. Even so, some people take it for sleep."),
    ],
    ids=["next-sentence", "same-sentence", "even-though", "not-approved-for-this", "names-approved-use", "leading", "names-it"],
)
def test_disclosures_of_the_use_still_cover_it(project: Project, drug: str, body: str) -> None:
    assert _off_label(project, drug, body) == []


# -- 4. dose limits chosen by the strength sold over the counter ---------------------------------
def _above_max(project: Project, drug: str, sentence: str) -> list[tuple[str, str]]:
    findings = _findings(project, f"# {drug.capitalize()}\n\n{sentence}", ("dosage",), drugs=drug)
    return [(f["severity"], f["message"]) for f in findings if f["rule"] == "dosage.above-max"]


@pytest.mark.parametrize(
    ("drug", "sentence", "daily"),
    [
        ("naproxen", "Take naproxen sodium 220 mg, four tablets a day.", "880 mg"),
        ("naproxen", "Take one naproxen sodium 220 mg tablet four times a day.", "880 mg"),
        ("naproxen", "Take naproxen sodium 440 mg (two 220 mg tablets) three times a day.", "1,320 mg"),
        ("ibuprofen", "Take ibuprofen 200 mg, two tablets four times a day.", "1,600 mg"),
        ("ibuprofen", "Take Advil 200 mg, two tablets every 4 hours.", "2,400 mg"),
        ("ibuprofen", "Take ibuprofen 400 mg (two 200 mg tablets) four times a day.", "1,600 mg"),
    ],
)
def test_an_otc_strength_gets_the_otc_daily_maximum(project: Project, drug: str, sentence: str, daily: str) -> None:
    found = _above_max(project, drug, sentence)
    assert found, f"not flagged: {sentence}"
    severity, message = found[0]
    # above the OTC label but within a prescription regimen of the same molecule: a warning
    assert severity == "warning" and daily in message and "strength" in message and "doctor" in message


def test_an_otc_only_brand_above_its_label_is_an_error(project: Project) -> None:
    assert [s for s, _ in _above_max(project, "naproxen", "Take Aleve 220 mg four times a day.")] == ["error"]


@pytest.mark.parametrize(
    ("drug", "sentence"),
    [
        ("naproxen", "Take naproxen sodium 220 mg every 8 to 12 hours; no more than 3 tablets in 24 hours."),
        ("naproxen", "Take one naproxen sodium 220 mg tablet every 12 hours."),
        ("naproxen", "Your doctor may prescribe naproxen sodium 550 mg twice a day."),
        ("ibuprofen", "Take ibuprofen 200 mg, one or two tablets every 6 hours, no more than 6 tablets a day."),
        ("ibuprofen", "Your doctor may prescribe ibuprofen 400 mg three times a day."),
        ("ibuprofen", "Take one 200 mg ibuprofen tablet every 4 to 6 hours."),
    ],
)
def test_doses_within_the_strengths_label_pass(project: Project, drug: str, sentence: str) -> None:
    assert _above_max(project, drug, sentence) == []
