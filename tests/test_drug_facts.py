"""Drug facts as data: the loader's errors (file:line, exit 2) and `pipeline facts`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from conftest import REPO, run_cli

DRUG_FILES = sorted((REPO / "checks" / "drugs").glob("*.yml"))


@pytest.mark.parametrize("path", DRUG_FILES, ids=lambda p: p.stem)
def test_facts_command_shows_every_fact_with_its_source(path: Path) -> None:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    result = run_cli("facts", raw["generic"], "--format", "json", cwd=REPO)
    assert result.exit_code == 0, result.stderr
    shown = result.json()
    assert shown["generic"] == raw["generic"]
    for section in ("approved_uses", "dosing", "interactions", "safety_warnings", "misstatements"):
        assert len(shown[section]) == len(raw[section]), section
        for fact in shown[section]:
            source = fact["source"]
            assert source["section"] and source["citation"] == raw["sources"][source["ref"]], (section, fact)
    text = run_cli("facts", raw["generic"], cwd=REPO)
    assert text.exit_code == 0
    facts_count = sum(len(raw[s]) for s in ("approved_uses", "dosing", "interactions", "safety_warnings", "misstatements"))
    # Every fact is followed by its own source line in the terminal view.
    assert text.stdout.count("source: ") == facts_count + (1 if "class_source" in raw else 0)


def test_brand_resolves_to_generic() -> None:
    result = run_cli("facts", "Xanax", "--format", "json", cwd=REPO)
    assert result.exit_code == 0
    data = result.json()
    assert data["generic"] == "alprazolam"
    assert "Xanax" in data["brands"]
    assert all(d["source"]["citation"] for d in data["dosing"])


def test_unknown_drug_is_one_line_error_with_suggestions() -> None:
    result = run_cli("facts", "baclofem", cwd=REPO)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "unknown drug 'baclofem'" in lines[0] and "baclofen" in lines[0]


def _project_with(tmp_path: Path, drug_yaml: str) -> Path:
    """A project whose checks/ is the repository's rules plus one fixture drug file."""
    checks = tmp_path / "checks"
    shutil.copytree(REPO / "checks" / "rules", checks / "rules")
    shutil.copy(REPO / "checks" / "conditions.yml", checks / "conditions.yml")
    (checks / "drugs").mkdir()
    (checks / "drugs" / "testdrug.yml").write_text(drug_yaml, encoding="utf-8")
    (tmp_path / "pipeline.toml").write_text('knowledge = ["checks"]\nbuiltin = false\n', encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text("---\ndrugs: [testdrug]\n---\n# Testdrug\n\nTestdrug helps.\n", encoding="utf-8")
    return tmp_path


GOOD = """\
generic: testdrug
brands: [Testo]
drug_class: test class
sources:
  label: "TESTDRUG tablets prescribing information"
approved_uses:
  - condition: pain
    synonyms: ['pain']
    source: {ref: label, section: "1 INDICATIONS"}
dosing:
  - route: oral
    population: adult
    max_daily_mg: 100
    source: {ref: label, section: "2 DOSAGE"}
interactions: []
safety_warnings: []
misstatements:
  - id: wrong
    pattern: 'testdrug cures everything'
    correct: "It does not."
    source: {ref: label, section: "1 INDICATIONS"}
"""


@pytest.mark.parametrize(
    "broken, line, message",
    [
        (
            GOOD.replace("    max_daily_mg: 100\n", "    max_daily_mg: -5\n"),
            13,
            "max_daily_mg: -5 is less than or equal to the minimum of 0",
        ),
        (GOOD.replace("pattern: 'testdrug cures everything'", "pattern: 'testdrug (cures'"), 19, "bad regular expression"),
        (
            GOOD.replace('source: {ref: label, section: "2 DOSAGE"}', 'source: {ref: labl, section: "2 DOSAGE"}'),
            14,
            "source ref 'labl' is not a key of 'sources'",
        ),
        (GOOD.replace("generic: testdrug", "generic: otherdrug"), 1, "does not match the file name"),
        (
            GOOD.replace("    max_daily_mg: 100\n", "    max_daily_mg: 100\n    products: [Tesst]\n"),
            14,
            "products name 'Tesst' is not one of this drug's brands",
        ),
        (
            GOOD.replace("  - condition: pain\n", "  - condition: pain\n    products: [Testo]\n"),
            6,
            "no approved_uses entry applies to the generic",
        ),
        (GOOD.replace("    synonyms: ['pain']\n", "    synonyms: ['pain'\n"), None, "invalid YAML"),
    ],
    ids=["schema", "regex", "source-ref", "stem", "brand-typo", "no-general-entry", "yaml"],
)
def test_broken_facts_file_is_one_line_error_with_file_and_line(tmp_path: Path, broken: str, line: int | None, message: str) -> None:
    root = _project_with(tmp_path, broken)
    for args in (("facts", "testdrug"), ("check", "articles/a.md")):
        result = run_cli(*args, cwd=root)
        assert result.exit_code == 2, (args, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        where = "checks/drugs/testdrug.yml:" + (str(line) if line else "")
        assert where in lines[0] and message in lines[0], lines[0]


def test_good_fixture_loads(tmp_path: Path) -> None:
    root = _project_with(tmp_path, GOOD)
    result = run_cli("facts", "Testo", cwd=root)
    assert result.exit_code == 0
    assert "testdrug" in result.stdout and "source: TESTDRUG tablets prescribing information, section 2 DOSAGE" in result.stdout
