"""Misstatements, safety warnings and interactions by wording class (holdout5/holdout6 misses):
a drug named in front matter by its facts file's stem, ... Each class with wordings of its
own, the ones that must be reported and the ones that must not."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import REPO


@pytest.fixture
def project(project: Any) -> Any:
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[severity]\ngrammar = "off"\nreadability = "off"\n')
    return project


def found(project: Any, drug: str, text: str, rule: str) -> list[dict[str, Any]]:
    project.write("a.md", f"---\ndrugs: [{drug}]\n---\n# About {drug}\n\n{text}\n", dedent=False)
    return [f for f in project.findings() if f["rule"] == rule]


# -- a drug named in front matter by its facts file's stem ---------------------------------------------
@pytest.mark.parametrize("drug", ["amphetamine-mixed-salts", "amphetamine mixed salts", "Amphetamine-Mixed-Salts"])
def test_front_matter_names_a_drug_by_its_file_stem(project: Any, drug: str) -> None:
    text = "Adderall helps many adults with ADHD focus at work."
    assert found(project, drug, text, "safety-warnings.missing"), drug
    assert not found(project, drug, text, "metadata.drug-facts-missing"), drug
