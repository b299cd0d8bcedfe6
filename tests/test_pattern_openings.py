"""Where a match can start (pipeline/knowledge/patterns.py): the programs the tool compiles
and caches carry the characters a match can open with, so that ``re`` skips the rest of the
text in C, and their alternatives are gathered by first letter (issue 15). That must never
change a finding: every pattern the tool uses, from the shipped knowledge and from its own
code, finds exactly what ``re`` finds with the program it compiles itself, every group
included, on real drafts and on the letters ``re`` folds onto ASCII when it ignores case (the
Kelvin sign onto "k", the long s onto "s", the dotted capital I onto "i")."""

from __future__ import annotations

import gc
import re

from conftest import REPO

from pipeline.knowledge.facts import load_facts
from pipeline.knowledge.patterns import compile_pattern, program_of, rebuild
from pipeline.knowledge.rules import load_rules
from pipeline.knowledge.sources import builtin_dir

try:
    from re import _compiler as sre_compile  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_compile

#: Letters re matches case-insensitively to ASCII letters, at the starts of words a pattern may open with.
FOLDED = "\u212aeep \u212aept ſtop ſtarted İt İs ıt KEEP Keep \u017ftarted — “Take” ’tis, 'tis: Straße ÖL café 5 mg."


def _sample() -> list[str]:
    drafts = sorted((REPO / "eval").rglob("drafts/*.md"))
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "articles").glob("*.md"))]
    texts += [p.read_text(encoding="utf-8") for p in drafts[:: max(1, len(drafts) // 16)]]
    return [*texts, FOLDED, FOLDED.lower(), FOLDED.upper()]


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as ``re`` compiles it (not from ``re``'s cache, which the tool fills with its own programs)."""
    compiled: re.Pattern[str] = sre_compile.compile(pattern.pattern, pattern.flags)
    return compiled


def test_every_pattern_of_the_tool_finds_what_re_finds() -> None:
    import pipeline.checks  # noqa: F401 - the code's module-level patterns
    import pipeline.concepts  # noqa: F401

    load_facts([builtin_dir() / "drugs"])
    load_rules(builtin_dir())
    patterns = {(p.pattern, p.flags): p for p in gc.get_objects() if isinstance(p, re.Pattern) and isinstance(p.pattern, str)}
    assert len(patterns) > 2000, "the shipped knowledge and the code's patterns were not all loaded"
    texts = _sample()
    opened = 0
    for pattern in patterns.values():
        program = program_of(pattern)
        if program is None:
            continue
        tool = rebuild(pattern.pattern, pattern.flags, program)
        plain = _plain(pattern)
        if tool.groups != plain.groups:
            raise AssertionError(f"groups differ: {pattern.pattern[:120]!r}")
        opened += program[0][:3] != list(sre_compile._code(re._parser.parse(pattern.pattern, pattern.flags), pattern.flags))[:3]  # type: ignore[attr-defined]
        for text in texts:
            found = [(m.span(), m.regs) for m in tool.finditer(text)]
            assert found == [(m.span(), m.regs) for m in plain.finditer(text)], f"{pattern.pattern[:120]!r} on {text[:60]!r}"
    assert opened > 1000, "hardly any program says where a match can start: the speed-up is gone"


def test_case_insensitive_openings_keep_the_folded_letters() -> None:
    """A knowledge pattern opening with a word finds it spelt with the letters ``re`` folds onto
    ASCII, at the start of a text and after other words, as ``re`` itself does."""
    for text in (r"\b(?:keep|kept|stop|started|take|it)\b", r"(?<![\w-])(?:it|is|tis)\b", r"[ks]\w+"):
        tool = compile_pattern(text)
        plain = sre_compile.compile(text, re.IGNORECASE)
        for sample in (FOLDED, FOLDED[6:], "x " + FOLDED):
            assert [m.group() for m in tool.finditer(sample)] == [m.group() for m in plain.finditer(sample)]
    assert [m.group() for m in compile_pattern(r"\bkeep\b").finditer("\u212aeep going")] == ["\u212aeep"]
    assert [m.group() for m in compile_pattern(r"\bstop\b").finditer("ſtop now")] == ["ſtop"]


def test_a_pattern_that_can_match_nothing_or_anything_is_left_as_re_compiles_it() -> None:
    """No header is worked out for a pattern that may match the empty text or open with any character."""
    for text in (r"\s*", r".{0,3}mg", r"[^a]mg", r"(?:mg)?"):
        tool = compile_pattern(text)
        program = program_of(tool)
        assert program is not None
        assert program[0] == list(sre_compile._code(re._parser.parse(text, re.IGNORECASE), re.IGNORECASE))  # type: ignore[attr-defined]
        plain = sre_compile.compile(text, re.IGNORECASE)
        assert [m.span() for m in tool.finditer("5 mg, 10mg, amg")] == [m.span() for m in plain.finditer("5 mg, 10mg, amg")]


def test_alternatives_gathered_by_first_letter_match_in_the_same_order() -> None:
    """Alternatives are gathered by their first letter (the fold letters with it), and the
    first that matches still wins, as in ``re``: "take" before "takes", "it" before "is", an
    alternative opening with a class or a look-around keeps its place between them."""
    cases = {
        r"(?:take|use|takes|used|[’']s|t(?:ook)?|us)": "Takes, took, USED, use, us, ’s, t, \u212aeep",
        r"(?:it|is|(?=i)in|its|ſtop|stop|kept|keep)": "It is in its İt ſtop \u212aept keep STOP",
        r"\b(?:(?P<a>ca)n|(?P<b>ca)re|c(?P<c>a)t|cab)\b": "can care cat cab CAN",
        # every alternative opens with \b or ^: tried once before them all
        r"\b(?:take|use)\s+it|\bhelps?\s+with\s+(?:that|this)|^\W*for\s+this": "“For this, take it. It helps with that; use it for this",
        # ^ alone: tried at the start of the text only, as re does
        r"^\W*(?:take|use)\b": "Take it. take it",
    }
    for text, sample in cases.items():
        tool = compile_pattern(text)
        plain = sre_compile.compile(text, re.IGNORECASE)
        program = program_of(tool)
        assert program is not None
        assert program[0] != list(sre_compile._code(re._parser.parse(text, re.IGNORECASE), re.IGNORECASE))  # type: ignore[attr-defined]
        assert [(m.group(), m.regs) for m in tool.finditer(sample)] == [(m.group(), m.regs) for m in plain.finditer(sample)]
