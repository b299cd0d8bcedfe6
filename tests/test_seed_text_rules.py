"""The seed draft articles/baclofen-10mg-anxiety.md against the text-pattern families:
every disclaimer, unsupported-claim, promotional and metadata finding, at its line and
column (found in the seed's own text), and nothing else from those families."""

from __future__ import annotations

import pytest
from conftest import SEED
from test_text_rules import pos, project_config

FAMILIES = ("disclaimer", "unsupported-claim", "promotional", "metadata")


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_text_rule_findings(project, seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795824000")
    project.config(project_config())
    code, report = project.check_json(str(SEED))
    found = [
        (f["rule"], f["line"], f["column"], f["severity"], f["excerpt"]) for f in report["files"][0]["findings"] if f["check"] in FAMILIES
    ]
    title = pos(seed_text, "Baclofen 10 mg: A Muscle", nth=1)  # the heading, after the front-matter title

    def claim(rule: str, text: str, severity: str = "error") -> tuple[str, int, int, str, str]:
        return (rule, *pos(seed_text, text), severity, text)

    expected = [
        claim("promotional.product-listing", "baclofen 10mg 40 tablets"),
        ("disclaimer.missing", *title, "error", "Baclofen 10 mg: A Muscle Relaxant with Potential for Anxiety Treatment"),
        ("metadata.references", *title, "warning", "Baclofen 10 mg: A Muscle Relaxant with Potential for Anxiety Treatment"),
        ("metadata.review-date", *title, "warning", "Baclofen 10 mg: A Muscle Relaxant with Potential for Anxiety Treatment"),
        ("metadata.reviewer", *title, "warning", "Baclofen 10 mg: A Muscle Relaxant with Potential for Anxiety Treatment"),
        claim("unsupported-claim.dependency", "less likely to lead to dependency"),
        claim("unsupported-claim.dependency", "lower risk of addiction"),
        claim("unsupported-claim.rapid-onset", "felt sooner"),
        claim("unsupported-claim.dependency", "Lower Risk of Dependence"),
        claim("unsupported-claim.dependency", "lower potential for addiction"),
        claim("unsupported-claim.comparative", "safer option"),
        claim("unsupported-claim.rapid-onset", "Rapid Onset of Action"),
        claim("unsupported-claim.rapid-onset", "felt more quickly"),
        claim("promotional.boilerplate", "Leave a Comment"),
        claim("promotional.boilerplate", "Your email address will not be published"),
        claim("promotional.boilerplate", "Required fields are marked"),
    ]
    assert found == expected
    # The lines the issue names.
    lines = {(rule, line) for rule, line, *_ in found}
    assert {("promotional.product-listing", 8), ("promotional.boilerplate", 87), ("promotional.boilerplate", 89)} <= lines
    assert {("unsupported-claim.dependency", 32), ("unsupported-claim.dependency", 42), ("unsupported-claim.dependency", 53)} <= lines
    assert {("unsupported-claim.rapid-onset", 48), ("unsupported-claim.rapid-onset", 54), ("disclaimer.missing", 10)} <= lines
    assert code == 1
