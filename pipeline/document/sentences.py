"""Sentence splitting inside prose units. A unit always ends a sentence, so a list
item or heading never merges with the text after it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from pipeline.document.prose import ProseUnit, UnitSpan

_ABBREVIATIONS = {
    "e.g",
    "i.e",
    "etc",
    "vs",
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "st",
    "approx",
    "inc",
    "ltd",
    "jr",
    "sr",
    "u.s",
    "a.m",
    "p.m",
    "min",
    "max",
    "oz",
    "tab",
    "caps",
    "al",
}
#: Abbreviations that often end a sentence ("woke at 3 a.m. Her doctor ..."): they end one when a
#: capitalised word follows that is not a time zone, a weekday or a month ("8 a.m. Eastern", "9 a.m.
#: Monday to Friday"), nor all capitals ("10 p.m. EST").
_MAY_END = {"a.m", "p.m", "etc"}
_STILL_SAME = re.compile(
    r"(?:Eastern|Central|Pacific|Mountain|Atlantic|Standard|Daylight|Local|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|[A-Z]{2,4}\b)"
)
#: Abbreviations only before a number ("No. 5", "Fig. 2"); before a word the word ends a sentence (an answer:
#: "Can you just stop it? No. Stopping suddenly can bring on seizures.").
_BEFORE_NUMBER = {"no", "fig"}
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)")
#: A capital after a sentence end (not the pronoun "I"): a unit without one, whose first letter is lower case, is written in
#: the lowercase voice of a caption or a chat ("... that flared up every summer. no blackheads at all. her dermatologist
#: started her on ..."), whose sentences start in lower case.
_CAPITAL_AFTER_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+[\"'“‘(\[]?(?!I\b|I[’'])[A-Z]")
_FIRST_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


@dataclass(frozen=True)
class Sentence(UnitSpan):
    """A sentence of a unit. Its text and words are kept once asked: many checks read
    each sentence (a span's ``text`` slices the unit's text on every look-up)."""

    @cached_property
    def text(self) -> str:
        return self.unit.text[self.start : self.end]

    @cached_property
    def words(self) -> list[str]:
        """The sentence's words (do not modify: shared by every caller)."""
        return _WORD.findall(self.text)


def split_sentences(unit: ProseUnit) -> tuple[Sentence, ...]:
    """The unit's sentences, in order; split once per unit (several checks ask) and
    kept on the unit with the text they were split from."""
    cached = unit.sentences_memo
    if cached is None or cached[0] is not unit.text:
        cached = unit.sentences_memo = (unit.text, tuple(_split(unit)))
    sentences: tuple[Sentence, ...] = cached[1]
    return sentences


def _split(unit: ProseUnit) -> Iterator[Sentence]:
    text = unit.text
    first = _FIRST_LETTER.search(text)
    lowercase_voice = first is not None and first.group().islower() and _CAPITAL_AFTER_END.search(text) is None
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        before = text[start : m.start()].rsplit(None, 1)
        last_word = before[-1].lower().lstrip("([\"'“‘") if before else ""  # "(e.g. Zyban)"
        nxt = text[end:].lstrip()[:1]
        abbreviation = last_word.rstrip(".")
        # an initialism in capitals is no abbreviation: "My sister doesn't have MS. She's been on baclofen" (not "Ms. Patel",
        # nor a title before a name in capitals: "DR. AMSEL: ...")
        following = text[end:].split(None, 1)[:1]
        capitals = before and before[-1].strip("([\"'“‘").rstrip(".").isupper() and not (following and following[0].rstrip(":,").isupper())
        if capitals and len(abbreviation) > 1 and "." not in abbreviation:
            abbreviation = ""
        if abbreviation in _BEFORE_NUMBER and m.group() == "." and nxt.isdigit():
            continue
        if m.group().startswith(".") and (abbreviation in _ABBREVIATIONS or re.fullmatch(r"[a-z]", last_word)):
            if not (abbreviation in _MAY_END and nxt.isupper() and not _STILL_SAME.match(text[end:].lstrip())):
                continue
        if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘([" or (lowercase_voice and nxt.islower())):
            continue
        if text[start:end].strip():
            yield Sentence(unit, start + (len(text[start:end]) - len(text[start:end].lstrip())), end)
        start = end
    if text[start:].strip():
        yield Sentence(unit, start + (len(text[start:]) - len(text[start:].lstrip())), len(text.rstrip()))
