"""Issue 14: `pipeline fix` applies safe, mechanical fixes (atomically, with a .bak),
`--diff` only shows them, and a fix never touches a claim, a dose or a drug name."""

from __future__ import annotations

import json
import re

from conftest import SEED, run_cli

COMPLETE = """\
---
title: Taking ibuprofen
drugs: [ibuprofen]
reviewed_by: Jane Doe, PharmD
last_reviewed: 2026-09-01
references: ["Ibuprofen label, 2024."]
---

# Taking ibuprofen

Take the the tablet with food. This medicne can upset your stomach.

Leave a Comment

This article is for information only. It is not a substitute for advice from your doctor or pharmacist.

Your email address will not be published. Required fields are marked *
"""


def _diff_lines(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_diff_shows_exactly_the_repeated_word_the_misspelling_and_the_boilerplate(project) -> None:  # type: ignore[no-untyped-def]
    path = project.write("a.md", COMPLETE)
    result = run_cli("fix", "--diff", "articles/a.md", cwd=project.root)
    assert result.exit_code == 1
    assert _diff_lines(result.stdout) == [
        "-Take the the tablet with food. This medicne can upset your stomach.",
        "-",
        "-Leave a Comment",
        "+Take the tablet with food. This medicine can upset your stomach.",
        "-",
        "-Your email address will not be published. Required fields are marked *",
    ]
    assert "--- a/articles/a.md" in result.stdout
    assert path.read_text(encoding="utf-8") == COMPLETE  # --diff writes nothing
    assert not path.with_name("a.md.bak").exists()


def test_fix_writes_a_backup_and_fixing_twice_changes_nothing(project) -> None:  # type: ignore[no-untyped-def]
    path = project.write("a.md", COMPLETE)
    first = run_cli("fix", "articles/a.md", cwd=project.root)
    assert "fixed articles/a.md" in first.stdout
    fixed = path.read_text(encoding="utf-8")
    assert "the the" not in fixed and "medicine" in fixed and "Leave a Comment" not in fixed
    assert path.with_name("a.md.bak").read_text(encoding="utf-8") == COMPLETE
    second = run_cli("fix", "--no-backup", "articles/a.md", cwd=project.root)
    assert "nothing to fix" in second.stdout
    assert path.read_text(encoding="utf-8") == fixed
    assert run_cli("fix", "--diff", "articles/a.md", cwd=project.root).exit_code == 0


def test_remaining_findings_point_at_the_right_text(project) -> None:  # type: ignore[no-untyped-def]
    draft = COMPLETE.replace("upset your stomach.", "upset your stomach. It is a miracle cure.")
    path = project.write("a.md", draft)
    run_cli("fix", "--no-backup", "articles/a.md", cwd=project.root)
    assert not path.with_name("a.md.bak").exists()
    report = json.loads(run_cli("check", "--format", "json", "articles/a.md", cwd=project.root).stdout)
    text = path.read_text(encoding="utf-8").splitlines()
    findings = report["files"][0]["findings"]
    assert findings
    for f in findings:
        if f["line"] == f["end_line"] and f["excerpt"] and f["check"] != "readability":
            assert text[f["line"] - 1][f["column"] - 1 : f["end_column"] - 1] == f["excerpt"], f
    assert any(f["check"] == "unsupported-claim" for f in findings)  # the claim stays


def test_missing_disclaimer_and_front_matter_placeholders(project) -> None:  # type: ignore[no-untyped-def]
    project.config(
        project.root.joinpath("pipeline.toml").read_text()
        + '[disclaimer]\nposition = "end"\ntext = "For information only. Ask your pharmacist."\n'
    )
    path = project.write("a.md", "---\ntitle: T\n---\n\n# Taking it\n\nTake it with food.\n")
    run_cli("fix", "articles/a.md", cwd=project.root)
    text = path.read_text(encoding="utf-8")
    assert text.rstrip().endswith("\n\nFor information only. Ask your pharmacist.")
    assert "# reviewed_by:" in text and "# last_reviewed:" in text
    again = run_cli("fix", "--diff", "articles/a.md", cwd=project.root)
    assert _diff_lines(again.stdout) == []


def test_a_colon_inside_a_front_matter_value_is_fixed_by_quoting_it(project) -> None:  # type: ignore[no-untyped-def]
    path = project.write("a.md", '---\ntitle: Aspirin: what to know\nsummary: Say "no": it helps\n---\n\n# Aspirin\n\nTake it with food.\n')
    run_cli("fix", "--select", "metadata.front-matter-syntax", "articles/a.md", cwd=project.root)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: "Aspirin: what to know"\nsummary: \'Say "no": it helps\'\n---\n')
    checked = project.check("--format", "json", "articles/a.md")
    assert not [f for f in checked.json()["files"][0]["findings"] if f["rule"] == "metadata.front-matter-syntax"]


def test_plain_words_only_when_selected_and_never_a_drug_or_dose(project) -> None:  # type: ignore[no-untyped-def]
    path = project.write("a.md", "# Ibuprofen\n\nTake 200 mg of this medication prior to meals. Ibuprofen is a medication.\n")
    default = run_cli("fix", "--diff", "--select", "readability", "articles/a.md", cwd=project.root)
    assert _diff_lines(default.stdout) == []
    chosen = run_cli("fix", "--diff", "--select", "readability.plain-words", "articles/a.md", cwd=project.root)
    assert _diff_lines(chosen.stdout) == [
        "-Take 200 mg of this medication prior to meals. Ibuprofen is a medication.",
        "+Take 200 mg of this medicine before meals. Ibuprofen is a medicine.",
    ]
    assert "medication" in path.read_text(encoding="utf-8")


def test_rules_show_fix_applicability() -> None:
    rules = {r["id"]: r for r in json.loads(run_cli("rules", "--format", "json").stdout)["rules"]}
    assert rules["grammar.repetition"]["fix"] == "safe"
    assert rules["readability.plain-words"]["fix"] == "unsafe"
    assert rules["unsupported-claim.absolute"]["fix"] == "none"
    assert "fix: safe" in run_cli("rules").stdout


def test_seed_fix_diff_never_touches_claims_doses_or_drug_names() -> None:
    result = run_cli("fix", "--diff", str(SEED))
    removed = [line[1:] for line in _diff_lines(result.stdout) if line.startswith("-")]
    added = [line[1:] for line in _diff_lines(result.stdout) if line.startswith("+")]
    assert "baclofen 10mg 40 tablets" in removed and "Leave a Comment" in " ".join(removed)
    for line in added:
        assert not re.search(r"\d", line) or line.startswith("#")
