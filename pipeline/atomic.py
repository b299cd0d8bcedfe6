"""Atomic file writes: a temporary file in the same directory, fsync, rename.
A reader (or a build killed half-way) sees the old file or the new one, never a part."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import TextIO

TEMP_SUFFIX = ".tmp"
#: Marks the temporaries this module makes (``.<name>.pipeline-tmp.<random>.tmp``), so a
#: sweep never removes anyone else's ``.tmp`` file.
TEMP_MARK = ".pipeline-tmp."
_OURS = re.compile(r"^\..+\.pipeline-tmp\.[A-Za-z0-9_]+\.tmp$")


def remove_stale_temporaries(directory: Path) -> int:
    """Delete temporary files a killed writer left below ``directory`` (only names
    this module makes: ``.<name>.pipeline-tmp.<random>.tmp``, regular files, not links).
    Returns how many were removed. Callers hold the directory's lock (see site.output)."""
    removed = 0
    if not directory.is_dir():
        return 0
    for path in directory.rglob(f".*{TEMP_SUFFIX}"):
        if _OURS.match(path.name) and path.is_file() and not path.is_symlink():
            path.unlink(missing_ok=True)
            removed += 1
    return removed


class AtomicFile:
    """A text file that appears at ``path`` only when :meth:`commit` is called;
    :meth:`discard` (or never committing) leaves the old file untouched."""

    def __init__(self, path: Path, *, durable: bool = True) -> None:
        self.path = path
        self.durable = durable
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}{TEMP_MARK}", suffix=TEMP_SUFFIX)
        self.handle: TextIO = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def commit(self) -> None:
        self.handle.flush()
        if self.durable:
            os.fsync(self.handle.fileno())
        self.handle.close()
        os.chmod(self._tmp, 0o644)
        os.replace(self._tmp, self.path)

    def discard(self) -> None:
        if not self.handle.closed:
            self.handle.close()
        try:
            os.unlink(self._tmp)
        except OSError:
            pass


def write_atomic(path: Path, content: str | bytes, *, durable: bool = True) -> bool:
    """Write ``content`` to ``path`` unless it already holds exactly that. ``durable=False``
    skips the fsync: the rename is still atomic for readers, but a power cut may leave the
    file empty or torn, which suits only files whose readers check them (cache entries).

    Returns True if the file was (re)written.
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    target = AtomicFile(path, durable=durable)
    try:
        target.handle.buffer.write(data)
        target.commit()
    except BaseException:
        target.discard()
        raise
    return True
