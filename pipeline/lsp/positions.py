"""Positions between the pipeline and the editor.

Findings count columns in Unicode code points (1-based, ``end_column`` exclusive);
the Language Server Protocol counts 0-based *code units* of the negotiated position
encoding: UTF-16 unless client and server agreed on UTF-8 or UTF-32. Converting
needs the line's text, so every conversion goes through :class:`LineIndex`.
"""

from __future__ import annotations

from lsprotocol import types

from pipeline.document.source import SourceText

ENCODINGS = ("utf-8", "utf-16", "utf-32")


def _units(text: str, encoding: str) -> int:
    """Length of ``text`` in code units of ``encoding`` (utf-8, utf-16 or utf-32)."""
    if encoding == "utf-32" or text.isascii():
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _code_points(text: str, units: int, encoding: str) -> int:
    """How many code points of ``text`` its first ``units`` code units cover (a unit
    inside a character counts as that whole character's start)."""
    if encoding == "utf-32" or text.isascii():
        return min(units, len(text))
    count = 0
    for index, ch in enumerate(text):
        width = len(ch.encode("utf-8", "surrogatepass")) if encoding == "utf-8" else (2 if ord(ch) > 0xFFFF else 1)
        if count + width > units:
            return index
        count += width
    return len(text)


class LineIndex:
    """One document's lines, for converting positions in both directions."""

    def __init__(self, source: SourceText, encoding: object = "utf-16") -> None:
        self.source = source
        self.encoding = str(getattr(encoding, "value", encoding)).lower()
        if self.encoding not in ENCODINGS:
            self.encoding = "utf-16"

    @property
    def line_count(self) -> int:
        return len(self.source.line_starts)

    def _line(self, line: int) -> str:
        """Text of 1-based ``line`` (an empty string past the end)."""
        if line < 1 or line > self.line_count:
            return ""
        return self.source.line_text(line)

    def position(self, line: int, column: int) -> types.Position:
        """The LSP position of a 1-based line and code-point column (clamped to the text)."""
        if line > self.line_count:
            last = self.line_count
            return types.Position(line=last - 1, character=_units(self._line(last), self.encoding))
        line = max(line, 1)
        text = self._line(line)
        prefix = text[: max(column - 1, 0)]
        return types.Position(line=line - 1, character=_units(prefix, self.encoding))

    def range(self, line: int, column: int, end_line: int, end_column: int) -> types.Range:
        """The LSP range of a finding's span (``end_column`` exclusive)."""
        return types.Range(start=self.position(line, column), end=self.position(end_line, end_column))

    def to_source(self, position: types.Position) -> tuple[int, int]:
        """1-based (line, code-point column) of an LSP position."""
        line = min(max(position.line + 1, 1), self.line_count)
        return line, _code_points(self._line(line), position.character, self.encoding) + 1

    def offset(self, line: int, column: int) -> int:
        """Character offset in the text of a 1-based line and code-point column."""
        line = min(max(line, 1), self.line_count)
        return self.source.line_starts[line - 1] + min(max(column - 1, 0), len(self._line(line)))
