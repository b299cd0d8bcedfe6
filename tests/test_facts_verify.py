"""`pipeline facts verify DRUG --label FILE`: the facts against a drug label in
openFDA's drug/label JSON (fixtures in tests/fixtures/labels, modelled on real
records; see their README), and `pipeline facts` showing tiers and phrases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

LABELS = Path(__file__).parent / "fixtures" / "labels"


@pytest.mark.parametrize(
    ("drug", "source"),
    [("lisinopril", []), ("sertraline", []), ("baclofen", ["--source", "oral_plr"])],
)
def test_a_matching_label_supports_every_fact(drug: str, source: list[str]) -> None:
    result = run_cli("facts", "verify", drug, "--label", str(LABELS / f"{drug}-match.json"), *source)
    assert result.exit_code == 0, result.stdout
    assert "all supported" in result.stdout
    checked = int(result.stdout.strip().splitlines()[-1].split()[0])
    assert checked >= 4


@pytest.mark.parametrize(
    ("drug", "source", "expected"),
    [
        ("lisinopril", [], "maximum 80 mg a day (hypertension) not found in dosage_and_administration"),
        ("sertraline", [], "maximum 200 mg a day"),
        ("baclofen", ["--source", "oral_plr"], "maximum 80 mg a day not found"),
    ],
)
def test_a_changed_maximum_dose_is_reported(drug: str, source: list[str], expected: str) -> None:
    result = run_cli("facts", "verify", drug, "--label", str(LABELS / f"{drug}-changed-max.json"), *source)
    assert result.exit_code == 1
    assert expected in result.stdout


@pytest.mark.parametrize(
    ("drug", "source", "topic"),
    [
        ("lisinopril", [], "INTESTINAL ANGIOEDEMA"),
        ("sertraline", [], "QT PROLONGATION"),
        ("baclofen", ["--source", "oral_plr"], "ENCEPHALOPATHY IN PATIENTS WITH RENAL IMPAIRMENT"),
    ],
)
def test_a_new_boxed_warning_is_reported_as_uncovered(drug: str, source: list[str], topic: str) -> None:
    result = run_cli("facts", "verify", drug, "--label", str(LABELS / f"{drug}-new-boxed.json"), *source)
    assert result.exit_code == 1
    problems = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    # Only the new boxed topic: every other fact is still supported by the label.
    assert problems and all("boxed warning topic not covered" in p for p in problems)
    assert any(topic in p for p in problems)


def test_a_bad_label_file_is_one_line_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "label.json"
    bad.write_text('{"results": [ {"set_id": "x"', encoding="utf-8")
    result = run_cli("facts", "verify", "lisinopril", "--label", str(bad))
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1 and "not JSON" in result.stderr
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"results": [{"set_id": "x"}]}), encoding="utf-8")
    result = run_cli("facts", "verify", "lisinopril", "--label", str(other))
    assert result.exit_code == 2 and "not an openFDA drug label record" in result.stderr
    assert run_cli("facts", "verify", "lisinopril", "--label", str(tmp_path / "missing.json")).exit_code == 2


def test_facts_show_tiers_reasons_advice_and_readable_phrases() -> None:
    result = run_cli("facts", "lisinopril")
    assert result.exit_code == 0
    out = result.stdout
    assert "[lithium] (required: error when missing)" in out
    assert "(recommended: warning when missing)" in out and "(reference)" in out
    assert "advice: Tell your doctor if you take lithium." in out
    # Patterns shown as the phrases they match, not as regular expressions.
    assert "words: heart failure; chronic heart failure; congestive heart failure" in out
    assert "(chronic |congestive )?" not in out
    data = json.loads(run_cli("facts", "lisinopril", "--format", "json").stdout)
    assert {i["importance"] for i in data["interactions"]} <= {"required", "recommended", "reference"}
