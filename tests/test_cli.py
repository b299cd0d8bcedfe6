"""The CLI as editors and CI use it: exit codes, the JSON report, and one-line
errors for every kind of bad input, with the other files still checked."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from conftest import REPO, SEED, run_cli

REPORT_SCHEMA = json.loads((REPO / "pipeline" / "schemas" / "report.schema.json").read_text())

GOOD = """\
---
title: Short note
---
# Short note

Take one tablet a day. Drink water.
"""


def test_seed_article_fails_readability_at_its_title_line() -> None:
    result = run_cli("check", "--format", "json", str(SEED), cwd=REPO)
    assert result.exit_code == 1
    report = result.json()
    jsonschema.validate(report, REPORT_SCHEMA)
    grade = [f for f in report["files"][0]["findings"] if f["rule"] == "readability.grade"]
    assert len(grade) == 1
    assert grade[0]["severity"] == "error"
    assert (grade[0]["line"], grade[0]["column"]) == (10, 3)  # the H1, below 6 lines of front matter and the listing line
    assert report["files"][0]["readability"]["consensus_grade"] > 10
    # The hardest sentence is reported where it is: line 12, column 1.
    long = [f for f in report["files"][0]["findings"] if f["rule"] == "readability.sentence-length"]
    assert long[0]["line"] == 12 and long[0]["column"] == 1 and "31 words" in long[0]["message"]


def test_good_drafts_pass_readability() -> None:
    result = run_cli("check", "--format", "json", "articles/", cwd=REPO)
    report = result.json()
    jsonschema.validate(report, REPORT_SCHEMA)
    for file in report["files"]:
        if file["path"].endswith("baclofen-10mg-anxiety.md"):
            continue
        assert file["readability"]["consensus_grade"] <= 8, file["path"]
        assert not [f for f in file["findings"] if f["check"] == "readability" and f["severity"] == "error"]


def test_json_summary_counts_match_findings(project) -> None:  # type: ignore[no-untyped-def]
    project.write("a.md", GOOD)
    code, report = project.check_json()
    jsonschema.validate(report, REPORT_SCHEMA)
    counted = sum(1 for f in report["files"][0]["findings"] if f["severity"] == "error" and not f["suppressed"])
    assert report["summary"]["errors"] == counted
    assert report["summary"]["files"] == 1
    assert report["tool"]["name"] == "pipeline"


def test_fail_on_warning_turns_warnings_into_failure(project) -> None:  # type: ignore[no-untyped-def]
    long_sentence = " ".join(["word"] * 40) + "."
    project.write("a.md", f"# Title\n\n{long_sentence}\n")
    project.config(
        project.root.joinpath("pipeline.toml").read_text()
        + '\n[severity]\n"disclaimer" = "off"\n"metadata" = "off"\n"unsupported-claim" = "off"\n"promotional" = "off"\n'
    )
    base = project.check("--format", "json")
    errors = base.json()["summary"]["errors"]
    warnings = base.json()["summary"]["warnings"]
    assert warnings >= 1
    if errors == 0:
        assert base.exit_code == 0
    assert project.check("--fail-on", "warning").exit_code == 1


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("binary.md", b"\x00\x01\x02binary", "binary file"),
        ("latin1.md", "# Caf\xe9\n".encode("latin-1"), "invalid UTF-8 at byte offset 5"),
        ("unclosed.md", b"---\ntitle: x\n# no closing\n", "never closed"),
        ("badyaml.md", b"---\ntitle: [unclosed\n---\n# T\n", "malformed front matter"),
        ("list.md", b"---\n- a\n- b\n---\n# T\n", "front matter must be a mapping"),
        ("wrongtype.md", b"---\ndrugs: {baclofen: 10}\n---\n# T\n", "front matter: drugs"),
        ("wrongtype-list.md", b"---\nreviewed_by: [[a], b]\n---\n# T\n", "front matter: reviewed_by"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_other_files_still_checked(project, name: str, content: bytes, expected: str) -> None:  # type: ignore[no-untyped-def]
    (project.root / "articles" / name).write_bytes(content)
    project.write("good.md", GOOD)
    result = project.check("--format", "json")
    assert result.exit_code == 2
    report = result.json()
    by_path = {Path(f["path"]).name: f for f in report["files"]}
    error = by_path[name]["error"]
    assert expected in error and name in error
    assert "\n" not in error and "Traceback" not in result.stdout + result.stderr
    assert by_path["good.md"].get("error") is None
    assert by_path["good.md"]["readability"]["words"] > 0


@pytest.mark.parametrize(
    "front, rule, line, message",
    [
        ('reviewed_by: ""', "metadata.reviewer", 3, "No reviewer: add `reviewed_by`"),
        ("reviewed_by:", "metadata.reviewer", 3, "No reviewer: add `reviewed_by`"),
        ("last_reviewed: yesterday", "metadata.review-date", 3, "`last_reviewed` is not a date (YYYY-MM-DD): yesterday"),
        ('last_reviewed: " "', "metadata.review-date", 3, "No review date: add `last_reviewed`"),
    ],
)
def test_blank_or_non_date_front_matter_is_a_finding_at_its_line_and_the_draft_is_checked(  # type: ignore[no-untyped-def]
    project, front: str, rule: str, line: int, message: str
) -> None:
    """A CMS leaves keys blank in drafts nobody reviewed: the draft is still checked (its
    claims too), and the blank or wrong value is the metadata finding at the key's line."""
    project.write("cms.md", f"---\ntitle: Baclofen\n{front}\n---\n# Baclofen\n\nBaclofen is guaranteed to work for everyone.\n")
    result = project.check("--format", "json")
    assert result.exit_code == 1  # the claim is an error; the file was not refused
    (entry,) = result.json()["files"]
    assert entry.get("error") is None
    found = {(f["rule"], f["line"]): f["message"] for f in entry["findings"]}
    assert message in found[(rule, line)]
    assert any(r == "unsupported-claim.absolute" for r, _ in found)


def test_front_matter_in_another_obvious_form_is_read_in_the_usual_one(project) -> None:  # type: ignore[no-untyped-def]
    """``drugs: baclofen, diazepam`` (a text, not a list), a lone reference and a list of
    reviewers: the draft is checked as if they were written the usual way."""
    project.write(
        "loose.md",
        "---\ntitle: Baclofen\ndrugs: baclofen, diazepam\nreviewed_by: [Jane Doe PharmD, John Roe MD]\n"
        "last_reviewed: 2026-10-01\nreferences: Lioresal prescribing information, 2023.\n---\n# Baclofen\n\n"
        "Baclofen relaxes muscles. This article is for general information only and is not medical advice; "
        "talk to your doctor or pharmacist about your own situation.\n",
    )
    result = project.check("--format", "json")
    (entry,) = result.json()["files"]
    assert entry.get("error") is None
    rules = {f["rule"] for f in entry["findings"]}
    assert not rules & {"metadata.reviewer", "metadata.references", "metadata.drug-facts-missing"}
    # diazepam, named only in the front matter, is a primary drug: its boxed warning is asked for
    assert any(f["rule"] == "safety-warnings.missing" and "diazepam" in f["message"] for f in entry["findings"])


def test_a_colon_inside_a_plain_front_matter_value_is_an_error_at_its_line_and_the_draft_is_checked(project) -> None:  # type: ignore[no-untyped-def]
    """``summary: From willow bark to the tablet: what it does`` is not valid YAML, the
    commonest slip of hand-written front matter: one error on its line, read as the text it
    is, and the rest of the draft checked (here its price) rather than refused as unreadable."""
    project.write(
        "colon.md",
        "---\ntitle: Aspirin: the basics\nsummary: From willow bark to the tablet: what it does\n"
        "references:\n  - Aspirin: a review. BMJ 2020\n---\n# Aspirin\n\nA bottle costs $3.49 in our shop.\n",
    )
    result = project.check("--format", "json")
    assert result.exit_code == 1
    (entry,) = result.json()["files"]
    assert entry.get("error") is None
    syntax = [(f["line"], f["severity"], f["suggestion"]) for f in entry["findings"] if f["rule"] == "metadata.front-matter-syntax"]
    assert syntax == [
        (2, "error", 'title: "Aspirin: the basics"'),
        (3, "error", 'summary: "From willow bark to the tablet: what it does"'),
    ]
    assert any(f["rule"] == "promotional.price" and f["line"] == 9 for f in entry["findings"])
    assert not any(f["rule"] == "metadata.references" for f in entry["findings"])  # the reference is read as written


def test_bad_front_matter_error_names_the_line(project) -> None:  # type: ignore[no-untyped-def]
    project.write("bad.md", "---\ntitle: ok\nslug: fine\ndrugs: [a\n---\n# T\n")
    result = project.check()
    assert result.exit_code == 2
    assert "bad.md:" in result.stdout and "malformed front matter" in result.stdout


def test_missing_path_and_empty_directory(project) -> None:  # type: ignore[no-untyped-def]
    (project.root / "empty").mkdir()
    project.write("good.md", GOOD)
    result = project.check("nope.md", "empty", "articles")
    assert result.exit_code == 2
    assert "nope.md: no such file or directory" in result.stdout
    assert "empty: directory contains no Markdown" in result.stdout
    assert "good.md" in result.stdout


def test_globs_and_directories_recurse(project) -> None:  # type: ignore[no-untyped-def]
    project.write("a.md", GOOD)
    project.write("sub/b.md", GOOD)
    project.write("sub/notes.txt", "not markdown")
    _, report = project.check_json("articles")
    assert sorted(Path(f["path"]).name for f in report["files"]) == ["a.md", "b.md"]
    _, report = project.check_json("articles/sub/*.md")
    assert [Path(f["path"]).name for f in report["files"]] == ["b.md"]


def test_drafts_are_never_modified(project) -> None:  # type: ignore[no-untyped-def]
    path = project.write("a.md", "---\ntitle: T\n---\r\n# T\r\n\r\nSome text here.\r\n", dedent=False)
    before = path.read_bytes()
    project.check()
    run_cli("build", "--out", str(project.root / "out"), cwd=project.root)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "toml, expected",
    [
        ("nonsense_key = 1\n", "unknown configuration key 'nonsense_key'"),
        ("[readability]\nmax_grade = 'ten'\n", "bad value for 'readability.max_grade'"),
        ("[readability]\ntarget = 3\n", "unknown configuration key 'readability.target'"),
        ("fail_on = 'sometimes'\n", "bad value for 'fail_on'"),
        ("[severity]\n'readability.grade' = 'loud'\n", "bad value for 'severity.readability.grade'"),
        ("this is not toml", "cannot parse"),
    ],
)
def test_bad_configuration_is_exit_2_naming_the_key(project, toml: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    project.write("a.md", GOOD)
    project.config(toml)
    result = project.check()
    assert result.exit_code == 2
    assert expected in result.stderr
    assert "pipeline.toml" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_config_thresholds_change_the_verdict(project) -> None:  # type: ignore[no-untyped-def]
    text = SEED.read_text(encoding="utf-8")
    project.write("seed.md", text, dedent=False)
    checks = (REPO / "checks").as_posix()
    project.config(f'checks_dir = "{checks}"\n[readability]\nmax_grade = 18\ntarget_grade = 17\n')
    findings = project.findings()
    assert not [f for f in findings if f["rule"] == "readability.grade"]
    project.config(f'checks_dir = "{checks}"\n[severity]\n"readability.grade" = "info"\n')
    grade = [f for f in project.findings() if f["rule"] == "readability.grade"]
    assert grade and grade[0]["severity"] == "info"


def test_config_found_in_pyproject_walking_up(project) -> None:  # type: ignore[no-untyped-def]
    (project.root / "pipeline.toml").unlink()
    checks = (REPO / "checks").as_posix()
    (project.root / "pyproject.toml").write_text(f'[tool.pipeline]\nchecks_dir = "{checks}"\nfail_on = "warning"\n')
    sub = project.root / "articles"
    project.write("a.md", "# T\n\n" + " ".join(["word"] * 40) + ".\n")
    result = run_cli("check", "a.md", cwd=sub)
    assert result.exit_code == 1  # the warning fails because fail_on came from ../pyproject.toml


def test_jobs_is_capped_in_the_configuration_and_on_the_command_line(project) -> None:  # type: ignore[no-untyped-def]
    project.write("a.md", "# Note\n\nTake one tablet a day.\n")
    project.config(project.root.joinpath("pipeline.toml").read_text(encoding="utf-8") + "jobs = 100000\n")
    result = project.check("articles/a.md")
    assert result.exit_code == 2 and "bad value for 'jobs'" in result.stderr and "256" in result.stderr
