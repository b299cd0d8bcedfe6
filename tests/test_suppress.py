"""Suppressions (pipeline/suppress.py) through the real CLI: `<!-- pipeline-ignore RULE:
reason -->` covers only the next block; RULE may be a family; a directive without a
reason suppresses nothing and is itself an error; front matter `ignore` needs a reason."""

from __future__ import annotations

from typing import Any

import pytest
from test_text_rules import DISCLAIMER, FRONT, at, pos, project_config


@pytest.fixture(autouse=True)
def _setup(project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795824000")
    project.config(project_config())


def findings(project, text: str) -> list[dict[str, Any]]:
    project.write("a.md", text, dedent=False)
    return [f for f in project.findings() if f["check"] in ("promotional", "unsupported-claim", "metadata", "disclaimer")]


def state(found: list[dict[str, Any]]) -> list[tuple[str, tuple[int, int], bool, str | None]]:
    return [(f["rule"], at(f), f["suppressed"], f["suppression_reason"]) for f in found]


def test_directive_covers_only_the_next_block(project) -> None:
    text = FRONT + (
        "# Your medicine\n\n"
        "<!-- pipeline-ignore promotional.price: we quote the scam advert -->\n"
        "The advert said $19.99.\n\n"
        "Another price: $5.\n\n" + DISCLAIMER + "\n"
    )
    found = findings(project, text)
    assert state(found) == [
        ("promotional.price", pos(text, "$19.99"), True, "we quote the scam advert"),
        ("promotional.price", pos(text, "$5"), False, None),
    ]


def test_suppressed_findings_do_not_fail_the_run_but_stay_in_json(project) -> None:
    text = FRONT + "# Your medicine\n\n<!-- pipeline-ignore promotional: quoted advert -->\nBuy now for $5.\n\n" + DISCLAIMER + "\n"
    project.write("a.md", text, dedent=False)
    code, report = project.check_json()
    promo = [f for f in report["files"][0]["findings"] if f["check"] == "promotional"]
    assert len(promo) == 2 and all(f["suppressed"] and f["suppression_reason"] == "quoted advert" for f in promo)
    assert report["summary"]["suppressed"] == 2 and report["summary"]["errors"] == 0
    assert code == 0
    terminal = project.check()
    assert terminal.exit_code == 0 and "2 suppressed" in terminal.stdout and "$5" not in terminal.stdout
    assert "$5" in project.check("--show-suppressed").stdout


def test_family_name_covers_every_rule_of_the_family_and_nothing_else(project) -> None:
    text = FRONT + (
        "# Your medicine\n\n"
        "<!-- pipeline-ignore promotional: quoted advert -->\n"
        "Buy now for $5, it is completely safe.\n\n" + DISCLAIMER + "\n"
    )
    found = findings(project, text)
    assert state(found) == [
        ("promotional.sales-language", pos(text, "Buy now"), True, "quoted advert"),
        ("promotional.price", pos(text, "$5"), True, "quoted advert"),
        ("unsupported-claim.absolute", pos(text, "completely safe"), False, None),
    ]


def test_directive_before_a_list_or_table_covers_all_of_it_and_stops_there(project) -> None:
    text = FRONT + (
        "# Your medicine\n\n"
        "<!-- pipeline-ignore promotional.price: a table of old advert prices -->\n"
        "| Shop | Price |\n|---|---|\n| A | $5 |\n| B | $6 |\n\n"
        "<!-- pipeline-ignore promotional.price: the advert's list -->\n"
        "- One $7\n- Two $8\n\n"
        "Unrelated $9.\n\n" + DISCLAIMER + "\n"
    )
    found = findings(project, text)
    assert state(found) == [
        ("promotional.price", pos(text, "$5"), True, "a table of old advert prices"),
        ("promotional.price", pos(text, "$6"), True, "a table of old advert prices"),
        ("promotional.price", pos(text, "$7"), True, "the advert's list"),
        ("promotional.price", pos(text, "$8"), True, "the advert's list"),
        ("promotional.price", pos(text, "$9"), False, None),
    ]


def test_directive_inside_a_paragraph_covers_the_rest_of_that_paragraph(project) -> None:
    text = FRONT + (
        "# Your medicine\n\nBefore $1 <!-- pipeline-ignore promotional.price: quoted --> after $2.\n\nNext $3.\n\n" + DISCLAIMER + "\n"
    )
    found = findings(project, text)
    assert state(found) == [
        ("promotional.price", pos(text, "$1"), False, None),
        ("promotional.price", pos(text, "$2"), True, "quoted"),
        ("promotional.price", pos(text, "$3"), False, None),
    ]


def test_missing_reason_is_an_error_and_suppresses_nothing(project) -> None:
    directive = "<!-- pipeline-ignore promotional.price -->"
    text = FRONT + f"# Your medicine\n\n{directive}\nThe advert said $19.99.\n\n" + DISCLAIMER + "\n"
    project.write("a.md", text, dedent=False)
    code, report = project.check_json()
    found = [f for f in report["files"][0]["findings"] if f["check"] in ("promotional", "metadata")]
    assert state(found) == [
        ("metadata.ignore-reason", pos(text, directive), False, None),
        ("promotional.price", pos(text, "$19.99"), False, None),
    ]
    reason = found[0]
    assert reason["severity"] == "error" and reason["end_column"] == reason["column"] + len(directive)
    assert reason["message"] == "pipeline-ignore promotional.price has no reason; nothing was suppressed"
    assert code == 1


def test_missing_reason_error_cannot_itself_be_suppressed(project) -> None:
    front = FRONT.replace("---\ntitle", "---\nignore:\n  - {rule: metadata, reason: no review yet}\ntitle", 1)
    text = front + "# Your medicine\n\n<!-- pipeline-ignore promotional -->\nBuy now.\n\n" + DISCLAIMER + "\n"
    found = findings(project, text)
    assert ("metadata.ignore-reason", False) in [(f["rule"], f["suppressed"]) for f in found]


def test_front_matter_ignore_covers_the_whole_file(project) -> None:
    front = (
        "---\ntitle: T\nignore:\n  - {rule: metadata, reason: reviewed in the CMS}\n"
        "  - {rule: promotional.price, reason: price comparison article}\n---\n"
    )
    text = front + "# Your medicine\n\nOnly $5.\n\nBuy now.\n\n" + DISCLAIMER + "\n"
    found = findings(project, text)
    assert sorted((f["rule"], f["suppressed"], f["suppression_reason"]) for f in found) == [
        ("metadata.references", True, "reviewed in the CMS"),
        ("metadata.review-date", True, "reviewed in the CMS"),
        ("metadata.reviewer", True, "reviewed in the CMS"),
        ("promotional.price", True, "price comparison article"),
        ("promotional.sales-language", False, None),
    ]


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ("{rule: promotional}", "'reason' is a required property"),
        ('{rule: promotional, reason: "  "}', "ignore.0.reason"),
        ("{rule: promotional, reason: ''}", "ignore.0.reason"),
    ],
)
def test_front_matter_ignore_without_reason_is_a_one_line_input_error(project, entry: str, problem: str) -> None:
    project.write("bad.md", f"---\ntitle: T\nignore:\n  - {entry}\n---\n# T\n", dedent=False)
    project.write("good.md", f"# Good\n\n{DISCLAIMER}\n", dedent=False)
    result = project.check()
    assert result.exit_code == 2
    lines = [line for line in result.stdout.splitlines() + result.stderr.splitlines() if "bad.md" in line]
    assert len(lines) == 1 and "bad.md:4:" in lines[0] and problem in lines[0]
    assert "good.md" in result.stdout  # the other file is still checked


def test_a_directive_naming_no_rule_warns_and_suppresses_nothing(project) -> None:
    text = FRONT + (
        "# Your medicine\n\n"
        "<!-- pipeline-ignore promotional.prices: we quote the scam advert -->\n"
        "The advert said $19.99.\n\n" + DISCLAIMER + "\n"
    )
    found = findings(project, text)
    unknown = [f for f in found if f["rule"] == "metadata.ignore-unknown-rule"]
    assert len(unknown) == 1
    assert at(unknown[0]) == pos(text, "<!-- pipeline-ignore promotional.prices")
    assert "'promotional.prices'" in unknown[0]["message"] and unknown[0]["severity"] == "warning"
    assert unknown[0]["suggestion"] == "did you mean 'promotional.price'?"
    price = [f for f in found if f["rule"] == "promotional.price"]
    assert price and not price[0]["suppressed"]


def test_a_front_matter_ignore_naming_no_rule_warns_at_its_line(project) -> None:
    front = FRONT.replace("---\ntitle", "---\nignore:\n  - {rule: promotionall, reason: quoted advert}\ntitle", 1)
    text = front + "# Your medicine\n\nThe advert said $19.99.\n\n" + DISCLAIMER + "\n"
    found = findings(project, text)
    unknown = [f for f in found if f["rule"] == "metadata.ignore-unknown-rule"]
    assert len(unknown) == 1 and unknown[0]["line"] == 3
    assert unknown[0]["suggestion"] == "did you mean 'promotional'?"
    assert [f["suppressed"] for f in found if f["rule"] == "promotional.price"] == [False]


def test_rule_ids_and_family_names_are_known(project) -> None:
    text = FRONT + (
        "# Your medicine\n\n<!-- pipeline-ignore promotional: we quote the scam advert -->\nThe advert said $19.99.\n\n" + DISCLAIMER + "\n"
    )
    assert not [f for f in findings(project, text) if f["rule"] == "metadata.ignore-unknown-rule"]
