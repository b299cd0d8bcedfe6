"""Projects for the claim-check class tests (tests/test_holdout*_*.py): the checks of
this repository with grammar and readability off, one draft about a drug at a time, or
the text rules only (disclaimer, promotional, unsupported claims) over many drafts in
one run. Import the fixture a test file needs: it replaces conftest's ``project``
there, or sets it up for every test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import REPO

#: The families the text-rule tests turn off (they cost time and are not what they test).
SLOW_FAMILIES = ("grammar", "off-label", "interactions", "safety-warnings", "dosage", "accuracy", "metadata")
FRONT = "---\ntitle: Test\n---\n"
DISCLAIMER = "This article is for information only. It is not a substitute for advice from your doctor or pharmacist."


@pytest.fixture(name="project")
def claims_project(project: Any) -> Any:
    """conftest's project with this repository's checks, grammar and readability off."""
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[severity]\ngrammar = "off"\nreadability = "off"\n')
    return project


def found(project: Any, drug: str, text: str, rule: str) -> list[dict[str, Any]]:
    """The findings of ``rule`` on a draft about ``drug`` (front matter) whose body is ``text``."""
    project.write("a.md", f"---\ndrugs: [{drug}]\n---\n# About {drug}\n\n{text}\n", dedent=False)
    return [f for f in project.findings() if f["rule"] == rule]


@pytest.fixture
def text_rules_only(project: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The text rules of this repository's checks, on a fixed date, one job."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795824000")  # 2026-11-28 UTC
    off = "".join(f'"{family}" = "off"\n' for family in SLOW_FAMILIES)
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\njobs = 1\n[severity]\n{off}')


def findings_by_file(project: Any, bodies: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Check one draft per body (each a paragraph under a heading) in one run."""
    for index, body in enumerate(bodies):
        project.write(f"d{index:02}.md", f"{FRONT}# Your medicine\n\nTake it with food.\n\n{body}\n", dedent=False)
    _, report = project.check_json()
    by_name = {Path(file["path"]).name: file["findings"] for file in report["files"]}
    return {body: by_name[f"d{index:02}.md"] for index, body in enumerate(bodies)}


def rules(findings: list[dict[str, Any]], family: str) -> list[str]:
    return [f["rule"] for f in findings if f["rule"].startswith(family + ".")]
