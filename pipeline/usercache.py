"""The user cache, ``$XDG_CACHE_HOME/pipeline`` (else ``~/.cache/pipeline``): what is
derived once from installed data and kept between runs, each file named by what it
was derived from (the CMU syllable table, pyphen's hyphenation patterns, the bundled
drug names, configurations already found valid). Any of it may be deleted at any
time; it is derived again. Knowledge and results have their own cache (``cache_dir``)."""

from __future__ import annotations

import os
from pathlib import Path


def user_cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pipeline"


def keep(path: Path | None, text: str | bytes) -> None:
    """Write ``text`` to ``path`` atomically if it can be written; the caller derives it
    again next time otherwise."""
    if path is None:
        return
    from pipeline.atomic import write_atomic

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text)
    except OSError:
        pass
