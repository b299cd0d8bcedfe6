"""`pipeline doctor`: Java, LanguageTool install and server, Harper, and the verdict.
The server is a loopback LanguageTool (tests/lt_fake.py, LanguageTool's real HTTP API)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, Project, run_cli
from lt_fake import FakeLanguageTool, closed_port_url


@pytest.fixture
def no_java(tmp_path: Path) -> dict[str, str]:
    """An environment whose PATH has no java, and an empty LanguageTool download dir."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    return {"PATH": str(bin_dir), "LTP_PATH": str(tmp_path / "lt"), "PIPELINE_LANGUAGETOOL_URL": ""}


def lines(stdout: str) -> dict[str, str]:
    found = {}
    for line in stdout.splitlines():
        for name in ("Java", "LanguageTool install", "LanguageTool server", "Harper", "Vocabulary", "grammar engine"):
            if name in line and name not in found:
                found[name] = line
    return found


def test_without_java_auto_uses_harper(project: Project, no_java: dict[str, str]) -> None:
    result = run_cli("doctor", cwd=project.root, env=no_java)
    assert result.exit_code == 0
    out = lines(result.stdout)
    assert out["Java"].startswith("--") and "not found on PATH" in out["Java"]
    assert out["LanguageTool install"].startswith("--") and no_java["LTP_PATH"] in out["LanguageTool install"]
    assert "pipeline setup languagetool" in out["LanguageTool install"]
    assert "none configured" in out["LanguageTool server"]
    assert out["Harper"].startswith("ok") and "harper-py 0.2.0 (Harper 2.13.0)" in out["Harper"]
    assert (
        out["Vocabulary"].startswith("ok")
        and "from dictionary.txt" in out["Vocabulary"]
        and "from drug-named-entity-recognition" in out["Vocabulary"]
    )
    assert out["grammar engine"] == "grammar engine: grammar.engine = auto: Harper runs (LanguageTool cannot run now)"


def test_engine_languagetool_that_cannot_run_fails_the_doctor(project: Project, no_java: dict[str, str]) -> None:
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[grammar]\nengine = "languagetool"\n')
    result = run_cli("doctor", cwd=project.root, env=no_java)
    assert result.exit_code == 2
    assert "`pipeline check` will exit 2" in result.stdout and "pipeline setup languagetool" in result.stdout


def test_a_loopback_server_is_reachable_and_chosen(project: Project, no_java: dict[str, str]) -> None:
    with FakeLanguageTool() as lt:
        result = run_cli("doctor", "--languagetool-url", lt.url, cwd=project.root, env=no_java)
        from_env = run_cli("doctor", cwd=project.root, env={**no_java, "PIPELINE_LANGUAGETOOL_URL": lt.url})
    assert result.exit_code == 0
    out = lines(result.stdout)
    assert (
        out["LanguageTool server"].startswith("ok")
        and f"{lt.url} (from --languagetool-url): answering (4 languages)" in out["LanguageTool server"]
    )
    assert out["grammar engine"] == f"grammar engine: grammar.engine = auto: LanguageTool runs (the server at {lt.url})"
    assert "(from PIPELINE_LANGUAGETOOL_URL): answering" in from_env.stdout


def test_an_unreachable_server_is_reported_and_harper_runs(project: Project, no_java: dict[str, str]) -> None:
    url = closed_port_url()
    result = run_cli("doctor", "--languagetool-url", url, cwd=project.root, env=no_java)
    out = lines(result.stdout)
    assert out["LanguageTool server"].startswith("--") and "cannot connect" in out["LanguageTool server"]
    assert "auto: Harper runs" in out["grammar engine"]
