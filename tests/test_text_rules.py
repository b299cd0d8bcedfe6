"""The text-pattern claim checklist: disclaimer, unsupported-claim, promotional and
metadata rules on drafts that must fail and drafts that must pass, through the real CLI.
Positions are asserted as line:column of the expected text in the draft as written."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest
from conftest import REPO

SLOW_FAMILIES = ("grammar", "off-label", "interactions", "safety-warnings", "dosage", "accuracy", "metadata.drug-facts-missing")
DISCLAIMER = "This article is for information only. It is not a substitute for advice from your doctor or pharmacist."
FRONT = '---\ntitle: Test\nreviewed_by: Jane Doe, PharmD\nlast_reviewed: 2026-10-01\nreferences: ["Label, 2024."]\n---\n'


def draft(body: str, front: str = FRONT, disclaimer: bool = True) -> str:
    text = front + textwrap.dedent(body).lstrip("\n")
    return text + ("\n" + DISCLAIMER + "\n" if disclaimer else "")


def pos(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """1-based line and column of the nth occurrence of ``needle`` in ``text``."""
    index = -1
    for _ in range(nth + 1):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def of(findings: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [f for f in findings if f["rule"] == prefix or f["rule"].startswith(prefix + ".")]


def at(finding: dict[str, Any]) -> tuple[int, int]:
    return finding["line"], finding["column"]


def project_config(extra: str = "") -> str:
    """The test project's configuration: in-process (jobs = 1), and the grammar and
    drug-fact families off, since these tests are about other families and those
    engines (the grammar checker, loading every drug-facts file) are the slow part."""
    off = "".join(f'"{family}" = "off"\n' for family in SLOW_FAMILIES)
    return f'checks_dir = "{(REPO / "checks").as_posix()}"\njobs = 1\n[severity]\n{off}' + extra


@pytest.fixture(autouse=True)
def _setup(project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795824000")  # 2026-11-28 UTC
    project.config(project_config())


# -- disclaimer ---------------------------------------------------------------------
def test_missing_disclaimer_is_an_error_at_the_title(project) -> None:
    text = draft("# Your medicine\n\nTake it with food. Talk to your doctor if you feel dizzy.\n", disclaimer=False)
    project.write("a.md", text, dedent=False)
    code, report = project.check_json()
    found = of(report["files"][0]["findings"], "disclaimer")
    assert [f["rule"] for f in found] == ["disclaimer.missing"]
    assert at(found[0]) == pos(text, "Your medicine") and found[0]["severity"] == "error"
    assert "No medical disclaimer" in found[0]["message"]
    assert code == 1


@pytest.mark.parametrize(
    "wording",
    [
        DISCLAIMER,
        "This leaflet does not replace a talk with your pharmacist.",
        "The information here is not meant to be a substitute for professional medical care.",
        "For educational purposes only.",
        "Nothing in this article is medical advice; it is not intended to replace your doctor's advice.",
    ],
)
def test_disclaimer_phrased_differently_passes(project, wording: str) -> None:
    project.write("a.md", draft(f"# Your medicine\n\nTake it with food.\n\n{wording}\n", disclaimer=False), dedent=False)
    assert of(project.findings(), "disclaimer") == []


def test_disclaimer_position_end_is_configurable(project) -> None:
    body = f"# Your medicine\n\n{DISCLAIMER}\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n"
    text = draft(body, disclaimer=False)
    project.write("a.md", text, dedent=False)
    assert of(project.findings(), "disclaimer") == []  # default: anywhere
    project.config(project_config('[disclaimer]\nposition = "end"\n'))
    found = of(project.findings(), "disclaimer")
    assert len(found) == 1 and at(found[0]) == pos(text, "for information only")
    assert "last 3 paragraphs" in found[0]["message"]
    project.write("a.md", draft("# Your medicine\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n"), dedent=False)
    assert of(project.findings(), "disclaimer") == []


# -- unsupported claims ---------------------------------------------------------------
def test_claims_without_citation_are_errors_at_the_claim(project) -> None:
    text = draft(
        """
        # Baclofen

        Baclofen is completely safe and works better than diazepam.

        - **Rapid onset:** you feel it within an hour.
        - Its effects are felt more quickly than with SSRIs.
        """
    )
    project.write("a.md", text, dedent=False)
    found = of(project.findings(), "unsupported-claim")
    got = [(f["rule"], at(f), f["message"]) for f in found]
    assert got == [
        (
            "unsupported-claim.absolute",
            pos(text, "completely safe"),
            'Unsupported absolute claim "completely safe": cite a source in the same paragraph, or soften it',
        ),
        (
            "unsupported-claim.comparative",
            pos(text, "works better than"),
            'Unsupported comparative claim "works better than": cite a source in the same paragraph',
        ),
        (
            "unsupported-claim.rapid-onset",
            pos(text, "Rapid onset"),
            'Unsupported claim of fast action "Rapid onset": cite a source in the same paragraph',
        ),
        (
            "unsupported-claim.rapid-onset",
            pos(text, "felt more quickly"),
            'Unsupported claim of fast action "felt more quickly": cite a source in the same paragraph',
        ),
    ]
    assert found[0]["end_column"] == found[0]["column"] + len("completely safe")
    assert all(f["severity"] == "error" for f in found)


@pytest.mark.parametrize(
    "paragraph",
    [
        # citation a sentence later in the same paragraph
        "Baclofen is less likely to lead to dependency. This was shown in a 2019 trial.[^1]\n\n[^1]: Smith J. Neurology. 2019.",
        "Baclofen has a lower risk of addiction than diazepam. See [the review](https://example.org/review).",
        "Baclofen has a lower risk of addiction than diazepam [2].",
        "Baclofen has a lower risk of addiction than diazepam (Smith et al., 2019).",
        "Baclofen has a lower risk of addiction than diazepam.[^ref]\n\n[^ref]: Label.",
    ],
)
def test_claim_with_citation_in_the_same_paragraph_passes(project, paragraph: str) -> None:
    project.write("a.md", draft(f"# Your medicine\n\n{paragraph}\n"), dedent=False)
    assert of(project.findings(), "unsupported-claim") == []


def test_citation_in_the_next_paragraph_does_not_count(project) -> None:
    text = draft("# Your medicine\n\nBaclofen has a lower risk of addiction.\n\nThis is from a trial.[^1]\n\n[^1]: Smith J. 2019.\n")
    project.write("a.md", text, dedent=False)
    found = of(project.findings(), "unsupported-claim")
    assert [(f["rule"], at(f)) for f in found] == [("unsupported-claim.dependency", pos(text, "lower risk of addiction"))]


def test_citation_in_another_list_item_does_not_count(project) -> None:
    text = draft("# Your medicine\n\n- It is a safer option for most people.\n- Trials found fewer falls [1].\n")
    project.write("a.md", text, dedent=False)
    found = of(project.findings(), "unsupported-claim")
    assert [(f["rule"], at(f)) for f in found] == [("unsupported-claim.comparative", pos(text, "safer option"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "No medicine is completely safe.",
        "If you have no side effects, keep taking it.",
        "Does baclofen work faster than other medicines?",
        "There is no cure for multiple sclerosis, but baclofen can ease spasms.",
        "It has not been proven to help anxiety.",
        "Be wary of websites that promise a miracle cure.",
        "Some products claim to be completely safe.",
        "Rapid-acting insulin starts to work in about 15 minutes.",
    ],
)
def test_negated_conditional_and_question_wording_is_not_a_claim(project, sentence: str) -> None:
    project.write("a.md", draft(f"# Your medicine\n\n{sentence}\n"), dedent=False)
    assert of(project.findings(), "unsupported-claim") == []


def test_claims_in_headings_and_table_cells_are_found(project) -> None:
    text = draft("# A miracle for back pain\n\n| Medicine | Note |\n|---|---|\n| baclofen | 100% effective |\n")
    project.write("a.md", text, dedent=False)
    found = of(project.findings(), "unsupported-claim")
    assert [(f["rule"], at(f)) for f in found] == [
        ("unsupported-claim.absolute", pos(text, "miracle")),
        ("unsupported-claim.absolute", pos(text, "100% effective")),
    ]


# -- promotional --------------------------------------------------------------------
def test_promotional_text_and_boilerplate_are_errors_at_the_match(project) -> None:
    text = draft(
        """
        baclofen 10mg 40 tablets

        # Baclofen

        Buy now for only $19.99, just 50 cents per pill. No prescription needed!
        Use code SAVE10 for free shipping.

        ## Leave a Reply

        Click here to read more. Share this article.
        """
    )
    project.write("a.md", text, dedent=False)
    found = of(project.findings(), "promotional")
    got = [(f["rule"], at(f), f["excerpt"]) for f in found]
    assert got == [
        ("promotional.product-listing", pos(text, "baclofen 10mg"), "baclofen 10mg 40 tablets"),
        ("promotional.sales-language", pos(text, "Buy now"), "Buy now"),
        ("promotional.price", pos(text, "$19.99"), "$19.99"),
        ("promotional.price", pos(text, "per pill"), "per pill"),
        ("promotional.sales-language", pos(text, "No prescription needed"), "No prescription needed"),
        ("promotional.sales-language", pos(text, "Use code"), "Use code"),
        ("promotional.sales-language", pos(text, "free shipping"), "free shipping"),
        ("promotional.boilerplate", pos(text, "Leave a Reply"), "Leave a Reply"),
        ("promotional.boilerplate", pos(text, "Click here"), "Click here"),
        ("promotional.boilerplate", pos(text, "Share this article"), "Share this article"),
    ]
    assert found[0]["message"] == 'Product listing: "baclofen 10mg 40 tablets"'
    assert all(f["severity"] == "error" for f in found)


def test_ordinary_wording_is_not_promotional(project) -> None:
    text = draft(
        """
        # Baclofen

        Take one 10 mg tablet three times a day. Share this information with your doctor.
        You can buy some pain relievers without a prescription. Ask about a lower-cost generic.
        Each tablet contains 10 mg of baclofen.
        """
    )
    project.write("a.md", text, dedent=False)
    assert of(project.findings(), "promotional") == []


# -- metadata -----------------------------------------------------------------------
def test_missing_metadata_are_warnings_at_the_title(project) -> None:
    text = draft("# Your medicine\n\nTake it with food.\n", front="---\ntitle: Test\n---\n")
    project.write("a.md", text, dedent=False)
    code, report = project.check_json()
    found = of(report["files"][0]["findings"], "metadata")
    assert sorted((f["rule"], at(f), f["severity"]) for f in found) == [
        ("metadata.references", pos(text, "Your medicine"), "warning"),
        ("metadata.review-date", pos(text, "Your medicine"), "warning"),
        ("metadata.reviewer", pos(text, "Your medicine"), "warning"),
    ]
    assert code == 0  # warnings only


def test_footnotes_count_as_references(project) -> None:
    text = draft("# Your medicine\n\nTake it with food.[^1]\n\n[^1]: Label, 2024.\n", front="---\ntitle: Test\n---\n")
    project.write("a.md", text, dedent=False)
    assert "metadata.references" not in {f["rule"] for f in project.findings()}


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2026-10-01", None),
        ("2025-11-28", None),  # exactly 12 months ago: not older than 12 months
        ("2025-11-27", "is more than 12 months ago"),
        ("2027-01-01", "is in the future"),
    ],
)
def test_review_date_age_and_future_at_the_key_line(project, date: str, expected: str | None) -> None:
    front = f"---\ntitle: Test\nreviewed_by: J. Doe\nlast_reviewed: {date}\nreferences: [x]\n---\n"
    text = draft("# Your medicine\n\nTake it with food.\n", front=front)
    project.write("a.md", text, dedent=False)
    found = of(project.findings(), "metadata")
    if expected is None:
        assert found == []
    else:
        assert [(f["rule"], at(f)) for f in found] == [("metadata.review-date", pos(text, "last_reviewed"))]
        assert expected in found[0]["message"]


def test_review_age_is_configurable(project) -> None:
    project.config(project_config("[metadata]\nmax_review_age_months = 1\n"))
    front = "---\ntitle: Test\nreviewed_by: J. Doe\nlast_reviewed: 2026-10-01\nreferences: [x]\n---\n"
    project.write("a.md", draft("# Your medicine\n\nTake it with food.\n", front=front), dedent=False)
    found = of(project.findings(), "metadata")
    assert [f["rule"] for f in found] == ["metadata.review-date"] and "more than 1 months" in found[0]["message"]


def test_configured_severity_applies(project) -> None:
    project.config(project_config('metadata = "error"\n"promotional.price" = "off"\n'))
    text = draft("# Your medicine\n\nOnly $5.\n", front="---\ntitle: Test\n---\n")
    project.write("a.md", text, dedent=False)
    findings = project.findings()
    assert {f["severity"] for f in of(findings, "metadata")} == {"error"}
    assert of(findings, "promotional") == []


# -- bad rule options ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("type: cited-claim\n    patterns: ['(unclosed']", "option 'patterns' item 1 is not a valid regular expression"),
        ("type: forbidden-pattern\n    patterns: []", "option 'patterns' must be a non-empty list"),
        # a team rule that could take exponential time ("^(a+)+$" hung on a crafted line): refused
        (
            "type: forbidden-pattern\n    patterns: ['^(a+)+$']",
            "option 'patterns' item 1 is not a valid regular expression (a repetition inside a repetition",
        ),
        ("type: required-pattern\n    patterns: [x]\n    position: middle", "option 'position' must be one of anywhere, start, end"),
        ("type: front-matter\n    key: reviewed_by\n    require: maybe", "option 'require' must be one of"),
        ("type: forbidden-pattern\n    patterns: [x]\n    paterns: [y]", "unknown option 'paterns'"),
        # a label support scoped to a topic that is no regular expression
        (
            "type: cited-claim\n    patterns: [x]\n    label_supports: ['fluoxetine on /(stop/: a fact — a label']",
            "option 'label_supports' item 1: ",
        ),
        (
            "type: forbidden-pattern\n    patterns: [x]\n    message: 'Found {claim}'",
            "message uses unknown placeholder {claim} (allowed: {match})",
        ),
    ],
)
def test_bad_rule_option_is_a_config_error_naming_file_and_line(project, tmp_path, rule: str, message: str) -> None:
    import shutil

    checks = tmp_path / "checks"
    shutil.copytree(REPO / "checks", checks)
    (checks / "rules" / "zz-bad.yml").write_text(
        f"rules:\n  - id: promotional.bad\n    family: promotional\n    severity: error\n    description: d\n    {rule}\n",
        encoding="utf-8",
    )
    project.config(project_config().replace((REPO / "checks").as_posix(), checks.as_posix()))
    project.write("a.md", "# T\n")
    result = project.check()
    assert result.exit_code == 2
    # An option's problem is reported at the option's own line; a message's at the rule's.
    line = 2 if "message:" in rule else 6 + rule.count("\n")
    assert f"{checks / 'rules' / 'zz-bad.yml'}:{line}: rule 'promotional.bad': {message}" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def _minimal_options(rule_type: str) -> str:
    """YAML for the options a rule type requires, with placeholder values."""
    import dataclasses

    from pipeline.knowledge.rules import RULE_TYPES

    values = {"patterns": "[x]", "key": "reviewed_by"}
    fields = dataclasses.fields(RULE_TYPES[rule_type].options)
    required = [f.name for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    return "".join(f"    {name}: {values[name]}\n" for name in required)


def _all_rule_types() -> list[str]:
    import pipeline.checks  # noqa: F401  (registers the rule types)
    from pipeline.knowledge.rules import RULE_TYPES

    return sorted(RULE_TYPES)


@pytest.mark.parametrize("rule_type", _all_rule_types())
def test_an_unknown_option_is_exit_2_for_every_rule_type(project, tmp_path, rule_type: str) -> None:
    """`max_wrds: 10` (a typo of an option) must never load silently, whatever the type."""
    import shutil

    checks = tmp_path / "checks"
    shutil.copytree(REPO / "checks", checks)
    options = _minimal_options(rule_type)
    (checks / "rules" / "zz-bad.yml").write_text(
        f"rules:\n  - id: promotional.bad\n    family: promotional\n    severity: error\n    description: d\n"
        f"    type: {rule_type}\n{options}    max_wrds: 10\n",
        encoding="utf-8",
    )
    project.config(project_config().replace((REPO / "checks").as_posix(), checks.as_posix()))
    project.write("a.md", "# T\n")
    result = project.check()
    assert result.exit_code == 2
    line = 7 + options.count("\n")
    assert f"zz-bad.yml:{line}: rule 'promotional.bad': unknown option 'max_wrds' for rule type '{rule_type}'" in result.stderr


def test_metadata_suggestions_are_written_for_the_article(project) -> None:  # type: ignore[no-untyped-def]
    """Today's date for an old review (never a fixed date the rule would flag later),
    the article's own drug labels for missing references."""
    from pipeline.clock import today

    project.config(project_config())
    front = "---\ntitle: Lisinopril\ndrugs: [lisinopril]\nreviewed_by: J. Doe, PharmD\nlast_reviewed: 2020-01-01\n---\n"
    project.write("a.md", front + "# Lisinopril\n\nLisinopril lowers blood pressure.\n", dedent=False)
    found = {f["rule"]: f for f in project.findings()}
    assert today().isoformat() in found["metadata.review-date"]["suggestion"]  # the check's today (SOURCE_DATE_EPOCH here)
    assert "ZESTRIL (lisinopril)" in found["metadata.references"]["suggestion"]
    assert "baclofen" not in found["metadata.references"]["suggestion"].lower()


def test_forbidden_pattern_requires_guards_the_units_searched(project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A team's slow pattern with no literal word gets a cheap guard: a unit is searched
    only if a `requires` pattern matches it, so the same words elsewhere are not reported."""
    import shutil

    checks = tmp_path / "checks"
    shutil.copytree(REPO / "checks", checks)
    (checks / "rules" / "zz-guard.yml").write_text(
        "rules:\n  - id: promotional.team-pack\n    family: promotional\n    severity: error\n    description: A pack size\n"
        "    type: forbidden-pattern\n    patterns: ['\\b[a-z]+ of [1-9][0-9]\\b']\n    requires: ['\\d\\s?mg\\b']\n",
        encoding="utf-8",
    )
    project.config(project_config().replace((REPO / "checks").as_posix(), checks.as_posix()))
    project.write("a.md", f"# Packs\n\nSertraline 50mg, box of 30 at the counter.\n\nWe spoke to a group of 12 nurses.\n\n{DISCLAIMER}\n")
    _, report = project.check_json()
    found = [(f["line"], f["message"]) for f in report["files"][0]["findings"] if f["rule"] == "promotional.team-pack"]
    assert found == [(3, 'A pack size: "box of 30"')]
