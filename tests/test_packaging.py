"""The package as a team installs it: the wheel carries the built-in knowledge, and
installed into a fresh virtual environment it works in a drafts repository with
the team's own rule pack, family, drug, dictionary words and severity override."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from team_repo import REPO, make_team_repo


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_an_installed_wheel_works_in_a_team_drafts_repository(tmp_path: Path) -> None:
    # A wheel built from a copy of the sources (the build writes build/ and *.egg-info next to them).
    src = tmp_path / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pipeline", "checks"):
        shutil.copytree(REPO / name, src / name, ignore=ignore)
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(REPO / name, src / name)
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(dist), str(src)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("pipeline-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    code = {p.relative_to(src).as_posix() for p in (src / "pipeline").rglob("*.py")}
    knowledge = {"pipeline_knowledge/" + p.relative_to(src / "checks").as_posix() for p in (src / "checks").rglob("*.yml")}
    assert code <= names and knowledge <= names, sorted((code | knowledge) - names)[:5]

    # A fresh environment: no download, the dependencies come from this environment's site-packages.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    fresh_site = Path(
        subprocess.check_output([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True).strip()
    )
    (fresh_site / "_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert installed.returncode == 0, installed.stderr

    team = tmp_path / "drafts"
    sub = make_team_repo(team)
    shutil.copy(REPO / "articles" / "metformin-type-2-diabetes.md", team / "articles" / "metformin-type-2-diabetes.md")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PIPELINE_CACHE_DIR"] = str(tmp_path / "cache")
    pipeline = str(venv / "bin" / "pipeline")

    where = _run([str(python), "-c", "from pipeline.knowledge.sources import builtin_dir; print(builtin_dir())"], team, env)
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout + where.stderr

    # check, from a subfolder: the root's pipeline.toml and checks/ apply.
    check = _run([pipeline, "check", "--format", "json", "."], sub, env)
    assert check.returncode == 1, check.stderr
    findings = {f["rule"]: f for file in json.loads(check.stdout)["files"] for f in file["findings"]}
    assert findings["house.utilize"]["check"] == "house"  # the team's rule and family
    assert findings["promotional.price"]["severity"] == "warning"  # the team's override of a built-in rule
    assert "accuracy.drug-facts-missing" not in findings and "metadata.drug-facts-missing" not in findings  # the team's drug is known

    facts = _run([pipeline, "facts", "Allegra"], sub, env)
    assert facts.returncode == 0 and "fexofenadine" in facts.stdout and "from: checks/drugs/fexofenadine.yml" in facts.stdout
    assert "from: built-in" in _run([pipeline, "facts", "baclofen"], team, env).stdout

    rules = _run([pipeline, "rules"], team, env)
    assert rules.returncode == 0 and "house.utilize" in rules.stdout and "checks/rules/house.yml" in rules.stdout

    build = _run([pipeline, "build"], team, env)
    assert build.returncode in (0, 1), build.stderr
    assert (team / "output" / "metformin-type-2-diabetes.html").is_file() or any((team / "output").rglob("metformin*")), build.stdout
    assert not any((team / "output").rglob("README*"))  # excluded: not an article

    # init in an empty repository: its templates ship in the wheel, and its example draft passes.
    fresh = tmp_path / "new-drafts"
    fresh.mkdir()
    init = _run([pipeline, "init"], fresh, env)
    assert init.returncode == 0, init.stderr
    assert (fresh / ".github" / "workflows" / "pipeline.yml").is_file() and (fresh / ".pre-commit-config.yaml").is_file()
    example = _run([pipeline, "check"], fresh, env)
    assert example.returncode == 0, example.stdout + example.stderr
    again = _run([pipeline, "init"], fresh, env)
    assert again.returncode == 0 and "exists      pipeline.toml" in again.stdout
