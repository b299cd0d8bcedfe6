"""Issue 14, the terminal report: errors first (grouped by family), then warnings,
then info; a closing per-rule table; display filters that never change the exit
code; the concise format; relative paths."""

from __future__ import annotations

import re

from conftest import SEED, run_cli

DRAFT = """\
---
title: Test
---

# Test

Buy now and get the best price. This sentence has many many words in it so that it runs on and on and on for far too long to read.

Leave a Comment
"""

LINE = re.compile(
    r"^(?P<path>[^:\s]+\.md):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning|info) (?P<rule>[a-z-]+\.[a-z0-9.-]+) (?P<msg>.+)$"
)


def _severities(stdout: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r"^\s+\S+\.md:\d+:\d+: (error|warning|info) ", stdout, re.M)]


def test_errors_come_first_grouped_by_family_then_warnings_then_info(project) -> None:  # type: ignore[no-untyped-def]
    project.write("a.md", DRAFT)
    result = project.check("articles/a.md")
    severities = _severities(result.stdout)
    assert "error" in severities and "warning" in severities
    rank = {"error": 0, "warning": 1, "info": 2}
    assert severities == sorted(severities, key=rank.__getitem__)
    headers = re.findall(r"^  (errors|warnings|info) · (\S+) \((\d+)\)$", result.stdout, re.M)
    assert headers and headers[0][0] == "errors"
    # each (severity, family) group appears once
    assert len({(s, f) for s, f, _ in headers}) == len(headers)


def test_statistics_table_counts_per_rule(project) -> None:  # type: ignore[no-untyped-def]
    project.write("a.md", DRAFT)
    counts: dict[str, int] = {}
    for file in project.check_json("articles/a.md")[1]["files"]:
        for f in file["findings"]:
            counts[f["rule"]] = counts.get(f["rule"], 0) + 1
    stdout = project.check("articles/a.md").stdout
    table = stdout.split("Findings by rule:")[1]
    rows = dict((rule, int(n)) for n, rule in re.findall(r"^\s+(\d+)\s+(\S+\.\S+)\s", table, re.M))
    assert rows == counts
    values = list(rows.values())
    assert values == sorted(values, reverse=True)


def test_min_severity_hides_but_keeps_the_exit_code(project) -> None:  # type: ignore[no-untyped-def]
    project.write("a.md", DRAFT)
    full = project.check("articles/a.md")
    errors_only = project.check("--min-severity", "error", "articles/a.md")
    assert errors_only.exit_code == full.exit_code == 1
    assert set(_severities(errors_only.stdout)) == {"error"}
    assert "the exit code counts all" in errors_only.stdout
    # a filter that hides every error still fails the run
    hidden = project.check("--select", "readability", "articles/a.md")
    assert hidden.exit_code == 1
    assert "promotional" not in hidden.stdout.split("Findings by rule:")[0].split("\n", 1)[1]


def test_select_and_ignore_rules_and_families(project) -> None:  # type: ignore[no-untyped-def]
    project.write("a.md", DRAFT)
    concise = project.check("--format", "concise", "--select", "promotional", "articles/a.md").stdout.splitlines()
    rules = {m.group("rule") for line in concise if (m := LINE.match(line))}
    assert rules and all(r.startswith("promotional.") for r in rules)
    one = project.check("--format", "concise", "--select", "promotional.boilerplate", "articles/a.md").stdout.splitlines()
    assert {m.group("rule") for line in one if (m := LINE.match(line))} == {"promotional.boilerplate"}
    ignored = project.check("--format", "concise", "--ignore", "readability", "--ignore", "promotional", "articles/a.md")
    rules = {m.group("rule") for line in ignored.stdout.splitlines() if (m := LINE.match(line))}
    assert not any(r.startswith(("readability.", "promotional.")) for r in rules)
    bad = project.check("--select", "promo", "articles/a.md")
    assert bad.exit_code == 2 and "did you mean 'promotional'" in bad.stderr


def test_concise_is_one_line_per_finding(project) -> None:  # type: ignore[no-untyped-def]
    project.write("a.md", DRAFT)
    _, report = project.check_json("articles/a.md")
    findings = [f for file in report["files"] for f in file["findings"] if not f["suppressed"]]
    result = project.check("--format", "concise", "articles/a.md")
    lines = [line for line in result.stdout.splitlines() if LINE.match(line)]
    assert len(lines) == len(findings)
    first = LINE.match(lines[0])
    assert first and first.group("path") == "articles/a.md"
    assert result.stdout.splitlines()[-1].startswith("1 file checked:")


def test_paths_relative_when_found_from_config(project) -> None:  # type: ignore[no-untyped-def]
    project.config(project.root.joinpath("pipeline.toml").read_text() + 'paths = ["articles"]\n')
    project.write("a.md", DRAFT)
    from_config = run_cli("check", "--format", "concise", cwd=project.root / "articles")
    assert from_config.stdout.startswith("a.md:")
    absolute = run_cli("check", "--format", "concise", str(project.root / "articles" / "a.md"), cwd=project.root)
    assert absolute.stdout.startswith(str(project.root))


def test_seed_shows_its_errors_first() -> None:
    result = run_cli("check", "--no-cache", str(SEED))
    severities = _severities(result.stdout)
    rank = {"error": 0, "warning": 1, "info": 2}
    assert severities[0] == "error" and severities == sorted(severities, key=rank.__getitem__)
    assert "Findings by rule:" in result.stdout
