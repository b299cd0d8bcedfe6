"""`make run`: the closing summary (scripts/run-summary.py) and the stamp files that keep
a second run from reinstalling anything."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SEED

GOOD = REPO / "articles" / "metformin-type-2-diabetes.md"
SUMMARY = REPO / "scripts" / "run-summary.py"


def finding(severity: str) -> dict[str, object]:
    return {"severity": severity, "suppressed": False, "rule": "x.y", "check": "x"}


def summarise(root: Path, report: dict[str, object], check: int = 1, build: int = 1) -> subprocess.CompletedProcess[str]:
    (root / "report.json").write_text(json.dumps(report))
    args = [sys.executable, str(SUMMARY), "report.json", str(check), str(build), "articles/seed.md"]
    return subprocess.run(args, cwd=root, capture_output=True, text=True, timeout=120)


@pytest.fixture
def drafts(tmp_path: Path) -> dict[str, object]:
    (tmp_path / "articles").mkdir()
    shutil.copy(GOOD, tmp_path / "articles" / "good.md")
    shutil.copy(SEED, tmp_path / "articles" / "seed.md")
    (tmp_path / "output" / "review").mkdir(parents=True)
    (tmp_path / "output" / "metformin-type-2-diabetes.html").write_text("<html></html>")
    return {
        "files": [
            {"path": "articles/good.md", "findings": [finding("warning")]},
            {"path": "articles/seed.md", "findings": [finding("error"), finding("error"), finding("info")]},
        ]
    }


def test_as_documented_is_one_summary_and_exit_0(tmp_path: Path, drafts: dict[str, object]) -> None:
    result = summarise(tmp_path, drafts)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        "make run: as documented. 1 article published to output/ (index: output/index.html), 1 held back as intended: "
        "articles/seed.md (2 errors: see output/review/baclofen-10mg-anxiety.html)." in result.stdout
    )


def test_anything_else_is_listed_and_exit_1(tmp_path: Path, drafts: dict[str, object]) -> None:
    (tmp_path / "output" / "metformin-type-2-diabetes.html").unlink()
    drafts["files"][0]["findings"] = [finding("error")]  # type: ignore[index]
    result = summarise(tmp_path, drafts, check=1, build=2)
    assert result.returncode == 1
    assert "make run: NOT as documented:" in result.stdout
    assert "`pipeline build` exited 2" in result.stdout
    assert "articles/good.md has error findings (only articles/seed.md should)" in result.stdout


def test_a_seed_that_passes_is_not_as_documented(tmp_path: Path, drafts: dict[str, object]) -> None:
    drafts["files"][1]["findings"] = []  # type: ignore[index]
    (tmp_path / "output" / "baclofen-10mg-anxiety.html").write_text("<html></html>")
    result = summarise(tmp_path, drafts, check=0, build=0)
    assert result.returncode == 1
    assert "articles/seed.md was expected to fail the check" in result.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_a_second_make_run_installs_nothing(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").write_text("")
    stamp = venv / ".installed"
    stamp.write_text("")
    dry = subprocess.run(["make", "-n", "run", f"VENV={venv}"], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert dry.returncode == 0, dry.stderr
    assert "pip install" not in dry.stdout and "scripts/run.sh" in dry.stdout
    old = (REPO / "pyproject.toml").stat().st_mtime - 10
    os.utime(stamp, (old, old))  # pyproject.toml changed since the install: install again
    dry = subprocess.run(["make", "-n", "run", f"VENV={venv}"], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert "pip install --quiet -e ." in dry.stdout
