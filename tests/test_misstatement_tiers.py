"""Misstatement tiers (required: error, recommended: warning) and the weekly-only dosing
check (dosage.weekly-taken-daily): a daily schedule for a once-weekly drug."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO, Project, run_cli

CHECKS = (REPO / "checks").as_posix()
RELEVANT = ("accuracy", "dosage")


def _findings(project: Project, drug: str, body: str, severity: str = "") -> list[dict[str, Any]]:
    project.config(
        f'knowledge = ["{CHECKS}"]\nbuiltin = false\n[severity]\nreadability = "off"\ngrammar = "off"\nmetadata = "off"\n{severity}'
    )
    project.write("probe.md", f"---\ntitle: Probe\ndrugs: [{drug}]\n---\n{body}\n", dedent=False)
    return [f for f in project.findings() if f["rule"].split(".")[0] in RELEVANT]


def _misstatements(findings: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(f["severity"], f["extra"]["misstatement"]) for f in findings if f["rule"] == "accuracy.misstatement"]


# -- tiers ---------------------------------------------------------------------------------
def test_required_misstatement_is_an_error_with_the_correct_fact(project: Project) -> None:
    findings = _findings(project, "sildenafil", "# Viagra\n\nIt's fine to take Viagra with your nitroglycerin.")
    assert _misstatements(findings) == [("error", "safe-with-nitrates")]
    message = findings[0]["message"]
    assert "contraindicated with nitrates" in message and "required: contradicts a contraindication" in message
    assert "4 CONTRAINDICATIONS" in message


def test_recommended_misstatement_is_a_warning(project: Project) -> None:
    findings = _findings(project, "sildenafil", "# Viagra\n\nViagra gives you an erection automatically.")
    assert _misstatements(findings) == [("warning", "needs-sexual-stimulation")]
    assert "(recommended: source:" in findings[0]["message"]


def test_configured_rule_severity_applies_to_required_misstatements(project: Project) -> None:
    body = "# Viagra\n\nIt's fine to take Viagra with your nitroglycerin. Viagra gives you an erection automatically."
    downgraded = _findings(project, "sildenafil", body, '"accuracy.misstatement" = "warning"\n')
    assert sorted(_misstatements(downgraded)) == [("warning", "needs-sexual-stimulation"), ("warning", "safe-with-nitrates")]
    by_family = _findings(project, "sildenafil", body, 'accuracy = "warning"\n')
    assert {s for s, _ in _misstatements(by_family)} == {"warning"}


@pytest.mark.parametrize(
    ("drug", "body", "item"),
    [
        ("lorazepam", "# Ativan\n\nLorazepam is not addictive.", "not-addictive"),
        ("metoprolol", "# Metoprolol\n\nIt is safe to stop taking metoprolol suddenly.", "safe-to-stop"),
        ("methotrexate", "# Methotrexate\n\nMethotrexate is safe during pregnancy.", "not-safe-in-pregnancy"),
        ("oxycodone", "# OxyContin\n\nOxyContin tablets can be crushed and mixed with food.", "crush-er-tablets"),
        ("clonidine", "# Clonidine\n\nIt is safe to stop taking clonidine suddenly.", "safe-to-stop"),
        ("baclofen", "# Baclofen\n\nYou can stop taking baclofen at any time.", "safe-to-stop"),
        ("lorazepam", "# Ativan\n\nYou can stop lorazepam whenever you want.", "safe-to-stop"),
        ("acetaminophen", "# Tylenol\n\nYou can't overdose on Tylenol.", "cannot-overdose"),
        ("warfarin", "# Warfarin\n\nIf you forget, double up on your next dose.", "double-missed-dose"),
        ("warfarin", "# Warfarin\n\nWarfarin is safe during pregnancy.", "safe-in-pregnancy"),
        ("lisinopril", "# Lisinopril\n\nLisinopril is safe during pregnancy.", "safe-in-pregnancy"),
    ],
)
def test_dangerous_misstatements_are_errors(project: Project, drug: str, body: str, item: str) -> None:
    assert ("error", item) in _misstatements(_findings(project, drug, body))


@pytest.mark.parametrize(
    ("drug", "body", "item"),
    [
        ("amlodipine", "# Amlodipine\n\nAmlodipine is a beta blocker.", "wrong-class"),
        ("trazodone", "# Trazodone\n\nTrazodone is FDA-approved for insomnia.", "insomnia-approved"),
    ],
)
def test_wrong_class_and_approval_misstatements_stay_warnings(project: Project, drug: str, body: str, item: str) -> None:
    assert ("warning", item) in _misstatements(_findings(project, drug, body))


@pytest.mark.parametrize(
    ("drug", "body"),
    [
        ("metoprolol", "## Is it safe to stop taking metoprolol suddenly?\n\nNo. Your doctor lowers the dose over 1 to 2 weeks."),
        ("clonidine", "It is not safe to stop taking clonidine suddenly."),
        ("lorazepam", "Do not stop lorazepam suddenly. You cannot stop it cold turkey."),
        ("acetaminophen", "It's a myth that you can't overdose on Tylenol. It is not hard to overdose on acetaminophen."),
        ("warfarin", "If you miss a dose, do not take a double dose the next day. Never double up on your dose."),
        ("losartan", "Losartan is not safe during pregnancy."),
    ],
)
def test_questions_and_the_warnings_themselves_are_not_misstatements(project: Project, drug: str, body: str) -> None:
    assert _misstatements(_findings(project, drug, f"# {drug.capitalize()}\n\n{body}")) == []


def test_every_required_misstatement_gives_its_reason() -> None:
    for path in sorted((REPO / "checks" / "drugs").glob("*.yml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["misstatements"]:
            assert item.get("importance", "recommended") in ("required", "recommended"), (path.name, item["id"])
            if item.get("importance") == "required":
                assert len(item["importance_reason"]) > 20, (path.name, item["id"])


def test_facts_command_shows_the_tier() -> None:
    shown = run_cli("facts", "sildenafil", "--format", "json", cwd=REPO).json()
    tiers = {m["id"]: (m["importance"], m["importance_reason"]) for m in shown["misstatements"]}
    assert tiers["safe-with-nitrates"][0] == "required" and "contraindication" in tiers["safe-with-nitrates"][1]
    assert tiers["needs-sexual-stimulation"] == ("recommended", "")
    text = run_cli("facts", "sildenafil", cwd=REPO).stdout
    assert "[safe-with-nitrates] (required: error when stated)" in text
    assert "[needs-sexual-stimulation] (recommended: warning when stated)" in text


def test_importance_without_reason_is_a_one_line_error(tmp_path: Path) -> None:
    from test_drug_facts import GOOD, _project_with

    broken = GOOD.replace('    correct: "It does not."\n', '    correct: "It does not."\n    importance: required\n')
    root = _project_with(tmp_path, broken)
    result = run_cli("facts", "testdrug", cwd=root)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "checks/drugs/testdrug.yml:18" in lines[0] and "importance_reason" in lines[0], lines


# -- weekly-only dosing ----------------------------------------------------------------------
def _rules(findings: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(f["severity"], f["rule"]) for f in findings]


@pytest.mark.parametrize(
    "sentence",
    [
        "For rheumatoid arthritis, take 7.5 mg of methotrexate every day.",
        "Methotrexate is usually 2.5 mg twice a day.",
        "Take methotrexate 10 mg each morning.",
        "Take methotrexate 7.5 mg a day with food.",
    ],
)
def test_daily_schedule_of_a_weekly_drug_is_one_dosage_error(project: Project, sentence: str) -> None:
    findings = _findings(project, "methotrexate", f"# Methotrexate\n\n{sentence}")
    assert _rules(findings) == [("error", "dosage.weekly-taken-daily")]  # not also a misstatement or above-max
    message = findings[0]["message"]
    assert message.startswith("Methotrexate is taken once a week (oral, adult, tablets ONCE WEEKLY")
    assert "2 DOSAGE AND ADMINISTRATION" in message
    assert findings[0]["suggestion"].startswith("Say it is taken once a week, on the same day each week")


@pytest.mark.parametrize(
    "body",
    [
        "Take methotrexate 7.5 mg once a week.",
        "Take methotrexate 7.5 mg every Monday.",
        "Take 7.5 mg of methotrexate on the same day each week.",
        "Methotrexate is taken once a week. Take folic acid 1 mg every day to lower side effects.",
        "Methotrexate is taken once a week.\n\nYour doctor may prescribe folic acid, 1 mg daily, to reduce side effects.",
        "Methotrexate 7.5 mg is taken once a week. Never take 7.5 mg every day.",
        "Taking methotrexate 7.5 mg every day by mistake has killed people.",
        "Daily dosing mistakes have killed people.",
        "Methotrexate can be taken as 2.5 mg every 12 hours for 3 doses, once a week.",
    ],
)
def test_weekly_wording_warnings_and_other_medicines_stay_quiet(project: Project, body: str) -> None:
    assert _findings(project, "methotrexate", f"# Methotrexate\n\n{body}") == []


def test_daily_schedule_without_an_amount_is_the_misstatement(project: Project) -> None:
    findings = _findings(project, "methotrexate", "# Methotrexate\n\nTake your methotrexate tablets every day.")
    assert _misstatements(findings) == [("error", "daily-dosing")]
    assert len(findings) == 1


def test_weekly_brand_daily_is_an_error_and_daily_products_pass(project: Project) -> None:
    findings = _findings(project, "semaglutide", "# Ozempic\n\nInject 0.5 mg of Ozempic every day.")
    assert _rules(findings) == [("error", "dosage.weekly-taken-daily")]
    assert findings[0]["message"].startswith("Ozempic (semaglutide) is taken once a week")
    body = "# Semaglutide\n\nRybelsus tablets are taken at 7 mg every day. Wegovy tablets are taken at 25 mg once daily."
    assert _findings(project, "semaglutide", body) == []


def test_the_daily_regimen_switched_from_is_not_flagged(project: Project) -> None:
    body = "# Prozac Weekly\n\nProzac Weekly is started 7 days after the last 20 mg daily dose."
    assert _findings(project, "fluoxetine", body) == []


def test_weekly_patch_strength_per_day_is_not_a_daily_schedule(project: Project) -> None:
    body = "# Catapres-TTS\n\nCatapres-TTS is a 0.1 mg/day patch that you change once a week. Catapres-TTS 0.2 mg/day is the next step."
    assert _findings(project, "clonidine", body) == []


# -- misstatements quoted to be refuted ----------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "# Viagra\n\nMyth: it's fine to take Viagra with your nitroglycerin. Fact: the two together can drop your blood pressure.",
        "# Viagra\n\nSome people think it's fine to take Viagra with your nitroglycerin. It is not.",
        "# Viagra\n\nYou may have read that it's fine to take Viagra with your nitroglycerin. That is wrong.",
        "# Viagra\n\n## Myths and facts\n\nIt's fine to take Viagra with your nitroglycerin? No: never mix them.",
        "# Lorazepam\n\n## Common misconceptions\n\n- Lorazepam is not addictive. In fact it can be habit-forming.",
        "# Viagra\n\nA popular belief is that it's fine to take Viagra with your nitroglycerin, but never mix them.",
        "# Viagra\n\nMany men assume it's fine to take Viagra with your nitroglycerin. They are wrong.",
        "# Viagra\n\nIt is often said that it's fine to take Viagra with your nitroglycerin. It is not.",
    ],
)
def test_a_misstatement_quoted_to_be_refuted_is_not_reported(project: Project, body: str) -> None:
    """A "myths and facts" passage states the wrong belief in order to correct it: that is
    what the article should do, so it is no misstatement (the same words stated plainly are)."""
    drug = "lorazepam" if "Lorazepam" in body else "sildenafil"
    assert _misstatements(_findings(project, drug, body)) == []


def test_the_same_wrong_belief_stated_as_fact_is_still_reported(project: Project) -> None:
    body = "# Viagra\n\n## Facts\n\nMany readers ask about heart pills. It's fine to take Viagra with your nitroglycerin."
    assert _misstatements(_findings(project, "sildenafil", body)) == [("error", "safe-with-nitrates")]
