"""Turning command-line PATHs (files, directories, globs) into the list of drafts."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.document.source import not_regular_reason

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


def _inside(path: str, roots: list[str]) -> bool:
    return any(path == root or path.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def _refusal(path: Path, roots: list[str]) -> str | None:
    """Why a found file is not read (None: it is read): a link that leaves the
    allowed roots, or a file that is not a regular file (FIFO, device, socket)."""
    if path.is_symlink() or os.path.realpath(path.parent) != os.path.abspath(path.parent):
        target = os.path.realpath(path)
        if not _inside(target, roots):
            return "is a symbolic link to a file outside the checked paths and the project; not followed"
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing or dangling: reading it reports the error
    return not_regular_reason(mode)


def discover(paths: list[str], root: Path | None = None) -> Discovery:
    """The drafts under ``paths``. Links are followed only while they stay inside
    the given paths or the project ``root`` (default: the working directory);
    non-regular files are refused here, before anything opens them."""
    result = Discovery()
    seen: set[Path] = set()
    roots = [os.path.realpath(root if root is not None else Path.cwd())]
    for raw in paths:
        given = Path(raw)
        if given.is_dir():
            roots.append(os.path.realpath(given))
        elif given.exists() or given.is_symlink():
            roots.append(os.path.realpath(given.parent))
        elif glob.has_magic(raw):  # the directory the pattern starts from
            stem = next((i for i, part in enumerate(given.parts) if glob.has_magic(part)), 0)
            roots.append(os.path.realpath(Path(*given.parts[:stem]) if stem else Path(".")))

    def add(path: Path) -> None:
        refused = _refusal(path, roots)
        if refused:
            result.errors.append((str(path), refused))
            return
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
