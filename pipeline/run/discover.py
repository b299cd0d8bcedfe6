"""Turning command-line PATHs (files, directories, globs) into the list of drafts."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path

MARKDOWN_SUFFIXES = (".md", ".markdown")


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    #: One-line problems with the given paths: (path, message).
    errors: list[tuple[str, str]] = field(default_factory=list)


def _walk(directory: Path) -> list[Path]:
    """Markdown files below ``directory``; symlinked directories are not followed,
    so a symlink loop cannot make the walk endless."""
    found: list[Path] = []
    for root, dirs, files in os.walk(directory, followlinks=False, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / name for name in sorted(files) if name.lower().endswith(MARKDOWN_SUFFIXES))
    return found


def discover(paths: list[str]) -> Discovery:
    result = Discovery()
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve() if path.exists() else path
        if key not in seen:
            seen.add(key)
            result.files.append(path)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = _walk(path)
            if not found:
                result.errors.append((raw, "directory contains no Markdown (*.md) files"))
            for item in found:
                add(item)
        elif path.exists() or path.is_symlink():
            add(path)
        elif glob.has_magic(raw):
            matches = sorted(Path(m) for m in glob.glob(raw, recursive=True) if Path(m).is_file())
            if not matches:
                result.errors.append((raw, "pattern matches no files"))
            for item in matches:
                add(item)
        else:
            result.errors.append((raw, "no such file or directory"))
    return result
