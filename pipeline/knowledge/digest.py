"""The one digest of the knowledge files: part of every cache key, of the review
block in published Markdown, and of `pipeline facts --format json`."""

from __future__ import annotations

import hashlib
from pathlib import Path

#: Endings of the files checks read from a knowledge directory (rules, facts, lexicons, word lists).
KNOWLEDGE_SUFFIXES = (".yml", ".yaml", ".txt")


def files_below(root: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Files below ``root`` ending in ``suffixes``, in a fixed order (no caches)."""
    if not root.is_dir():
        return []
    return sorted(
        (p for p in root.rglob("*") if p.is_file() and p.name.endswith(suffixes) and "__pycache__" not in p.parts),
        key=lambda p: p.relative_to(root).as_posix(),
    )


def tree_digest(root: Path, suffixes: tuple[str, ...] = KNOWLEDGE_SUFFIXES) -> str:
    """``sha256:`` over every such file: its path relative to ``root``, NUL, its bytes, NUL."""
    digest = hashlib.sha256()
    for path in files_below(root, suffixes):
        digest.update(path.relative_to(root).as_posix().encode("utf-8", "surrogateescape") + b"\0" + path.read_bytes() + b"\0")
    return "sha256:" + digest.hexdigest()


def knowledge_files(checks_dir: Path) -> list[Path]:
    return files_below(checks_dir, KNOWLEDGE_SUFFIXES)


def knowledge_digest(checks_dir: Path) -> str:
    """The digest of everything a check may read from ``checks_dir``."""
    return tree_digest(checks_dir)
