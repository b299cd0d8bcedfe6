"""A configured LanguageTool server that does not answer is visible in the summary line
(grammar fell back to Harper, and why); with grammar.engine = "languagetool" it stays exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, Project, run_cli
from lt_fake import closed_port_url

from pipeline.findings import FileResult
from pipeline.report.model import GRAMMAR_FALLBACK, Tally

GOOD = (REPO / "articles" / "metformin-type-2-diabetes.md").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def no_local_languagetool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "no-lt"))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.delenv("PIPELINE_LANGUAGETOOL_URL", raising=False)


@pytest.mark.parametrize("fmt", ["text", "concise"])
def test_summary_line_says_grammar_fell_back_to_harper_and_why(project: Project, fmt: str) -> None:
    url = closed_port_url()
    project.write("metformin.md", GOOD, dedent=False)
    result = run_cli("check", "--no-cache", "--format", fmt, "--languagetool-url", url, cwd=project.root)
    assert result.exit_code == 0, result.stdout + result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("1 file checked: 0 errors")
    assert f"grammar fell back to Harper: LanguageTool server {url} is not usable" in summary


def test_no_fallback_note_when_languagetool_is_not_set_up(project: Project) -> None:
    project.write("metformin.md", GOOD, dedent=False)
    result = run_cli("check", "--no-cache", cwd=project.root)
    assert result.exit_code == 0
    assert "fell back" not in result.stdout


def test_engine_languagetool_with_a_dead_server_stays_exit_2(project: Project) -> None:
    url = closed_port_url()
    project.config(f'[grammar]\nengine = "languagetool"\nlanguagetool_url = "{url}"\n')
    project.write("metformin.md", GOOD, dedent=False)
    result = run_cli("check", "--no-cache", cwd=project.root)
    assert result.exit_code == 2
    assert result.stderr.startswith("pipeline: error: ") and url in result.stderr


def test_tally_keeps_the_first_reason() -> None:
    tally = Tally()
    tally.add(FileResult("a.md", engines={"grammar": "harper-py 0.2.0"}))
    assert tally.grammar_fallback is None
    tally.add(FileResult("b.md", engines={"grammar": f"harper-py 0.2.0{GRAMMAR_FALLBACK}server down"}))
    tally.add(FileResult("c.md", engines={"grammar": f"harper-py 0.2.0{GRAMMAR_FALLBACK}other"}))
    assert tally.grammar_fallback == "server down"


def test_the_marker_is_what_the_engine_choice_writes() -> None:
    source = (REPO / "pipeline" / "checks" / "grammar" / "select.py").read_text(encoding="utf-8")
    assert f'engine.description += f"{GRAMMAR_FALLBACK}' in source
