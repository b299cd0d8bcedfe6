"""Prose as the checks read it: text tricks undone, positions kept.

A prose unit's text is normalised for analysis while its source map still points
into the original file: Unicode NFKC (full-width ``ｍｇ`` is ``mg``, a no-break
space a space), format characters (category Cf: zero-width space and joiners, the
soft hyphen, bidirectional controls such as the right-to-left override) removed,
and in a word that mixes Latin letters with another script the letters that look
like Latin ones read as those (Cyrillic ``а`` in ``gabаpentin``; the table is
the Unicode confusables data, from ``confusable-homoglyphs``). Every trick undone
is kept on the unit as a :class:`Trick` with its source offsets: the
``metadata.hidden-characters`` rule reports each one, because none has a place
in patient text.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import cache
from typing import Literal

#: Bidirectional controls (marks, embeddings, overrides, isolates).
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Invisible characters that are not of category Cf (Hangul fillers, the combining grapheme joiner).
INVISIBLE = frozenset("\u034f\u115f\u1160\u3164\uffa0")
#: Letters of another script that belong in English prose: the micro sign and mu ("5 μg").
_ALLOWED_FOREIGN = frozenset("µμ")
_WORD = re.compile(r"\w+")
#: Joiners legitimately join emoji (👨‍👩‍👧); between letters or digits they hide a word.
_JOINERS = frozenset("\u200d\ufe0f")


@dataclass(frozen=True)
class Trick:
    """A character or word that reads differently from how it looks."""

    kind: Literal["invisible", "bidi", "mixed-script"]
    #: Source offsets [start, end) of the character, or of the word for mixed-script.
    start: int
    end: int
    #: The character (invisible, bidi) or the word as written (mixed-script).
    text: str
    #: What the checks read: the word the character was in, or the word in Latin letters.
    reading: str


@cache
def _confusables() -> dict[str, str]:
    """Character -> the ASCII letter or digit it is confusable with (Unicode confusables data)."""
    from confusable_homoglyphs import utils  # type: ignore[import-untyped]

    table: dict[str, str] = {}
    for char, glyphs in utils.load("confusables.json").items():
        if len(char) != 1 or char.isascii():
            continue
        latin = next((g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalnum()), None)
        if latin:
            table[char] = latin
    return table


def _script(char: str) -> str:
    from confusable_homoglyphs import categories

    return str(categories.alias(char))


def character_name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'UNNAMED CHARACTER')}"


def _hidden_kind(text: str, i: int) -> Literal["invisible", "bidi"] | None:
    char = text[i]
    if char in BIDI_CONTROLS:
        return "bidi"
    if char in _JOINERS:
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        return "invisible" if before.isalnum() and after.isalnum() else None
    if char in INVISIBLE or unicodedata.category(char) == "Cf":
        return "invisible"
    return None


def _word_around(text: str, i: int) -> str:
    start, end = i, i + 1
    while start > 0 and (text[start - 1].isalnum() or unicodedata.category(text[start - 1]) == "Cf"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or unicodedata.category(text[end]) == "Cf"):
        end += 1
    return text[start:end]


def normalise(text: str, offsets: array) -> tuple[str, array, list[Trick]]:
    """The analysis form of one unit's ``text`` with its source ``offsets``, and the tricks undone."""
    if text.isascii():
        return text, offsets, []
    chars: list[str] = []
    out = array("q")
    tricks: list[Trick] = []
    for i, char in enumerate(text):
        if char.isascii():
            chars.append(char)
            out.append(offsets[i])
            continue
        kind = _hidden_kind(text, i)
        if kind or char in INVISIBLE or unicodedata.category(char) == "Cf":
            if kind:
                reading = "".join(c for c in _word_around(text, i) if unicodedata.category(c) != "Cf")
                tricks.append(Trick(kind, offsets[i], offsets[i] + 1, char, reading))
            continue
        if unicodedata.category(char).startswith("M") and chars:
            combined = unicodedata.normalize("NFKC", chars[-1] + char)
            if len(combined) == 1:
                chars[-1] = combined
                continue
        for part in unicodedata.normalize("NFKC", char):
            chars.append(part)
            out.append(offsets[i])
    normal = "".join(chars)
    if normal.isascii():
        return normal, out, tricks
    mapped = list(normal)
    for word in _WORD.finditer(normal):
        if word.group().isascii():
            continue
        letters = [c for c in word.group() if c.isalpha() and c not in _ALLOWED_FOREIGN]
        scripts = {_script(c) for c in letters} - {"COMMON", "INHERITED"}
        if "LATIN" not in scripts or len(scripts) < 2:
            continue
        table = _confusables()
        for j in range(word.start(), word.end()):
            if normal[j].isalpha() and _script(normal[j]) not in ("LATIN", "COMMON", "INHERITED"):
                mapped[j] = table.get(normal[j], normal[j])
        reading = "".join(mapped[word.start() : word.end()])
        tricks.append(Trick("mixed-script", out[word.start()], out[word.end() - 1] + 1, word.group(), reading))
    tricks.sort(key=lambda t: t.start)
    return "".join(mapped), out, tricks


def reads_as(text: str) -> str:
    """What ``text`` can read as after normalisation: its NFKC form, and the same with
    every look-alike letter read as Latin (only letters of mixed-script words are; for
    tests of the source map: a unit character is one of these)."""
    table = _confusables()
    normal = unicodedata.normalize("NFKC", text)
    return normal + "".join(table.get(c, c) for c in normal)
