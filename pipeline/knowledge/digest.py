"""The one digest of the knowledge files: part of every cache key, of the review
block in published Markdown, and of `pipeline facts --format json`."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.knowledge.sources import KnowledgeDirs, as_dirs

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


def knowledge_files(dirs: KnowledgeDirs) -> list[Path]:
    """Every knowledge file of every layer, layer by layer."""
    return [path for directory in as_dirs(dirs) for path in files_below(directory, KNOWLEDGE_SUFFIXES)]


def knowledge_digest(dirs: KnowledgeDirs) -> str:
    """The digest of everything a check may read from the knowledge layers (built-in
    first): one directory's is its :func:`tree_digest`; several layers' is over their
    positions and tree digests, so adding, removing or reordering a layer changes it."""
    layers = as_dirs(dirs)
    if len(layers) == 1:
        return tree_digest(layers[0])
    digest = hashlib.sha256()
    for index, directory in enumerate(layers):
        digest.update(f"{index}\0{tree_digest(directory)}\0".encode())
    return "sha256:" + digest.hexdigest()
