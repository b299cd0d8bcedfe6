"""Issue 16 item 10: what reaches the grammar engine is bounded (very long words and
long runs of punctuation are left out and reported as ``grammar.skipped``, positions
of everything else exact), and a crash or a hang of Harper is one file's error, not
the end of the run or a truncated report."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from conftest import REPO

from pipeline.checks.grammar import harper_engine
from pipeline.checks.grammar.harper_engine import HarperEngine
from pipeline.checks.grammar.text import MAX_PUNCT_RUN, MAX_WORD_CHARS, join_units, pathological_spans
from pipeline.document.article import parse_article
from pipeline.document.source import SourceText
from pipeline.errors import EngineFailed
from pipeline.findings import FAMILIES

pytestmark = pytest.mark.reliability

HEAD = "---\ntitle: T\n---\n# T\n\nTake one tablet a day with water.\n\n"


def grammar_only(project) -> None:  # type: ignore[no-untyped-def]
    """Only the grammar family on: the bound under test is the engine's (other checks have their own tests)."""
    others = "\n".join(f'"{family}" = "off"' for family in FAMILIES if family != "grammar")
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[severity]\n{others}\n')


def test_spans_found_and_offsets_exact_around_them() -> None:
    word = "x" * (MAX_WORD_CHARS + 1)
    marks = ". " * (MAX_PUNCT_RUN + 1)
    body = f"First {word} then an test {marks}and recieve it.\n"
    article = parse_article(SourceText.from_text("a.md", HEAD + body))
    joined = join_units(article.prose_units)
    assert [s.reason for s in joined.skipped] == [
        f"a {MAX_WORD_CHARS + 1}-character word, which is not prose",
        f"a run of {MAX_PUNCT_RUN + 1} punctuation marks, which is not prose",
    ]
    assert word not in joined.text and marks.strip() not in joined.text
    # Every character the engine reads maps back to the same character of its unit.
    for index, char in enumerate(joined.text):
        place = joined.locate(index, index + 1)
        if place is not None:
            unit, start, end = place
            assert unit.text[start:end] == char
    # Short words and ordinary punctuation are never skipped.
    assert pathological_spans("Take it (with food) -- or not... " * 50 + "y" * MAX_WORD_CHARS) == []


def test_long_word_and_punctuation_runs_are_skipped_with_positions_kept(project) -> None:  # type: ignore[no-untyped-def]
    grammar_only(project)
    line = "Take it " + "; " * 100_000 + "then an test."
    project.write("runs.md", HEAD + line + "\n\n" + "a" * 400_000 + " and recieve it.\n", dedent=False)
    start = time.monotonic()
    code, report = project.check_json("--no-cache", "articles")
    elapsed = time.monotonic() - start
    assert elapsed < 30, f"took {elapsed:.1f} s"  # was over 300 s (punctuation) and an abort (the word)
    findings = {(f["rule"], f["line"], f["column"]) for f in report["files"][0]["findings"]}
    assert ("grammar.skipped", 8, 9) in findings and ("grammar.skipped", 10, 1) in findings
    assert ("grammar.grammar", 8, len(line) - len("an test.") + 1) in findings  # "an" after 200,000 characters skipped
    assert ("grammar.spelling", 10, 400_000 + len(" and ") + 1) in findings
    assert code == 0 and not report["files"][0].get("error")


def test_prose_beyond_the_engines_limit_is_reported_as_not_checked(project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A draft with more prose than the grammar engine reads (a pasted export, not an
    article) is checked up to the limit; one grammar.skipped finding says where the rest
    starts, and nothing after it is reported as a slip."""
    from pipeline.checks.grammar import text as grammar_text

    monkeypatch.setattr(grammar_text, "MAX_PROSE_CHARS", 2_000)
    grammar_only(project)
    paragraph = "Take one tablet a day with water and keep the pack away from children."
    body = "This is an test.\n\n" + "\n\n".join([paragraph] * 40) + "\n\nIt is an late slip.\n"
    project.write("long.md", HEAD + body, dedent=False)
    code, report = project.check_json("--no-cache", "articles")
    findings = report["files"][0]["findings"]
    skipped = [f for f in findings if f["rule"] == "grammar.skipped"]
    assert len(skipped) == 1 and "after the first 2,000 characters" in skipped[0]["message"]
    assert any(f["rule"] == "grammar.grammar" and f["line"] == 8 for f in findings)  # "an test", before the limit
    assert not any(f["excerpt"] == "an" and f["line"] > skipped[0]["line"] for f in findings)
    assert not report["files"][0].get("error")


def test_crash_in_sandbox_is_one_file_error_and_report_complete(project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    grammar_only(project)
    project.write("crash.md", HEAD + "This text crashes the engine.\n", dedent=False)
    project.write("fine.md", HEAD + "This is an test.\n", dedent=False)
    real_lint = HarperEngine._lint

    def lint(self: HarperEngine, text: str) -> list:  # type: ignore[type-arg]
        if "crashes" in text:
            os.abort()  # what Harper does when an allocation fails
        return real_lint(self, text)

    monkeypatch.setattr(HarperEngine, "_lint", lint)
    monkeypatch.setattr(harper_engine, "SANDBOX_CHARS", 0)
    code, report = project.check_json("--no-cache", "articles")
    errors = {Path(f["path"]).name: f.get("error") for f in report["files"]}
    assert errors["fine.md"] is None and "Harper crashed (signal 6)" in errors["crash.md"]
    fine = next(f for f in report["files"] if f["path"].endswith("fine.md"))
    assert any(f["rule"] == "grammar.grammar" for f in fine["findings"])
    assert code == 2


def test_sandbox_bounds_memory_and_time() -> None:
    engine = HarperEngine(set(), None)
    start = time.monotonic()
    with pytest.raises(EngineFailed, match="crashed"):
        engine.check_in_child("a" * 400_000)  # a 400 KB word: Harper aborts (exit 134 in-process)
    with pytest.raises(EngineFailed, match="did not finish within 2 s"):
        engine.check_in_child("[ " * 100_000, seconds=2)  # quadratic: minutes
    # bounded, not fast: unkilled, the quadratic text runs for over 300 s; on a 2-core machine loaded by other work the two
    # children took 33 s, so the bound leaves room for load and still tells a killed child from a hung one
    assert time.monotonic() - start < 90
    text = "This is an test. " * 4000
    assert [(m.start, m.end) for m in engine.check_in_child(text)] == [(m.start, m.end) for m in engine._lint(text)]
