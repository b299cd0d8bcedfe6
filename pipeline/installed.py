"""Versions of installed packages, read once per installation.

The result cache's key names the engines' versions, reports name the tool's, the
grammar engine names Harper's core; asking ``importlib.metadata`` costs a fresh check
about 30 ms (importing it and one scan of the import path per name). What it answered
is kept in the user cache (:mod:`pipeline.usercache`) in a file named by the import
interpreter's package directories (site-packages) and their modification times:
installing, upgrading or removing a package changes them, so the next run asks again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable
from functools import lru_cache

from pipeline.usercache import keep, user_cache_dir


def _installation() -> str:
    """A digest of the interpreter and its package directories as they are now (not the
    current directory's, which changes with every edited draft)."""
    parts = [sys.executable, sys.version]
    for entry in sys.path:
        if os.path.basename(entry.rstrip(os.sep)) in ("site-packages", "dist-packages"):
            try:
                parts.append(f"{entry}\0{os.stat(entry).st_mtime_ns}")
            except OSError:
                parts.append(f"{entry}\0-")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


@lru_cache(maxsize=1)
def _known() -> dict[str, str | None]:
    try:
        data = json.loads((user_cache_dir() / f"installed-{_installation()}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remembered(key: str, compute: Callable[[], str | None]) -> str | None:
    """``compute()`` (something read from installed packages' metadata), answered from
    the user cache when this installation was asked before."""
    known = _known()
    if key not in known:
        known[key] = compute()
        keep(user_cache_dir() / f"installed-{_installation()}.json", json.dumps(known, sort_keys=True))
    return known[key]


def version(distribution: str) -> str | None:
    """The installed version of ``distribution``, or None when it is not installed."""

    def read() -> str | None:
        from importlib import metadata

        try:
            return metadata.version(distribution)
        except metadata.PackageNotFoundError:
            return None

    return remembered(f"version:{distribution}", read)
