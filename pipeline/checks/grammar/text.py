"""What the grammar engines read: an article's prose units joined into one string,
with the offset table that maps every engine match back to (unit, index) and so,
through the shared source map, to line:column in the draft.

Units are joined with a blank line ("\\n\\n"), which both engines treat as a
paragraph break, so a heading or list item never runs into the next one. Callers
pass the article's prose units (footnotes, reference lists, are not prose).

Spans no engine should read are left out (issue 16): a "word" longer than
MAX_WORD_CHARS (Harper's spell checker allocates memory quadratic in a word's
length: a 16,000-character word asked for 4.9 GB and aborted the process) and a
run of punctuation with more than MAX_PUNCT_RUN marks (Harper's time grows
quadratically on "[ [ [ ..." : 4 s for 8,000 marks, minutes for 100,000). The rest
of the unit is cut around them into pieces joined by the same blank line, and the
offset table maps every piece back, so positions stay exact; ``skipped`` lists
what was left out, for the ``grammar.skipped`` finding.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from pipeline.document.prose import ProseUnit

SEPARATOR = "\n\n"
#: Longer runs of non-space characters are not words (the longest English and
#: medical words have under 50 letters; a long URL stays under this).
MAX_WORD_CHARS = 200
#: More punctuation marks than this in a row (spaces between them allowed) is not prose.
MAX_PUNCT_RUN = 64
#: The grammar engines read at most this much of an article's prose; the rest of a longer
#: one (a 10 MB export, not an article: the longest NIH article has 28,000 characters)
#: is reported as not checked, so a pathological draft costs seconds, not minutes.
MAX_PROSE_CHARS = 300_000
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")
#: Runs of marks (not letters, digits or white space), spaces between them allowed.
_PUNCT_RUN = re.compile(r"[^\w\s](?:[^\S\n]*[^\w\s])*")


@dataclass
class EngineMatch:
    """One problem an engine found, in offsets of the text it was given."""

    start: int
    end: int
    message: str
    #: The engine's own rule name (Harper: "SpellCheck"; LanguageTool: "MORFOLOGIK_RULE_EN_US").
    engine_rule: str
    #: The engine's category (Harper lint kind "Spelling"; LanguageTool category id "TYPOS").
    kind: str
    replacements: list[str] = field(default_factory=list)
    spelling: bool = False


@dataclass(frozen=True)
class Skipped:
    """A span of a unit the engines were not given, and why ("a 4,000-character word")."""

    unit: ProseUnit
    start: int
    end: int
    reason: str


@dataclass
class JoinedText:
    text: str
    #: units[i] holds piece i, which starts at starts[i] in ``text`` and at bases[i]
    #: in that unit's text (0 unless a skipped span was cut out before it).
    units: list[ProseUnit]
    starts: list[int]
    bases: list[int] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def locate(self, start: int, end: int) -> tuple[ProseUnit, int, int] | None:
        """The unit holding ``text[start:end]`` and the span inside that unit's text
        (clipped to the piece; None if the span starts in a separator)."""
        index = bisect.bisect_right(self.starts, start) - 1
        if index < 0:
            return None
        unit = self.units[index]
        base = self.bases[index] if self.bases else 0
        length = self.lengths[index] if self.lengths else len(unit.text)
        local_start = start - self.starts[index]
        if local_start >= length:
            return None
        local_end = min(max(end - self.starts[index], local_start + 1), length)
        return unit, base + local_start, base + local_end


def pathological_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of the spans of ``text`` no engine should read, in order, not overlapping."""
    spans = [(m.start(), m.end(), f"a {m.end() - m.start():,}-character word, which is not prose") for m in _LONG_WORD.finditer(text)]
    for m in _PUNCT_RUN.finditer(text):
        marks = sum(1 for ch in m.group() if not ch.isspace())
        if marks > MAX_PUNCT_RUN:
            spans.append((m.start(), m.end(), f"a run of {marks:,} punctuation marks, which is not prose"))
    spans.sort()
    merged: list[tuple[int, int, str]] = []
    for start, end, reason in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2] if last[1] - last[0] >= end - start else reason)
        else:
            merged.append((start, end, reason))
    return merged


def join_units(units: list[ProseUnit]) -> JoinedText:
    parts: list[str] = []
    joined = JoinedText("", [], [])
    offset = 0
    for unit in units:
        if not unit.text.strip():
            continue
        if offset > MAX_PROSE_CHARS:  # the rest of the article, from this unit on
            rest = f"the prose after the first {MAX_PROSE_CHARS:,} characters (too long for the grammar engine)"
            joined.skipped.append(Skipped(unit, 0, len(unit.text), rest))
            break
        pos = 0
        pieces: list[tuple[int, int]] = []
        for start, end, reason in pathological_spans(unit.text):
            joined.skipped.append(Skipped(unit, start, end, reason))
            pieces.append((pos, start))
            pos = end
        pieces.append((pos, len(unit.text)))
        for lo, hi in pieces:
            if not unit.text[lo:hi].strip():
                continue
            if parts:
                parts.append(SEPARATOR)
                offset += len(SEPARATOR)
            joined.units.append(unit)
            joined.starts.append(offset)
            joined.bases.append(lo)
            joined.lengths.append(hi - lo)
            parts.append(unit.text[lo:hi])
            offset += hi - lo
    joined.text = "".join(parts)
    return joined
