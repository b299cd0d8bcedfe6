"""Atomic file writes: a temporary file in the same directory, fsync, rename.
A reader (or a build killed half-way) sees the old file or the new one, never a part."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


TEMP_SUFFIX = ".tmp"


def remove_stale_temporaries(directory: Path) -> int:
    """Delete temporary files a killed writer left below ``directory`` (only names
    this module makes: ``.<name>.<random>.tmp``). Returns how many were removed."""
    removed = 0
    if not directory.is_dir():
        return 0
    for path in directory.rglob(f".*{TEMP_SUFFIX}"):
        if path.is_file() and path.name.count(".") >= 3:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def write_atomic(path: Path, content: str | bytes) -> bool:
    """Write ``content`` to ``path`` unless it already holds exactly that.

    Returns True if the file was (re)written.
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return True
