"""Classes of wording the held-out drafts showed the drug checks missing: doses in
table rows and brackets ("2 tablets (100 mg) every 4 hours"), tablet counts with the
strength named elsewhere ("up to 12 tablets a day"), denials of a boxed risk ("is not
addictive") that must not count as the warning, and wrong drug classes ("a mild
tranquilizer" for buspirone). Each class is tried in several wordings, with the
wordings that must stay quiet."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import REPO

from pipeline.concepts.doses import find_doses, find_strengths, find_tablet_counts

FAMILIES = {"off-label", "interactions", "safety-warnings", "dosage", "accuracy"}


@pytest.fixture
def project(project: Any) -> Any:
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[severity]\ngrammar = "off"\n')
    return project


def drug_findings(project: Any, body: str, drugs: list[str], name: str = "a.md") -> list[dict[str, Any]]:
    front = f"---\ndrugs: [{', '.join(drugs)}]\n---\n"
    project.write(name, front + body, dedent=False)
    return [f for f in project.findings() if f["check"] in FAMILIES]


def rules_of(findings: list[dict[str, Any]], rule: str) -> list[dict[str, Any]]:
    return [f for f in findings if f["rule"] == rule]


# -- reading doses ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "per_dose", "per_day"),
    [
        ("2 tablets (100 mg) every 4 hours, around the clock", 100, 6),
        ("two tablets (50 mg each) every 4 hours", 100, 6),
        ("one capsule (20 mg) once a day", 20, 1),
        ("50 to 100 mg up to four times a day", 100, 4),
        ("100 mg every six hours", 100, 4),
        ("100 mg, as needed, every 4 hours", 100, 6),
    ],
)
def test_how_often_is_read_past_brackets_and_hedges(text: str, per_dose: float, per_day: float) -> None:
    (dose,) = find_doses(text)
    assert (dose.high_mg, dose.per_day) == (per_dose, per_day)


def test_tablet_counts_and_strengths() -> None:
    counts = find_tablet_counts("Take 1 or 2 tablets every 4 to 6 hours as needed, no more than 8 tablets in 24 hours.")
    assert [(c.count, c.per_day, c.daily) for c in counts] == [(2, 6, False), (8, None, True)]
    assert not find_tablet_counts("2 tablets (100 mg) every 4 hours")
    assert not find_tablet_counts("The bottle holds 30 tablets.")
    assert [mg for _, mg in find_strengths("The tablets come in 50 mg and 100 mg strengths.")] == [50, 100]
    assert [mg for _, mg in find_strengths("Ultram comes as 50-mg tablets.")] == [50]
    assert [mg for _, mg in find_strengths("Each capsule contains 300 mg of gabapentin.")] == [300]


# -- dosage.above-max ------------------------------------------------------------------------
TABLE = "# Tramadol\n\nTramadol is an opioid pain medicine.\n\n## Dosage chart\n\n| Situation | Dose |\n|---|---|\n"


@pytest.mark.parametrize(
    "body",
    [
        TABLE + "| Strong pain | 2 tablets (100 mg) every 4 hours, around the clock |\n",
        TABLE + "| Severe pain | two tablets (50 mg each) every four hours |\n",
        TABLE + "| Bad days | 150 mg four times a day |\n",
        "# Tramadol\n\nTramadol comes as 50 mg tablets.\n\nSome readers tell us they take up to 12 tablets a day when the pain is bad.\n",
        "# Tramadol\n\nEach tablet contains 50 mg of tramadol.\n\nFor strong pain, two tablets every 4 hours around the clock.\n",
        "# Tramadol\n\nTramadol tablets come in 50 mg and 100 mg.\n\nDon't go over 10 tablets in 24 hours.\n",
    ],
    ids=["table-bracket-total", "table-each", "table-four-times", "up-to-count", "count-every-hours", "count-in-24h"],
)
def test_doses_above_the_maximum_in_tables_brackets_and_counts(project: Any, body: str) -> None:
    found = rules_of(drug_findings(project, body, ["tramadol"]), "dosage.above-max")
    assert len(found) == 1, found
    assert found[0]["severity"] == "error"


@pytest.mark.parametrize(
    "body",
    [
        TABLE + "| Regular use | 50 to 100 mg every 4 to 6 hours as needed, no more than 400 mg a day |\n",
        "# Tramadol\n\nTramadol comes as 50 mg tablets.\n\n"
        "Take 1 or 2 tablets every 4 to 6 hours as needed, no more than 8 tablets in 24 hours.\n",
        "# Tramadol\n\nTramadol comes as 50 mg tablets.\n\nTake one tablet (50 mg) every 6 hours.\n",
        "# Tramadol\n\nEach tablet is 50 mg.\n\nMost people need two tablets three times a day.\n",
        "# Tramadol\n\nTake 1 or 2 tablets every 4 to 6 hours as needed.\n",
        "# Tramadol\n\nA pack has 30 tablets of 50 mg.\n",
        "# Tramadol\n\nThe pharmacy gave me a bottle of 60 tramadol 50 mg tablets.\n",
        "# Tramadol\n\nA month's supply of 120 tablets (50 mg) costs little.\n",
    ],
    ids=["table-with-cap", "count-with-cap", "bracket-within", "count-within", "no-strength-named", "pack-size", "bottle", "supply"],
)
def test_doses_at_or_below_the_maximum_pass(project: Any, body: str) -> None:
    assert rules_of(drug_findings(project, body, ["tramadol"]), "dosage.above-max") == []


# -- safety-warnings: a denial is not the warning ---------------------------------------------
LORAZEPAM = (
    "# Lorazepam\n\nLorazepam treats anxiety.\n\n"
    "Taking lorazepam with opioids can slow your breathing and cause death. Do not drink alcohol with it.\n\n"
    "Do not stop taking lorazepam suddenly; your doctor will taper the dose to avoid withdrawal reactions.\n\n"
)


def _abuse_missing(project: Any, extra: str) -> bool:
    found = rules_of(drug_findings(project, LORAZEPAM + extra, ["lorazepam"]), "safety-warnings.missing")
    return any(f.get("warning") == "abuse-addiction" or "abuse, misuse, and addiction" in f["message"] for f in found)


@pytest.mark.parametrize(
    "extra",
    [
        "A common worry is addiction. Taken exactly as prescribed, lorazepam is not addictive.\n",
        "People ask about addiction all the time. Used the way your doctor says, it isn't habit-forming.\n",
        "Worried about dependence? There is no risk of dependence at the doses doctors use.\n",
        "Addiction is the big fear, but a short course won't get you addicted and it is non-addictive in practice.\n",
        "Misuse is something people read about online; lorazepam does not cause addiction when taken as directed.\n",
    ],
    ids=["not-addictive", "isnt-habit-forming", "no-risk-of-dependence", "wont-get-you-addicted", "does-not-cause"],
)
def test_a_denied_risk_is_not_the_boxed_warning(project: Any, extra: str) -> None:
    assert _abuse_missing(project, extra)


@pytest.mark.parametrize(
    "extra",
    [
        "Lorazepam can be habit-forming; take it only as prescribed and never share it.\n",
        "Even at prescribed doses, lorazepam carries a risk of abuse, misuse and addiction.\n",
        "Some people think it is not addictive, but it can lead to addiction and overdose.\n",
        "Lorazepam is habit-forming. Do not take more than prescribed.\n",
    ],
    ids=["can-be-habit-forming", "carries-a-risk", "myth-then-warning", "is-habit-forming"],
)
def test_a_real_warning_still_counts_beside_a_denial(project: Any, extra: str) -> None:
    assert not _abuse_missing(project, extra)


def test_a_prohibition_is_a_warning_not_a_denial(project: Any) -> None:
    body = (
        "# Levothyroxine\n\nLevothyroxine treats an underactive thyroid.\n\n## Not for weight loss\n\n"
        "Do not use levothyroxine to lose weight. It does not help people with a normal thyroid lose weight, "
        "and large doses can cause serious or life-threatening side effects.\n"
    )
    found = rules_of(drug_findings(project, body, ["levothyroxine"]), "safety-warnings.missing")
    assert not any("weight" in f["message"].lower() for f in found)


# -- accuracy.misstatement: wrong drug class in other words -----------------------------------
@pytest.mark.parametrize(
    ("drug", "sentence"),
    [
        ("buspirone", "Buspirone is a mild tranquilizer, so think of it as a gentler cousin of the older anxiety pills."),
        ("buspirone", "Buspirone, a light sedative, is taken twice a day."),
        ("buspirone", "In short, buspirone is a newer kind of benzodiazepine."),
        ("buspirone", "Buspirone belongs to the benzodiazepine family."),
        ("buspirone", "Buspirone is closely related to the benzodiazepines."),
        ("gabapentin", "Gabapentin is a weak opioid that calms nerve pain."),
        ("gabapentin", "Gabapentin belongs to the opioid class of medicines."),
        ("meloxicam", "Meloxicam is a type of muscle relaxant."),
        ("cyclobenzaprine", "Cyclobenzaprine is a strong painkiller for back pain."),
        ("cyclobenzaprine", "Cyclobenzaprine is an NSAID like ibuprofen."),
    ],
)
def test_wrong_class_statements_are_misstatements(project: Any, drug: str, sentence: str) -> None:
    body = f"# {drug.capitalize()}\n\n{sentence}\n"
    found = rules_of(drug_findings(project, body, [drug]), "accuracy.misstatement")
    assert len(found) == 1, found


@pytest.mark.parametrize(
    ("drug", "sentence"),
    [
        ("buspirone", "Buspirone is not a tranquilizer or a benzodiazepine."),
        ("buspirone", "Buspirone is a different kind of medicine from the benzodiazepines."),
        ("buspirone", "Unlike buspirone, a benzodiazepine such as lorazepam works within an hour, and it can be habit-forming."),
        ("buspirone", "Buspirone is an alternative to benzodiazepines for long-term anxiety."),
        ("gabapentin", "Gabapentin is not an opioid, but it can still slow breathing when taken with one."),
        ("cyclobenzaprine", "Cyclobenzaprine is a muscle relaxant, usually taken alongside a painkiller such as ibuprofen."),
        ("meloxicam", "Meloxicam is a prescription NSAID."),
    ],
)
def test_right_or_contrasting_class_statements_pass(project: Any, drug: str, sentence: str) -> None:
    body = f"# {drug.capitalize()}\n\n{sentence}\n"
    assert rules_of(drug_findings(project, body, [drug]), "accuracy.misstatement") == []


def test_a_dose_in_brackets_is_not_a_tablet_strength() -> None:
    assert not find_strengths("Take 2 caplets of Tylenol 8 HR (1,300 mg) every 8 hours.")
    assert not find_strengths("2 caplets contain 1,000 mg.")
    assert [mg for _, mg in find_strengths("Each tablet is 50 mg.")] == [50]


# -- dosage: whose dose, and which label -----------------------------------------------------
@pytest.mark.parametrize(
    ("drugs", "body", "flagged"),
    [
        (
            ["glipizide"],
            "# Glipizide\n\nThe label's upper limit for the standard tablet is 40 mg a day. "
            "The extended-release version, Glucotrol XL, tops out at 20 mg.\n",
            False,
        ),
        (
            ["glipizide"],
            "# Glipizide\n\nRegular glipizide can go as high as 40 mg daily, split in two; Glucotrol XL is the once-a-day form.\n",
            False,
        ),
        (["glipizide"], "# Glipizide\n\nGlucotrol XL is taken with breakfast. Some people take 40 mg a day.\n", True),
        (
            ["amlodipine"],
            "# Amlodipine\n\nIf you take simvastatin for cholesterol, your doctor will keep its dose at 20 mg a day or less. "
            "Some antifungals can raise amlodipine levels.\n",
            False,
        ),
        (
            ["amlodipine"],
            "# Amlodipine\n\nPeople taking simvastatin should stay at 20 mg a day or below. Grapefruit can raise amlodipine levels too.\n",
            False,
        ),
        (["amlodipine"], "# Amlodipine\n\nIf you take simvastatin, amlodipine can go up to 20 mg a day.\n", True),
        (["amlodipine"], "# Amlodipine\n\nIf you take simvastatin, keep taking 90 mg a day of your blood pressure tablet.\n", True),
    ],
    ids=[
        "brand-later-sentence",
        "brand-later-clause",
        "brand-earlier",
        "alongside-its-dose",
        "people-taking",
        "owner-named",
        "too-high-for-both",
    ],
)
def test_whose_dose_and_which_label(project: Any, drugs: list[str], body: str, flagged: bool) -> None:
    found = rules_of(drug_findings(project, body, drugs), "dosage.above-max")
    assert bool(found) == flagged, found


# -- dosage: a table row's drug ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "# Tramadol or ibuprofen?\n\nBoth tramadol and ibuprofen treat pain.\n\n## Tramadol dosage chart\n\n"
            "| Situation | Dose |\n|---|---|\n| Strong pain | 2 tablets (100 mg) every 4 hours |\n",
            True,
        ),
        (
            "# Pain relief compared\n\nTramadol and ibuprofen work differently.\n\n"
            "| When | Tramadol dose |\n|---|---|\n| Bad days | 150 mg four times a day |\n",
            True,
        ),
        (
            "# Pain relief compared\n\nTramadol and ibuprofen work differently.\n\n"
            "| Medicine | Usual adult dose |\n|---|---|\n| Ibuprofen | 800 mg every 6 hours |\n| Tramadol | 50 to 100 mg every 6 hours |\n",
            False,
        ),
        (
            "# Pain relief compared\n\nTramadol and ibuprofen work differently.\n\n"
            "| Medicine | Usual adult dose |\n|---|---|\n| Ibuprofen | 3,200 mg a day |\n| Tramadol | 400 mg a day |\n",
            False,
        ),
    ],
    ids=["section-heading", "header-cell", "row-names-each", "row-daily-totals"],
)
def test_a_table_rows_drug_is_in_its_row_header_or_section(project: Any, body: str, flagged: bool) -> None:
    found = rules_of(drug_findings(project, body, ["tramadol", "ibuprofen"]), "dosage.above-max")
    assert bool(found) == flagged, found


def test_a_comparison_row_is_not_the_articles_drug(project: Any) -> None:
    body = (
        "# Naproxen\n\nNaproxen eases arthritis pain.\n\n"
        "| Medicine | Most in a day |\n|---|---|\n| Ibuprofen (prescription) | 3,200 mg a day |\n| Naproxen | 1,000 mg a day |\n"
    )
    assert rules_of(drug_findings(project, body, ["naproxen"]), "dosage.above-max") == []


@pytest.mark.parametrize(
    ("extra", "missing"),
    [
        ("Follow the label and lorazepam won't get you hooked. Addiction mostly happens to other people.\n", True),
        ("Even taken as prescribed, lorazepam can get you hooked, so use it for the shortest time.\n", False),
    ],
    ids=["wont-get-you-hooked", "can-get-you-hooked"],
)
def test_hooked_is_the_addiction_warning_in_plain_words(project: Any, extra: str, missing: bool) -> None:
    assert _abuse_missing(project, extra) == missing


# -- holdout2 classes ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("taking a second 10 mg tab about an hour later usually does the trick", 2),
        ("if you wake at 3 am, another 10 mg gets you back to sleep", 2),
        ("some people take an extra 5 mg tablet when it wears off", 2),
        ("then one more 10 mg pill if you are still awake", 2),
        ("take another 10 mg the next night", None),
        ("another 10 mg tablet tomorrow if you still cannot sleep", None),
        ("one 10 mg tablet right before bed", None),
    ],
)
def test_a_second_dose_the_same_night_doubles_it(text: str, per_day: float | None) -> None:
    (dose,) = find_doses(text)
    assert dose.per_day == per_day


@pytest.mark.parametrize(
    ("drug", "body", "flagged"),
    [
        ("zolpidem", "If one tablet doesn't put you under, taking a second 10 mg tab about an hour later does the trick.", True),
        ("zolpidem", "If you wake up in the night, you can take another 10 mg to get back to sleep.", True),
        ("zolpidem", "Some readers take an extra 10 mg tablet when the first wears off.", True),
        ("zolpidem", "Take 10 mg right before bed; never take a second dose the same night.", False),
        ("zolpidem", "Women take 5 mg right before bed.", False),
        ("lamotrigine", "For epilepsy, some people go up to three 100 mg tablets twice a day.", True),
        ("lamotrigine", "Lamotrigine is usually taken as 200 mg twice a day, up to 250 mg twice a day.", False),
        ("lamotrigine", "Lamictal XR is taken once a day, up to 600 mg a day with enzyme-inducing drugs.", False),
        ("lamotrigine", "Lamotrigine 300 mg three times a day is more than the label allows.", True),
    ],
)
def test_repeat_doses_and_xr_entries(project: Any, drug: str, body: str, flagged: bool) -> None:
    found = rules_of(drug_findings(project, f"# {drug.capitalize()}\n\n{body}\n", [drug]), "dosage.above-max")
    assert bool(found) == flagged, found


@pytest.mark.parametrize(
    ("drug", "sentence", "flagged"),
    [
        ("montelukast", "If your chest gets tight, montelukast helps, so take your tablet as soon as the wheezing starts.", True),
        ("montelukast", "Take montelukast at the first sign of an asthma attack.", True),
        ("montelukast", "You can use montelukast during an asthma attack to calm things down.", True),
        ("montelukast", "Some parents keep Singulair as a rescue for bad nights.", True),
        ("montelukast", "Do not take montelukast when the wheezing starts; use your rescue inhaler.", False),
        ("montelukast", "Montelukast is not a rescue medicine and does not stop an asthma attack.", False),
        ("montelukast", "Never use montelukast during an asthma attack.", False),
        ("levothyroxine", "Clinics give it to people with normal thyroid tests, and readers say it helped them slim down.", True),
        ("levothyroxine", "A small dose can help you shed a few pounds.", True),
        ("levothyroxine", "Levothyroxine can boost your metabolism to help you lose weight.", True),
        ("levothyroxine", "Once your levels are normal you may drop a few pounds.", False),
        ("levothyroxine", "Levothyroxine should not be used to help you lose weight.", False),
        ("levothyroxine", "It won't help you slim down if your thyroid is normal.", False),
        ("omeprazole", "Most people notice their heartburn easing within minutes of the first capsule.", True),
        ("omeprazole", "You can take one when symptoms flare up.", True),
        ("omeprazole", "Omeprazole gives instant relief after a big meal.", True),
        ("omeprazole", "Omeprazole is not for immediate relief; it can take 1 to 4 days to work fully.", False),
        ("omeprazole", "Take one capsule every morning for 14 days.", False),
        ("omeprazole", "Don't take it only when symptoms flare; take it every day for 14 days.", False),
    ],
)
def test_holdout2_misstatement_classes(project: Any, drug: str, sentence: str, flagged: bool) -> None:
    found = rules_of(drug_findings(project, f"# {drug.capitalize()}\n\n{sentence}\n", [drug]), "accuracy.misstatement")
    assert bool(found) == flagged, found


def test_a_misstatement_does_not_give_the_warning(project: Any) -> None:
    body = "# Levothyroxine\n\nLevothyroxine treats an underactive thyroid.\n\nSome clinics say it helps you lose weight.\n"
    found = rules_of(drug_findings(project, body, ["levothyroxine"]), "safety-warnings.missing")
    assert any("weight" in f["message"].lower() for f in found)


@pytest.mark.parametrize(
    ("sentence", "missing"),
    [
        ("Some people sleepwalk, drive, cook or make phone calls while not fully awake and don't remember it after.", False),
        ("People have got up and drove while half asleep after taking it.", False),
        ("Some people do things at night they have no memory of, like eating or making calls.", False),
        ("It helps you sleep through the night.", True),
    ],
)
def test_complex_sleep_behaviours_in_lay_words(project: Any, sentence: str, missing: bool) -> None:
    body = f"# Zolpidem\n\nZolpidem is a sleep medicine.\n\n## Side effects\n\n{sentence}\n"
    found = rules_of(drug_findings(project, body, ["zolpidem"]), "safety-warnings.missing")
    assert any("complex sleep" in f["message"].lower() for f in found) == missing, found
