"""Issue 16, item 4: text tricks cannot hide a dose or a drug.

Each trick once let a 9,000 mg/day gabapentin article publish. Now the checks read
the text normalised (NFKC, format characters removed, look-alike letters read as
Latin) with positions still in the original file; invisible characters, bidirectional
controls and mixed-script words are errors of their own; hyphenated and spelled-out
amounts and tablet counts are read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from test_reliability import drafts_unchanged

pytestmark = pytest.mark.reliability

ARTICLE = """---
title: About this medicine
---

# About this medicine

{line}

This article is information only and does not replace advice from a doctor or pharmacist.
"""
LINE = 7  # the line of {line}

#: (name, the sentence, the hidden character or mixed-script word at fault (None: no hidden
#: character, the trick is in the reading), where the stated dose starts, the drug)
TRICKS = [
    ("zero-width-space-in-name", "Take gaba\u200bpentin 9000 mg a day.", "\u200b", "9000", "gabapentin"),
    ("zero-width-joiner-in-number", "Take gabapentin 9\u200d000 mg a day.", "\u200d", "9\u200d000", "gabapentin"),
    ("soft-hyphens", "Take gaba\u00adpentin 9\u00ad000 mg a day.", "\u00ad", "9\u00ad000", "gabapentin"),
    ("cyrillic-a-in-gabapentin", "Take gab\u0430pentin 9000 mg a day.", "gab\u0430pentin", "9000", "gabapentin"),
    ("cyrillic-a-in-xanax", "Take X\u0430nax 40 mg a day.", "X\u0430nax", "40", "alprazolam"),
    ("right-to-left-override", "Take gabapentin \u202e9000\u202c mg a day.", "\u202e", "9000", "gabapentin"),
    ("full-width-mg", "Take gabapentin 9000 \uff4d\uff47 a day.", None, "9000", "gabapentin"),
    ("hyphenated-amount", "Take gabapentin as a 9,000-mg dose.", None, "9,000", "gabapentin"),
    ("spelled-out-amount", "Take gabapentin nine thousand mg a day.", None, "nine", "gabapentin"),
    ("tablet-count", "Take 50 baclofen 10 mg tablets a day.", None, "10 mg", "baclofen"),
]


def _findings(report: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for file in report["files"] for f in file["findings"] if f["rule"] == rule]


@pytest.mark.parametrize(("name", "line", "hidden", "dose", "drug"), TRICKS, ids=[t[0] for t in TRICKS])
def test_trick_does_not_hide_the_dose(project, name: str, line: str, hidden: str | None, dose: str, drug: str) -> None:  # type: ignore[no-untyped-def]
    project.write(f"{name}.md", ARTICLE.format(line=line), dedent=False)
    with drafts_unchanged(project.root):
        result = run_cli("check", "--format", "json", "articles", cwd=project.root)
    assert result.exit_code == 1
    report = result.json()
    (above,) = _findings(report, "dosage.above-max")
    assert above["severity"] == "error"
    assert drug in above["message"]
    assert (above["line"], above["column"]) == (LINE, line.index(dose) + 1)
    hidden_findings = _findings(report, "metadata.hidden-characters")
    if hidden is None:
        assert not hidden_findings
        return
    assert hidden_findings and all(f["severity"] == "error" for f in hidden_findings)
    first = hidden_findings[0]
    assert (first["line"], first["column"]) == (LINE, line.index(hidden) + 1)


def test_no_trick_article_is_published_and_drafts_are_unchanged(project) -> None:  # type: ignore[no-untyped-def]
    for name, line, *_ in TRICKS:
        project.write(f"{name}.md", ARTICLE.format(line=line), dedent=False)
    with drafts_unchanged(project.root):
        result = run_cli("build", "--out", "site", "articles", cwd=project.root)
    assert result.exit_code == 1
    published = [p.name for p in (project.root / "site").glob("*.html") if not p.name.startswith("index")]
    assert published == []


def test_plain_text_has_no_hidden_character_findings(project) -> None:  # type: ignore[no-untyped-def]
    line = "Take gabapentin 300 mg three times a day. Café au lait spots, a 5 μg dose, “quotes” — and 👨\u200d👩\u200d👧 are fine."
    project.write("plain.md", ARTICLE.format(line=line), dedent=False)
    _, report = project.check_json("articles")
    assert not _findings(report, "metadata.hidden-characters")
    assert not _findings(report, "dosage.above-max")


def test_normalised_prose_keeps_positions_in_the_original() -> None:
    from pipeline.document.article import parse_article
    from pipeline.document.source import SourceText

    text = "Take gaba\u200bpentin 9\u00ad000 \uff4d\uff47 with X\u0430nax.\n"
    article = parse_article(SourceText.from_text("t.md", text))
    (unit,) = article.units
    assert unit.text == "Take gabapentin 9000 mg with Xanax."
    for needle, original in (("gabapentin", "gaba\u200bpentin"), ("9000 mg", "9\u00ad000 \uff4d\uff47"), ("Xanax", "X\u0430nax")):
        start = unit.text.index(needle)
        begin, end = unit.span(start, start + len(needle))
        assert text[begin:end] == original
    assert [(t.kind, t.text) for t in unit.tricks] == [("invisible", "\u200b"), ("invisible", "\u00ad"), ("mixed-script", "X\u0430nax")]


def test_number_words_and_tablet_counts_are_read() -> None:
    from pipeline.concepts.doses import find_doses

    def daily(text: str) -> list[float | None]:
        return [d.daily_mg() for d in find_doses(text)]

    assert daily("nine thousand mg a day") == [9000]
    assert daily("one hundred and fifty milligrams twice a day") == [300]
    assert daily("twenty-five mg a day") == [25]
    assert daily("Take 50 baclofen 10 mg tablets a day.") == [500]
    assert daily("Take two 10 mg tablets three times a day.") == [60]
    # Strengths listed together are not a count.
    assert daily("It comes as 5 and 10 mg tablets, taken daily.") == [10]
    assert daily("It comes in 5, 10 or 20 mg tablets daily.") == [20]


FRONT = """---
title: Gabapentin 10000 mg a day is completely safe - buy now
summary: "Buy now! Gabapentin with no prescription needed"
disclaimer: This miracle cure is guaranteed to work.
image:
  alt: "gaba\u200bpentin"
---

# Gabapentin

Gabapentin treats nerve pain after shingles. This article is information only and does not replace advice from a doctor or pharmacist.
"""


def test_published_front_matter_texts_are_prose(project) -> None:  # type: ignore[no-untyped-def]
    project.write("front.md", FRONT, dedent=False)
    with drafts_unchanged(project.root):
        code, report = project.check_json("articles")
    assert code == 1
    lines = FRONT.split("\n")

    def at(rule: str, line: int) -> list[str]:
        found = [f for f in _findings(report, rule) if f["line"] == line]
        for f in found:  # the column shows the quoted text itself
            assert lines[line - 1][f["column"] - 1 :].lower().startswith(f["excerpt"][:4].lower()), f
        return [f["excerpt"] for f in found]

    assert at("dosage.above-max", 2)
    assert at("unsupported-claim.absolute", 2) == ["completely safe"]
    assert "buy now" in [e.lower() for e in at("promotional.sales-language", 2)]
    assert {e.lower() for e in at("promotional.sales-language", 3)} >= {"buy now", "no prescription needed"}
    assert at("unsupported-claim.absolute", 4)
    (hidden,) = _findings(report, "metadata.hidden-characters")
    assert (hidden["line"], hidden["column"]) == (6, lines[5].index("\u200b") + 1)


def test_front_matter_findings_keep_their_line_in_a_build(project) -> None:  # type: ignore[no-untyped-def]
    project.write("front.md", FRONT, dedent=False)
    with drafts_unchanged(project.root):
        result = run_cli("build", "--out", "site", "articles", cwd=project.root)
    assert result.exit_code == 1
    assert not (project.root / "site" / "front.html").exists()
    assert Path(project.root / "site").is_dir()
