"""CI report formats on real runs: SARIF 2.1.0 and JUnit validated against the
official schemas (vendored in tests/schemas), GitHub workflow commands escaped the way the
Actions runner decodes them, and --format/--output pairing."""

from __future__ import annotations

import io
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import xmlschema
from conftest import REPO, SEED, Project

from pipeline.findings import FAMILIES, FileResult, Finding, Severity
from pipeline.report.github import GithubReporter, command
from pipeline.report.stream import RunInfo
from pipeline.run.runner import RunStats

SCHEMAS = REPO / "tests" / "schemas"
LONG = (
    "Take this medicine with a full glass of water every morning before breakfast unless your doctor "
    "or pharmacist has told you to take it in some other way for your own condition."
)


def readability_only(project: Project) -> Project:
    """The project with only the readability rule pack: these tests are about report
    formats, and one process start of the full check (grammar engine) costs seconds."""
    rules = project.root / "checks" / "rules"
    rules.mkdir(parents=True)
    shutil.copy(REPO / "checks" / "rules" / "readability.yml", rules)
    project.config('knowledge = ["checks"]\nbuiltin = false\n')
    return project


@pytest.fixture
def ci_project(project: Project) -> Project:
    """The seed draft (errors and warnings), a draft whose long sentence is suppressed, and an unreadable file."""
    readability_only(project)
    shutil.copy(SEED, project.root / "articles" / "seed.md")
    project.write(
        "suppressed.md",
        f"""
        ---
        title: Taking your medicine
        ignore:
          - {{rule: readability.sentence-length, reason: "wording agreed with the label"}}
        ---
        # Taking your medicine

        {LONG}
        """,
    )
    (project.root / "articles" / "broken.md").write_bytes(b"# Title\n\nBad \xff\xfe bytes\n")
    return project


def _json_findings(project: Project) -> list[dict]:
    _, report = project.check_json("--no-cache")
    return [f for file in report["files"] for f in file["findings"]]


def test_sarif_validates_and_carries_rules_results_suppressions_and_input_errors(ci_project: Project) -> None:
    result = ci_project.check("-f", "sarif", "-o", "report.sarif", "--no-cache")
    assert result.exit_code == 2  # the unreadable file
    sarif = json.loads((ci_project.root / "report.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(sarif, json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")))

    run = sarif["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    grade = rules["readability.grade"]
    assert grade["defaultConfiguration"]["level"] == "error"
    assert grade["properties"]["family"] == "readability"
    assert grade["shortDescription"]["text"] and grade["fullDescription"]["text"]

    results = run["results"]
    assert all(r["ruleId"] in rules for r in results)
    expected = _json_findings(ci_project)
    assert len(results) == len(expected)
    root = ci_project.root
    by_key = {(Path(f["path"]).relative_to(root).as_posix(), f["line"], f["column"], f["rule"]): f for f in expected}
    for r in results:
        region = r["locations"][0]["physicalLocation"]["region"]
        location = r["locations"][0]["physicalLocation"]["artifactLocation"]
        assert location["uriBaseId"] == "SRCROOT" and not location["uri"].startswith("/")
        finding = by_key[(location["uri"], region["startLine"], region["startColumn"], r["ruleId"])]
        assert (region["endLine"], region["endColumn"]) == (finding["end_line"], finding["end_column"])
        assert r["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding["severity"]]
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"] == ci_project.root.resolve().as_uri() + "/"

    suppressed = [r for r in results if "suppressions" in r]
    assert len(suppressed) == 1
    assert suppressed[0]["ruleId"] == "readability.sentence-length"
    assert suppressed[0]["suppressions"] == [{"kind": "inSource", "justification": "wording agreed with the label"}]
    assert suppressed[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "articles/suppressed.md"

    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert len(notes) == 1 and "broken.md" in notes[0]["message"]["text"] and "UTF-8" in notes[0]["message"]["text"]


def test_junit_validates_one_suite_per_file_and_a_case_per_family(ci_project: Project) -> None:
    result = ci_project.check("-f", "junit", "-o", "junit.xml", "--no-cache")
    assert result.exit_code == 2
    path = ci_project.root / "junit.xml"
    xmlschema.XMLSchema(str(SCHEMAS / "jenkins-junit-10.xsd")).validate(str(path))

    root = ET.parse(path).getroot()
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert set(suites) == {"articles/broken.md", "articles/seed.md", "articles/suppressed.md"}
    assert suites["articles/broken.md"].find("testcase/error") is not None

    seed = suites["articles/seed.md"]
    assert [c.get("name") for c in seed.findall("testcase")] == list(FAMILIES)
    readability = seed.find("testcase[@name='readability']")
    failure = readability.find("failure")
    assert failure is not None and "Reading grade" in failure.text and "articles/seed.md:" in failure.text
    assert seed.get("failures") == str(sum(1 for c in seed.findall("testcase") if c.find("failure") is not None))

    # The suppressed finding passes (it is listed as output, not as a failure).
    suppressed = suites["articles/suppressed.md"].find("testcase[@name='readability']")
    assert suppressed.find("failure") is None
    assert "wording agreed with the label" in suppressed.find("system-out").text
    assert int(root.get("failures")) == sum(int(s.get("failures")) for s in suites.values())


def _github_line(message: str, path: str) -> str:
    """What the GitHub reporter prints for one warning at 3:5-3:9 of ``path``."""
    finding = Finding(path, 3, 5, 3, 9, Severity.WARNING, "promotional", "promotional.hype", message)
    info = RunInfo(config=None, cwd=Path.cwd(), rules=lambda: None, stats=RunStats())  # type: ignore[arg-type]
    out = io.StringIO()
    GithubReporter(out, info).add(FileResult(path, [finding]))
    return out.getvalue()


def test_github_commands_escape_data_and_properties() -> None:
    line = _github_line("100% cure,\nno: risk\r", "docs/a,b: c.md")
    assert line == (
        "::warning file=docs/a%2Cb%3A c.md,line=3,col=5,endLine=3,endColumn=9,"
        "title=promotional.hype (promotional)::100%25 cure,%0Ano: risk%0D\n"
    )
    assert command("notice", "50%", title="a,b") == "::notice title=a%2Cb::50%25\n"


def test_github_format_on_a_real_run(project: Project) -> None:
    readability_only(project)
    shutil.copy(SEED, project.root / "articles" / "a,b.md")
    result = project.check("--format", "github", "--no-cache")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    assert errors and all("file=articles/a%2Cb.md," in line for line in errors)
    grade = next(line for line in errors if "title=readability.grade (readability)" in line)
    assert ",line=" in grade and ",col=" in grade and "::Reading grade" in grade
    assert lines[-1].startswith("pipeline: 1 files checked:")
    severities = [f["severity"] for f in _json_findings(project) if not f["suppressed"]]
    assert len(errors) == severities.count("error")
    assert sum(line.startswith("::warning ") for line in lines) == severities.count("warning") > 0
    assert sum(line.startswith("::notice ") for line in lines) == severities.count("info")


def test_several_reports_in_one_run_and_the_human_report_on_the_terminal(ci_project: Project) -> None:
    (ci_project.root / "articles" / "broken.md").unlink()
    result = ci_project.check(
        "-f", "json", "-o", "out/r.json", "-f", "sarif", "-o", "out/r.sarif", "-f", "text", "-o", "out/r.txt", "--no-cache"
    )
    assert result.exit_code == 1
    assert "2 files checked" in result.stdout and "seed.md" in result.stdout
    report = json.loads((ci_project.root / "out" / "r.json").read_text(encoding="utf-8"))
    assert report["summary"]["files"] == 2
    assert json.loads((ci_project.root / "out" / "r.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    text = (ci_project.root / "out" / "r.txt").read_text(encoding="utf-8")
    assert "2 files checked" in text and "\x1b[" not in text
    assert sorted(p.name for p in (ci_project.root / "out").iterdir()) == ["r.json", "r.sarif", "r.txt"]  # no temporary files left

    # A machine format without --output goes to stdout, the paired one to its file.
    result = ci_project.check("-f", "junit", "-o", "out/j.xml", "-f", "json", "--no-cache")
    assert json.loads(result.stdout)["summary"]["files"] == 2
    assert (ci_project.root / "out" / "j.xml").read_text(encoding="utf-8").startswith("<?xml")


@pytest.mark.parametrize(
    "args, message",
    [
        (("-o", "r.json"), "more --output files than --format"),
        (("-f", "json", "-o", "r.json", "-f", "sarif", "-o", "r.json"), "given twice"),
        (("-f", "json", "-f", "sarif"), "only one machine-readable format"),
        (("-f", "json", "-o", "articles/seed.md"), "drafts are never overwritten"),
    ],
)
def test_output_pairing_mistakes_are_usage_errors(ci_project: Project, args: tuple[str, ...], message: str) -> None:
    before = (ci_project.root / "articles" / "seed.md").read_bytes()
    result = ci_project.check(*args, "--no-cache")
    assert result.exit_code == 2
    assert message in result.stderr
    assert (ci_project.root / "articles" / "seed.md").read_bytes() == before
    assert not (ci_project.root / "r.json").exists()
