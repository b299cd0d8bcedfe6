"""Prose extraction: mistune's AST to prose units, each with a source map.

mistune gives no source positions, so every piece of text in the AST is located
again in the Markdown by a forward-only search from a cursor that also steps over
everything that is *not* prose (code, raw HTML, link and image URLs). Text whose
AST form differs from the source (``&amp;``, ``\\*``) is aligned character by
character. The result, for every character of every unit, is its offset in the
normalised file text: the one source map all checks report positions through.
"""

from __future__ import annotations

import html
import re
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import mistune

from pipeline.document.normalise import Trick, normalise
from pipeline.document.source import SourceText
from pipeline.errors import InputError

#: How far ahead of the cursor a piece of AST text may be found. Between two pieces
#: of prose there is only markup, because skipped blocks move the cursor themselves.
SEARCH_WINDOW = 2000
#: How far the character aligner looks for the next character (covers ``&#x2019;``).
ALIGN_WINDOW = 12

_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: A letter or digit: ``str.isalnum`` of one character (``\w`` is that or "_").
_ALNUM = re.compile(r"[^\W_]")
#: Between the cursor and a verbatim match, a backslash or entity may be the escaped
#: form of the text itself, so the verbatim match may be a later copy.
_ESCAPE_CHARS = re.compile(r"[\\&]")
_ENTITY = r"&#?\w+;"


def _source_pattern(text: str) -> re.Pattern[str]:
    """A regex for every way ``text`` can be written in Markdown source:
    punctuation may be backslash-escaped, any character may be an entity."""
    parts = []
    for ch in text:
        escaped = re.escape(ch)
        if ch in _PUNCTUATION:
            parts.append(f"(?:\\\\?{escaped}|{_ENTITY})")
        elif ch.isspace():
            parts.append(r"\s+")
        else:
            parts.append(f"(?:{escaped}|{_ENTITY})")
    return re.compile("".join(parts))


_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

_markdown = mistune.create_markdown(renderer=None, plugins=["table", "footnotes", "strikethrough", "url"])


@dataclass
class ProseUnit:
    """One run of prose: a heading, paragraph, list item, table cell, quote or footnote."""

    kind: str
    text: str
    #: offsets[i] is the offset in the normalised file text of text[i]
    #: (an int64 array: a list of ints would cost 36 bytes a character on big files).
    offsets: array
    #: Index of the block the unit came from; units of one paragraph share it.
    block: int
    #: Text of the nearest heading above (the unit's own text for a heading).
    section: str
    heading_level: int = 0
    #: Footnote keys and link URLs found in the unit: evidence of a citation.
    citations: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    #: Where each footnote reference of ``citations`` sits in ``text`` (the index of the first
    #: character after it): a reference supports the sentence it closes and those before it.
    cited_at: list[int] = field(default_factory=list)
    #: Invisible, bidirectional-control and mixed-script characters removed or read as
    #: Latin in ``text`` (see :mod:`pipeline.document.normalise`), with their source offsets.
    tricks: list[Trick] = field(default_factory=list)
    #: (text, sentences): :func:`pipeline.document.sentences.split_sentences` of ``text``, kept.
    sentences_memo: tuple[str, tuple[Any, ...]] | None = field(default=None, init=False, repr=False, compare=False)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets (start inclusive, end exclusive) of text[start:end]."""
        if not self.offsets:
            return 0, 0
        start = max(0, min(start, len(self.offsets) - 1))
        last = max(start, min(end, len(self.offsets)) - 1)
        return self.offsets[start], self.offsets[last] + 1


@dataclass(frozen=True)
class UnitSpan:
    """A stretch of one unit's text (a sentence, a drug mention, a claim)."""

    unit: ProseUnit
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.unit.text[self.start : self.end]


@dataclass
class Comment:
    """An HTML comment in the draft (suppressions live in these)."""

    offset: int
    text: str
    #: Block index of the first prose block after the comment.
    next_block: int


@dataclass
class ProseDocument:
    units: list[ProseUnit]
    comments: list[Comment]
    #: Every footnote/reference-definition key defined in the draft.
    footnotes: set[str]


class _Builder:
    """Accumulates one unit's text and offsets while walking inline tokens."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets = array("q")
        self.citations: list[str] = []
        #: Source offset of each footnote reference (None: not found in the source).
        self.cited_from: list[int | None] = []
        self.links: list[str] = []

    def add(self, text: str, offsets: array | range | list[int]) -> None:
        self.chars.append(text)
        self.offsets.extend(offsets)

    @property
    def text(self) -> str:
        return "".join(self.chars)


class _Extractor:
    def __init__(self, source: SourceText, body_offset: int) -> None:
        self.src = source.text
        self.cursor = body_offset
        self.body_offset = body_offset
        self.units: list[ProseUnit] = []
        self.comments: list[Comment] = []
        self.footnotes: set[str] = set()
        self.block = 0
        self.section = ""
        #: True once the current block's first text is located: later text of the
        #: same block cannot lie beyond a blank line.
        self.anchored = False

    # -- locating text in the source ---------------------------------------
    def _find(self, needle: str, window: int = SEARCH_WINDOW) -> int:
        if not needle:
            return -1
        return self.src.find(needle, self.cursor, self.cursor + len(needle) + window)

    def skip(self, raw: str, window: int = SEARCH_WINDOW) -> int:
        """Step the cursor over non-prose ``raw``; returns where it was found or -1."""
        pos = self._find(raw, window)
        if pos != -1:
            self.cursor = pos + len(raw)
        return pos

    def skip_block(self, raw: str) -> None:
        """Step over a code block. Its AST text lost the indentation of every line (and
        the list or quote markers before them), so when it is not found verbatim it is
        found line by line, with any indentation between."""
        window = len(raw) + SEARCH_WINDOW
        if self.skip(raw, window) != -1 or not raw.strip():
            return
        first, *rest = [re.escape(line.strip()) for line in raw.strip("\n").split("\n")]
        pattern = re.compile(first + "".join(rf"[ \t]*\n[ \t>]*{line}" for line in rest))
        match = pattern.search(self.src, self.cursor, self.cursor + window * 2)
        if match:
            self.cursor = match.end()

    def locate(self, text: str, raw: str) -> range | list[int]:
        """Offsets of each character of ``text`` (the prose form of AST ``raw``).

        A verbatim match is trusted when nothing between the cursor and it could
        be an escaped form of the same text (no backslash, no entity, no blank
        line): markup between prose is punctuation, never letters. Otherwise the
        text is searched as a pattern that allows backslash escapes and entities.
        """
        if _ALNUM.search(text) is None:
            # Lone punctuation is usually an escape ("\\*"); a verbatim "*" is as
            # likely to be the emphasis markup next to the cursor.
            escaped = re.compile("".join("\\\\" + re.escape(c) if c in _PUNCTUATION else re.escape(c) for c in raw))
            match = escaped.search(self.src, self.cursor, self.cursor + len(raw) * 2 + SEARCH_WINDOW)
            if match and not (self.anchored and _BLANK_LINE.search(self.src, self.cursor, match.start())):
                self.anchored = True
                self.cursor = match.end()
                return self._align(text, match.start(), match.end())
        pos = self._find(raw)
        if pos != -1 and not self._suspect_gap(pos):
            self.anchored = True
            self.cursor = pos + len(raw)
            if text == raw:
                return range(pos, pos + len(raw))
            return self._align(text, pos, pos + len(raw))
        match = _source_pattern(text).search(self.src, self.cursor, self.cursor + len(raw) * 8 + SEARCH_WINDOW)
        if match and not (self.anchored and _BLANK_LINE.search(self.src, self.cursor, match.start())):
            self.anchored = True
            self.cursor = match.end()
            return self._align(text, match.start(), match.end())
        return self._align(text, self.cursor, None)

    def _suspect_gap(self, pos: int) -> bool:
        """Could the text between the cursor and ``pos`` hold an escaped form of
        the text being located (so the verbatim match at ``pos`` is a later copy)?"""
        if _ESCAPE_CHARS.search(self.src, self.cursor, pos):
            return True
        return self.anchored and _BLANK_LINE.search(self.src, self.cursor, pos) is not None

    def _align(self, text: str, start: int, limit: int | None) -> list[int]:
        """Greedy character alignment; a character with no counterpart (a decoded
        entity) maps to where its source form starts."""
        src, p = self.src, start
        offsets = []
        for ch in text:
            j = src.find(ch, p, limit if limit is not None else p + ALIGN_WINDOW)
            if j == -1:
                offsets.append(min(p, len(src) - 1) if src else 0)
                p = src.find(";", p, p + ALIGN_WINDOW) + 1 or p
            else:
                offsets.append(j)
                p = j + 1
        if limit is None:
            self.cursor = max(self.cursor, p)
        return offsets

    # -- inline tokens -----------------------------------------------------------
    def inline(self, tokens: list[dict[str, Any]], out: _Builder) -> None:
        for tok in tokens:
            kind = tok["type"]
            if kind == "text":
                raw = tok["raw"]
                text = html.unescape(raw) if "&" in raw else raw
                out.add(text, self.locate(text, raw))
            elif kind in ("softbreak", "linebreak"):
                nl = self.src.find("\n", self.cursor, self.cursor + 40)
                pos = nl if nl != -1 else min(self.cursor, max(0, len(self.src) - 1))
                self.cursor = pos + 1 if nl != -1 else self.cursor
                out.add(" ", [pos])
            elif kind in ("emphasis", "strong", "strikethrough"):
                self.inline(tok.get("children", []), out)
            elif kind == "link":
                url = tok.get("attrs", {}).get("url", "")
                children = tok.get("children", [])
                is_autolink = len(children) == 1 and children[0].get("raw") in (url, url.removeprefix("mailto:"))
                if is_autolink:
                    self.skip(children[0]["raw"])
                else:
                    self.inline(children, out)
                    if "ref" not in tok:
                        self.skip(url, window=200)
                out.links.append(url)
            elif kind == "image":
                self.skip(tok.get("attrs", {}).get("url", ""), window=400)
            elif kind == "codespan":
                self.skip(tok.get("raw", ""))
            elif kind == "inline_html":
                raw = tok.get("raw", "")
                pos = self.skip(raw)
                if raw.startswith("<!--"):
                    self._comment(raw, pos)
            elif kind == "footnote_ref":
                key = tok.get("raw", "")
                ref = re.compile(r"\[\^" + re.escape(key) + r"\](?!:)")  # a reference, not the definition
                m = ref.search(self.src, self.cursor, self.cursor + SEARCH_WINDOW)
                if m:
                    self.cursor = m.end()
                out.citations.append(key)
                out.cited_from.append(m.start() if m else None)
            elif "children" in tok:
                self.inline(tok["children"], out)

    # -- block tokens ------------------------------------------------------------
    def _emit(self, kind: str, children: list[dict[str, Any]], level: int = 0) -> None:
        out = _Builder()
        self.anchored = False
        self.inline(children, out)
        # The analysis form (NFKC, no format characters, confusables read as Latin).
        text, all_offsets, tricks = normalise(out.text, out.offsets)
        # Trim surrounding white space, keeping text and offsets aligned.
        lead = len(text) - len(text.lstrip())
        text_stripped = text.strip()
        if not text_stripped:
            return
        offsets = all_offsets[lead : lead + len(text_stripped)]
        if kind == "heading":
            self.section = text_stripped
        # A reference not found in the source is taken to close the unit (it supports all of it).
        cited_at = [len(text_stripped) if at is None else bisect_left(offsets, at) for at in out.cited_from]
        unit = ProseUnit(kind, text_stripped, offsets, self.block, self.section, level, out.citations, out.links, cited_at, tricks)
        self.units.append(unit)

    def _comment(self, raw: str, pos: int) -> None:
        for m in _COMMENT.finditer(raw):
            offset = (pos if pos != -1 else self.cursor) + m.start()
            self.comments.append(Comment(offset, m.group(1).strip(), self.block + 1))

    def blocks(self, tokens: list[dict[str, Any]], kind: str = "paragraph") -> None:
        for tok in tokens:
            t = tok["type"]
            if t == "heading":
                self.block += 1
                self._emit("heading", tok.get("children", []), tok.get("attrs", {}).get("level", 1))
            elif t in ("paragraph", "block_text"):
                if kind != "list_item" or t == "paragraph":
                    self.block += 1
                self._emit(kind, tok.get("children", []))
            elif t == "list":
                self.blocks(tok.get("children", []), "list_item")
            elif t == "list_item":
                self.block += 1
                self.blocks(tok.get("children", []), "list_item")
            elif t == "block_quote":
                self.blocks(tok.get("children", []), "blockquote")
            elif t == "table":
                self._table(tok)
            elif t == "block_code":
                self.skip_block(tok.get("raw", ""))
            elif t == "block_html":
                raw = tok.get("raw", "")
                pos = self.skip(raw.rstrip("\n"), window=len(raw) + SEARCH_WINDOW)
                self._comment(raw, pos)
            elif t == "footnotes":
                for item in tok.get("children", []):
                    key = item.get("attrs", {}).get("key", "")
                    self.footnotes.add(key)
                    pos = self.src.find(f"[^{key}]:", self.body_offset)
                    if pos != -1:
                        self.cursor = pos + len(key) + 4
                    self.block += 1
                    self.blocks(item.get("children", []), "footnote")
            elif "children" in tok:
                self.blocks(tok["children"], kind)

    def _table(self, tok: dict[str, Any]) -> None:
        for part in tok.get("children", []):
            rows = [part] if part["type"] == "table_head" else part.get("children", [])
            for row in rows:
                self.block += 1
                for cell in row.get("children", []):
                    self._emit("table_cell", cell.get("children", []))


_REFERENCE_DEF = re.compile(r"^ {0,3}\[([^\]^][^\]]*)\]:\s*\S", re.M)


def parse_markdown(body: str) -> list[dict[str, Any]]:
    """mistune's AST for a Markdown body (the only place Markdown is parsed for checks)."""
    return _markdown(body)  # type: ignore[return-value]


#: Deepest nesting of quotes and list items one line may open, and of brackets and
#: parentheses left open on one line. Real articles stay under 10; hostile shapes
#: (``'- ' * 50000``, 50,000 ``>``, ``'[a](' * 50000``) cost minutes in the parser
#: and the grammar engine: nesting is flattened, open brackets refused, before either sees them.
MAX_NESTING = 32
MAX_OPEN_BRACKETS = 100
_CONTAINER = re.compile(r"[ \t]{0,8}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))")
_BRACKETS = re.compile(r"\\.|[\[\](){}]")


def _container_prefix(line: str, limit: int) -> tuple[int, int] | None:
    """If more than ``limit`` quote and list markers open ``line``: the end of the first
    ``limit`` of them and the end of them all (else None)."""
    depth = pos = 0
    keep = 0
    while match := _CONTAINER.match(line, pos):
        depth, pos = depth + 1, match.end()
        if depth == limit:
            keep = pos
    return (keep, pos) if depth > limit else None


def _open_brackets(line: str, limit: int) -> int:
    """Deepest run of unclosed ``[``, ``(`` and ``{`` on ``line`` (escaped ones do not count)."""
    depth = deepest = 0
    for match in _BRACKETS.finditer(line):
        char = match.group()
        if char in "[({":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > limit:
                break
        elif char in "])}":
            depth = max(0, depth - 1)
    return deepest


def guard_nesting(source: SourceText, body_offset: int) -> str:
    """The body as the Markdown parser should see it. Quotes and lists nested deeper
    than :data:`MAX_NESTING` on one line are flattened to that depth (the text after
    the markers is kept, and found in the file as usual); brackets left open more than
    :data:`MAX_OPEN_BRACKETS` deep are refused (InputError naming the line). Such
    shapes only come from broken exports or attacks, and cost minutes to parse."""
    body = source.text[body_offset:]
    first_line = source.position(body_offset)[0]
    flattened: list[tuple[int, int]] = []  # (start, end) offsets in body of markers to drop
    for line_no in range(first_line, len(source.line_starts) + 1):
        line = source.line_text(line_no)
        if sum(line.count(c) for c in ">-*+.)") > MAX_NESTING:
            prefix = _container_prefix(line, MAX_NESTING)
            if prefix is not None:
                line_start = source.line_starts[line_no - 1] - body_offset
                flattened.append((line_start + prefix[0], line_start + prefix[1]))
        if line.count("[") + line.count("(") + line.count("{") > MAX_OPEN_BRACKETS:
            if _open_brackets(line, MAX_OPEN_BRACKETS) > MAX_OPEN_BRACKETS:
                raise InputError(
                    f"more than {MAX_OPEN_BRACKETS} brackets or parentheses left open on one line; such Markdown is refused "
                    "(close them, or escape literal ones with a backslash)",
                    path=source.path,
                    line=line_no,
                )
    if not flattened:
        return body
    parts, last = [], 0
    for start, end in flattened:
        parts.append(body[last:start])
        parts.append(" ")
        last = end
    parts.append(body[last:])
    return "".join(parts)


def extract_prose(source: SourceText, body_offset: int) -> ProseDocument:
    """All prose units of the body that starts at ``body_offset`` in ``source``."""
    parsed = guard_nesting(source, body_offset)
    extractor = _Extractor(source, body_offset)
    extractor.blocks(parse_markdown(parsed))
    footnotes = extractor.footnotes | {m.group(1).lower() for m in _REFERENCE_DEF.finditer(source.text, body_offset)}
    return ProseDocument(extractor.units, extractor.comments, footnotes)


def iter_blocks(units: list[ProseUnit]) -> Iterator[list[ProseUnit]]:
    """Units grouped by block (a paragraph with its text, a list item, a table row)."""
    group: list[ProseUnit] = []
    for unit in units:
        if group and unit.block != group[0].block:
            yield group
            group = []
        group.append(unit)
    if group:
        yield group
