"""Issue 17, item 4: the same slips give the same findings whichever engine runs.

One draft holds one slip of each class the patient-text pack covers (and the ones the
engines catch themselves). It is checked once with the offline Harper engine and once
with LanguageTool against the loopback server of tests/lt_fake.py, which answers with
the matches a real LanguageTool sends for these sentences (rule ids, categories and
marked spans of its English rules). Each slip must be one finding, under the same rule
id, at the same line and column, with either engine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, run_cli
from lt_fake import FakeLanguageTool

DRAFT = """\
# Taking your medicine

Metoprolol help your heart beat more slowly.

Its best to take it at the same time each day.

It works better then the old one.

Swallow the tablet whole, than wait 30 minutes before you eat.

The affect wears off after six hours.

If your pregnant, talk to your doctor before taking lisinopril.

Some people loose weight when they start metformin.

Anyone who's kidneys are damaged should not take ibuprofen.

Do not lay down for 30 minutes after taking alendronate.

Take less tablets if your doctor tells you to.

You can take it everyday with food.

It helps alot with the pain.

Do not take
take more than the recommended dose.

Take the the tablet with water.

Ask your doctor for a MRI scan.

Keep it in its original box. Book an MRI scan if your doctor asks.

💊 Its best to swallow it whole.
"""

#: (class, line, column, rule, excerpt, the LanguageTool rule behind the LanguageTool finding)
SLIPS = [
    ("subject-verb agreement", 3, 12, "grammar.subject-verb", "help", "AGREEMENT_SENT_START"),
    ("its for it's", 5, 1, "grammar.its-it-is", "Its", "IT_IS"),
    ("then for than", 7, 17, "grammar.then-than", "then", "CONFUSION_OF_THEN_THAN"),
    ("than for then", 9, 27, "grammar.than-then", "than", "COMMA_THAN"),
    ("affect for effect", 11, 5, "grammar.affect-effect", "affect", "AFFECT_EFFECT"),
    ("your for you're", 13, 4, "grammar.your-youre", "your", "YOUR_YOU_RE"),
    ("loose for lose", 15, 13, "grammar.loose-lose", "loose", "LOOSE_LOSE"),
    ("who's for whose", 17, 8, "grammar.whos-whose", "who's", "WHOS_NN"),
    ("lay for lie (the pack alone)", 19, 8, "grammar.lay-lie", "lay", None),
    ("less for fewer", 21, 6, "grammar.less-fewer", "less", "FEWER_LESS"),
    ("everyday for every day", 23, 17, "grammar.grammar", "everyday", "EVERYDAY_EVERY_DAY"),
    ("alot", 25, 10, "grammar.spelling", "alot", "MORFOLOGIK_RULE_EN_US"),
    ("a word repeated across a line break", 27, 8, "grammar.repeated-word", "take take", "ENGLISH_WORD_REPEAT_RULE"),
    ("a word repeated", 30, 6, "grammar.repetition", "the the", "ENGLISH_WORD_REPEAT_RULE"),
    ("a/an before an initialism", 32, 21, "grammar.grammar", "a", "EN_A_VS_AN"),
    # LanguageTool counts the emoji as two (Java chars); the column counts it as one.
    ("its for it's after an emoji", 36, 3, "grammar.its-it-is", "Its", "IT_IS"),
]
CLEAN_LINES = {1, 34}


def _check(root: Path, mode: str | None) -> list[dict[str, Any]]:
    engine = "harper" if mode is None else "languagetool"
    toml = f'checks_dir = "{(REPO / "checks").as_posix()}"\n[grammar]\nengine = "{engine}"\n'
    if mode is None:
        (root / "pipeline.toml").write_text(toml, encoding="utf-8")
        result = run_cli("check", "--format", "json", "--no-cache", cwd=root)
    else:
        with FakeLanguageTool(mode) as lt:
            (root / "pipeline.toml").write_text(toml + f'languagetool_url = "{lt.url}"\n', encoding="utf-8")
            result = run_cli("check", "--format", "json", "--no-cache", cwd=root)
    report = result.json()["files"][0]
    assert report["engines"]["grammar"].startswith("harper" if mode is None else "LanguageTool 6.8"), report["engines"]
    return [f for f in report["findings"] if f["check"] == "grammar"]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    """The draft checked three ways, once each: Harper, LanguageTool, and a LanguageTool
    server that sends every match twice."""
    root = tmp_path_factory.mktemp("parity")
    (root / "articles").mkdir()
    (root / "articles" / "slips.md").write_text(DRAFT, encoding="utf-8")
    import os

    saved = {k: os.environ.pop(k, None) for k in ("PIPELINE_LANGUAGETOOL_URL", "LTP_JAR_DIR_PATH")}
    try:
        return {"harper": _check(root, None), "languagetool": _check(root, "ok"), "duplicates": _check(root, "duplicates")}
    finally:
        os.environ.update({k: v for k, v in saved.items() if v is not None})


def _on(findings: list[dict[str, Any]], line: int) -> list[tuple[int, int, str, str]]:
    return [(f["line"], f["column"], f["rule"], f["excerpt"]) for f in findings if f["line"] == line]


@pytest.mark.parametrize("name, line, column, rule, excerpt, lt_rule", SLIPS, ids=[s[0] for s in SLIPS])
def test_each_slip_is_one_finding_under_the_same_rule_at_the_same_place_with_either_engine(
    runs: dict[str, list[dict[str, Any]]], name: str, line: int, column: int, rule: str, excerpt: str, lt_rule: str | None
) -> None:
    expected = [(line, column, rule, excerpt)]
    assert _on(runs["harper"], line) == expected, f"Harper: {name}"
    assert _on(runs["languagetool"], line) == expected, f"LanguageTool: {name}"
    assert _on(runs["duplicates"], line) == expected, f"LanguageTool sending each match twice: {name}"
    # The LanguageTool run's finding is LanguageTool's match under the project's rule id
    # (the pack stayed silent), or, where LanguageTool is silent, the pack's own.
    [finding] = [f for f in runs["languagetool"] if f["line"] == line]
    assert finding.get("extra", {}).get("engine_rule") == lt_rule, finding


def test_nothing_else_is_reported_and_correct_sentences_stay_clean(runs: dict[str, list[dict[str, Any]]]) -> None:
    slip_lines = {s[1] for s in SLIPS}
    for engine, findings in runs.items():
        assert {f["line"] for f in findings} == slip_lines, engine
        assert not {f["line"] for f in findings} & CLEAN_LINES, engine


def test_a_languagetool_match_reported_as_a_pack_rule_carries_the_pack_rules_advice(
    runs: dict[str, list[dict[str, Any]]],
) -> None:
    """ "Its best": LanguageTool's IT_IS match, reported as grammar.its-it-is with the
    pack rule's severity and LanguageTool's replacement, capitalised as in the text."""
    [harper] = [f for f in runs["harper"] if f["line"] == 5]
    [lt] = [f for f in runs["languagetool"] if f["line"] == 5]
    assert harper["severity"] == lt["severity"] == "warning"
    assert harper["suggestion"] == lt["suggestion"] == "It's"
    assert lt["extra"]["engine"] == "languagetool" and lt["extra"]["engine_category"] == "TYPOS"


HOUSE_RULE = """\
rules:
  - id: grammar.house-slips
    family: grammar
    type: grammar
    severity: warning
    description: House grammar.
    explanation: House grammar.
    languagetool_rules: [HOUSE_RULE]
    reported_as:
      - {entry}
"""


@pytest.mark.parametrize(
    "entry, words",
    [
        (
            "IT_IS -> grammar.its-it-is",
            "house.yml:9: rule 'grammar.house-slips': option 'reported_as': 'IT_IS -> grammar.its-it-is' is not",
        ),
        ("IT_IS = grammar.its-its", "rule 'grammar.house-slips': reported_as names 'grammar.its-its', which is not a grammar rule"),
    ],
)
def test_a_wrong_reported_as_entry_is_a_one_line_error(tmp_path: Path, entry: str, words: str) -> None:
    (tmp_path / "team" / "rules").mkdir(parents=True)
    (tmp_path / "team" / "rules" / "house.yml").write_text(HOUSE_RULE.format(entry=entry), encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text("# A\n\nIts best to take it with food.\n", encoding="utf-8")
    toml = 'knowledge = ["team"]\n[grammar]\nengine = "harper"\n'
    (tmp_path / "pipeline.toml").write_text(toml, encoding="utf-8")
    result = run_cli("check", "--no-cache", cwd=tmp_path)
    assert result.exit_code == 2, result.stderr
    assert words in result.stderr and result.stderr.strip().count("\n") == 0, result.stderr
