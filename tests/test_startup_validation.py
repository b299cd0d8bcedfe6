"""A fresh ``pipeline check`` does not validate again what it found valid before:
the configuration and a draft's front matter are marked valid in the user cache, and
the next process skips jsonschema (about 40 ms of start-up). What is invalid is never
marked, so an edit that breaks either is still one clear line and exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

_PROBE = """
import json, sys
import pipeline.cli
sys.argv = ["pipeline", *sys.argv[1:]]
code = 0
try:
    pipeline.cli.main()
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "jsonschema": "jsonschema" in sys.modules}))
"""

_DRAFT = """---
title: Taking gabapentin
reviewed_by: A. Pharmacist
last_reviewed: "2026-10-01"
---
# Taking gabapentin

Gabapentin is a medicine for nerve pain. This article is for information only; ask your pharmacist.
"""


def _check(project: Path) -> tuple[dict[str, object], str]:
    env = {"HOME": str(project), "XDG_CACHE_HOME": str(project / "user-cache"), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, "check", "--no-cache", "draft.md"], cwd=project, env=env, capture_output=True, text=True, timeout=120
    )
    return json.loads(proc.stdout.strip().splitlines()[-1]), proc.stdout + proc.stderr


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pipeline.toml").write_text('[grammar]\nengine = "harper"\n', encoding="utf-8")
    (tmp_path / "draft.md").write_text(_DRAFT, encoding="utf-8")
    return tmp_path


def test_a_second_check_of_the_same_front_matter_and_config_skips_validation(project: Path) -> None:
    first, _ = _check(project)
    assert first["jsonschema"] is True  # validated once
    (project / "draft.md").write_text(_DRAFT + "\nAn edit to the body only.\n", encoding="utf-8")
    second, output = _check(project)
    assert second["jsonschema"] is False, output
    assert second["code"] == first["code"] != 2


def test_front_matter_broken_after_a_valid_check_is_still_an_input_error(project: Path) -> None:
    _check(project)
    (project / "draft.md").write_text(_DRAFT.replace('last_reviewed: "2026-10-01"', "last_reviewed: [soon]"), encoding="utf-8")
    result, output = _check(project)
    assert result["code"] == 2
    assert "draft.md" in output and "last_reviewed" in output


def test_config_broken_after_a_valid_check_is_still_a_config_error(project: Path) -> None:
    _check(project)
    (project / "pipeline.toml").write_text('[grammar]\nengine = "harper"\nspeling = true\n', encoding="utf-8")
    result, output = _check(project)
    assert result["code"] == 2
    assert "unknown configuration key 'grammar.speling'" in output


_VERSION = "from pipeline.installed import version; print(version('textstat'), version('no-such-distribution'))"


def test_package_versions_are_remembered_until_a_package_directory_changes(tmp_path: Path) -> None:
    """The result cache's key names the engines' versions: they are read once per
    installation, and read again once something is installed or removed."""
    packages = tmp_path / "site-packages"  # an extra package directory on the path, as a venv's
    packages.mkdir()
    env = {"HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(packages)}

    def ask() -> str:
        return subprocess.run([sys.executable, "-c", _VERSION], env=env, capture_output=True, text=True, check=True).stdout.strip()

    real = ask()
    assert real.endswith(" None") and not real.startswith("None")
    [memo] = (tmp_path / "cache" / "pipeline").glob("installed-*.json")
    memo.write_text(json.dumps({"version:textstat": "9.9", "version:no-such-distribution": None}), encoding="utf-8")
    assert ask() == "9.9 None"  # answered from the user cache, not by importlib.metadata
    (packages / "newly_installed.pth").write_text("", encoding="utf-8")
    assert ask() == real  # a package directory changed: read again
