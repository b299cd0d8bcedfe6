"""Grammar and spelling with Harper, the embedded engine: it runs for real here."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import REPO, Project
from grammar_draft import CLEAN, DRAFT, EXPECTED, grammar_findings

HARPER = "harper-py 0.2.0 (Harper 2.13.0)"


def use(project: Project, extra: str = "", checks: Path = REPO / "checks") -> None:
    project.config(f'checks_dir = "{checks.as_posix()}"\n[grammar]\nengine = "harper"\n{extra}')


def test_classic_slips_are_reported_at_their_line_and_column_with_a_suggestion(project: Project) -> None:
    use(project)
    project.write("slips.md", DRAFT, dedent=False)
    code, report = project.check_json()
    assert report["files"][0]["engines"]["grammar"] == HARPER
    found = grammar_findings(report["files"][0]["findings"])
    # Exactly the slips: nothing from the front matter, the URL, inline code or the code block.
    assert found == EXPECTED
    by_excerpt = {f["excerpt"]: f for f in report["files"][0]["findings"] if f["check"] == "grammar"}
    assert by_excerpt["bacloffen"]["extra"]["engine_rule"] == "SpellCheck"
    assert by_excerpt["bacloffen"]["end_column"] == 15


def test_drug_names_brands_and_abbreviations_are_not_spelling_errors(project: Project) -> None:
    use(project)
    project.write("clean.md", CLEAN, dedent=False)
    findings = project.findings()
    assert [f for f in findings if f["rule"] == "grammar.spelling"] == []


def test_without_the_vocabulary_the_same_words_would_be_flagged() -> None:
    """The vocabulary is what accepts them: Harper alone (as in bench/grammar_fp.py
    --before) flags Lioresal and GABA in the same text."""
    from pipeline.checks.grammar.harper_engine import HarperEngine
    from pipeline.checks.grammar.text import join_units
    from pipeline.document.article import parse_article
    from pipeline.document.source import SourceText

    text = join_units(parse_article(SourceText.from_text("clean.md", CLEAN)).units).text
    flagged = {text[m.start : m.end] for m in HarperEngine(set(), None).check(text) if m.spelling}
    assert {"Lioresal", "GABA"} <= flagged


def test_a_word_added_to_the_project_dictionary_is_accepted(project: Project, tmp_path: Path) -> None:
    checks = tmp_path / "checks"
    shutil.copytree(REPO / "checks", checks)
    use(project, checks=checks)
    project.write("a.md", "# Zorblaxine\n\nZorblaxine is a new medicine.\n")
    assert any(f["excerpt"] == "Zorblaxine" for f in project.findings() if f["rule"] == "grammar.spelling")
    with open(checks / "dictionary.txt", "a", encoding="utf-8") as handle:
        handle.write("zorblaxine  # a test word\n")
    assert [f for f in project.findings() if f["rule"] == "grammar.spelling"] == []


def test_a_bad_dictionary_line_is_an_error_naming_file_and_line(project: Project, tmp_path: Path) -> None:
    checks = tmp_path / "checks"
    shutil.copytree(REPO / "checks", checks)
    lines = (checks / "dictionary.txt").read_text(encoding="utf-8").splitlines()
    (checks / "dictionary.txt").write_text("\n".join(lines + ["two words"]) + "\n", encoding="utf-8")
    use(project, checks=checks)
    project.write("a.md", "# Title\n\nText.\n")
    result = project.check()
    assert result.exit_code == 2
    assert f"dictionary.txt:{len(lines) + 1}: one word per line" in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_harper_rules_can_be_disabled_in_the_config(project: Project) -> None:
    use(project, 'harper_disabled_rules = ["SpellCheck", "RepeatedWords"]\n')
    project.write("slips.md", DRAFT, dedent=False)
    rules = {f["rule"] for f in project.findings() if f["check"] == "grammar"}
    assert rules == {"grammar.grammar", "grammar.then-than"}


def test_an_unknown_harper_rule_is_a_one_line_config_error(project: Project) -> None:
    use(project, 'harper_disabled_rules = ["NoSuchRule"]\n')
    project.write("slips.md", DRAFT, dedent=False)
    result = project.check()
    assert result.exit_code == 2
    assert "unknown Harper rule(s)" in result.stderr and "NoSuchRule" in result.stderr


def test_severity_per_grammar_rule_comes_from_the_config(project: Project) -> None:
    use(project, '[severity]\n"grammar.spelling" = "error"\n"grammar.repetition" = "off"\n')
    project.write("slips.md", DRAFT, dedent=False)
    findings = [f for f in project.findings() if f["check"] == "grammar"]
    assert {f["severity"] for f in findings if f["rule"] == "grammar.spelling"} == {"error"}
    assert not any(f["rule"] == "grammar.repetition" for f in findings)
    assert {f["severity"] for f in findings if f["rule"] == "grammar.grammar"} == {"warning"}


def test_front_matter_ignore_suppresses_a_grammar_rule(project: Project) -> None:
    use(project)
    draft = DRAFT.replace(
        "drugs: [baclofen]\n", "drugs: [baclofen]\nignore:\n  - {rule: grammar.spelling, reason: spelling reviewed by the editor}\n"
    )
    project.write("slips.md", draft, dedent=False)
    findings = [f for f in project.findings() if f["check"] == "grammar"]
    spelling = [f for f in findings if f["rule"] == "grammar.spelling"]
    assert len(spelling) == 4 and all(f["suppressed"] for f in spelling)  # the title's slip too
    assert spelling[0]["suppression_reason"] == "spelling reviewed by the editor"
    assert not any(f["suppressed"] for f in findings if f["rule"] != "grammar.spelling")


def test_auto_uses_harper_when_languagetool_cannot_run(project: Project, tmp_path: Path) -> None:
    project.write("slips.md", DRAFT, dedent=False)
    empty = tmp_path / "lt-downloads"
    empty.mkdir()
    from conftest import run_cli

    result = run_cli("check", "--format", "json", cwd=project.root, env={"LTP_PATH": str(empty), "PIPELINE_LANGUAGETOOL_URL": ""})
    assert result.json()["files"][0]["engines"]["grammar"] == HARPER


def test_pronunciation_guides_and_written_out_web_addresses_are_not_misspellings(project: Project) -> None:
    """NIH-style respellings and web addresses in running text are not words to spell
    check; a misspelling right next to them still is."""
    use(project)
    project.write(
        "respell.md",
        "# Thrombocytopenia\n\n"
        "Thrombocytopenia (THROM-bo-si-to-PE-ne-ah) is a low platelet count.\n\n"
        "More is at www.nhlbi.nih.gov/health/topics or choosemyplate.gov, and the recieved letter.\n",
        dedent=False,
    )
    spelled = {f["excerpt"] for f in project.findings() if f["rule"] == "grammar.spelling"}
    assert spelled == {"recieved"}
