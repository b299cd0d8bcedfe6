"""Reading a draft from disk: bytes to text, line endings, and offset -> line/column.

All later stages work on the *normalised* text (BOM removed, CRLF and CR turned
into LF). Normalising keeps line numbers and columns identical to the original
file, so positions computed on it are positions in the file the editor opens.
"""

from __future__ import annotations

import codecs
import os
import stat
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pipeline.errors import InputError

#: Articles larger than this are refused rather than risking memory on a stray dump file.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class SourceText:
    """The article's text with a line index."""

    path: str
    text: str
    line_starts: tuple[int, ...]

    @classmethod
    def from_text(cls, path: str, text: str) -> SourceText:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return cls(path, text, tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count code points."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start:] if end == -1 else self.text[start:end]


def decode_article(data: bytes, path: str) -> str:
    """Bytes to str: UTF-8 (BOM optional) or UTF-16 with a BOM; anything else is a clear error."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid UTF-16 at byte offset {exc.start}", path=path) from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes); articles must be UTF-8 Markdown text", path=path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"invalid UTF-8 at byte offset {exc.start} (line {line}); save the file as UTF-8", path=path) from None


def not_regular_reason(mode: int) -> str | None:
    """Why a file of this ``st_mode`` is not read as a draft (None: a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory, not an article"
    if stat.S_ISFIFO(mode):
        kind = "a FIFO (named pipe)"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    else:
        kind = "a special file"
    return f"is {kind}, not a regular file; not read"


def read_draft_bytes(path: Path, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """The bytes of a draft, refusing non-regular files before opening them (a FIFO
    would block, ``/dev/zero`` never ends) and enforcing ``limit`` while reading
    (at most ``limit + 1`` bytes are read, whatever ``stat`` says). Raises InputError."""
    shown = str(path)
    try:
        reason = not_regular_reason(os.stat(path).st_mode)
        if reason:
            raise InputError(reason, path=shown)
        # O_NONBLOCK: should the file be swapped for a FIFO after the stat, open does not block.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as handle:
            reason = not_regular_reason(os.fstat(handle.fileno()).st_mode)
            if reason:
                raise InputError(reason, path=shown)
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError("no such file", path=shown) from None
    except IsADirectoryError:
        raise InputError("is a directory, not an article", path=shown) from None
    except PermissionError:
        raise InputError("permission denied: cannot read the file", path=shown) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=shown) from None
    if len(data) > limit:
        raise InputError(f"file is above the {limit // (1024 * 1024)} MB limit for one article (read stopped there)", path=shown)
    return data


def read_source(path: Path) -> SourceText:
    """Read a draft; every failure is an InputError naming the file. Never writes to it."""
    shown = str(path)
    return SourceText.from_text(shown, decode_article(read_draft_bytes(path), shown))


#: The name a draft read from standard input has in reports unless ``--stdin-filename`` gives one.
STDIN_NAME = "-"


def read_stdin_source(stream: BinaryIO, shown: str = STDIN_NAME, limit: int = MAX_ARTICLE_BYTES) -> SourceText:
    """A draft read from ``stream`` (standard input), reported as ``shown``: the same
    decoding, line endings and size limit as a file. Raises InputError."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"standard input is above the {limit // (1024 * 1024)} MB limit for one article (read stopped there)", path=shown)
    return SourceText.from_text(shown, decode_article(data, shown))
