"""The code's own regular expressions, compiled once per install instead of once per process.

The check modules compile about 310 patterns when they are imported (the concept finders'
and checks' module-level ``re.compile`` calls): about 0.3 s of a fresh ``pipeline check``,
every time. :func:`preload` keeps their compiled programs in the user cache
(:mod:`pipeline.usercache`) and, in a later process, rebuilds them with ``_sre.compile``
(about 30 ms for all) into the ``re`` module's own cache before the check modules are
imported, so that each ``re.compile`` there is a cache hit. The knowledge cache does the
same for the patterns of rules and facts (:mod:`pipeline.knowledge.cache`).

An entry is keyed by the pattern's source and flags, exactly as ``re`` keys its cache, and
the file is named by the tool's code (:func:`~pipeline.run.cache.code_digest`), the Python
build and ``_sre.MAGIC``: code edited or upgraded since gets a file of its own (the others are
removed when it is written). The file is marshalled data (strings, integers, lists and dicts:
loading it runs nothing), and ``_sre.compile`` validates every program it is given; anything
unexpected (another Python, whose ``re`` cache works differently, a torn file) leaves ``re`` to
compile as usual, and the file is written again.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from pathlib import Path
from typing import Any

from pipeline.knowledge.patterns import SRE_MAGIC, Program, program_of, rebuild
from pipeline.usercache import keep, user_cache_dir

#: One stored pattern: source, flags (as ``re`` keys its cache: as passed), program, flags of the
#: compiled pattern (``re.UNICODE`` added for a string pattern).
_Entry = tuple[str, int, Program, int]


def preload() -> None:
    """Put the stored programs into ``re``'s cache, import the check modules, and store
    the programs again if any of their patterns had to be compiled (the first run of this
    code, or a damaged file)."""
    cache = getattr(re, "_cache", None)
    limit = getattr(re, "_MAXCACHE", None)
    if SRE_MAGIC is None or not isinstance(cache, dict) or not isinstance(limit, int):
        return
    path = _path()
    before = set(cache)
    stored = {(source, flags): (program, compiled) for source, flags, program, compiled in _read(path)}
    # ``re`` keeps at most _MAXCACHE patterns, dropping the oldest: the modules define more than
    # its default 512, and a dropped one would be neither found here nor stored (and rebuilding
    # one below could drop another). Room for all of them while they are imported and stored.
    re._MAXCACHE = max(limit, len(cache) + len(stored) + 4096)  # type: ignore[attr-defined]
    try:
        for (source, flags), (program, compiled) in stored.items():
            key = (str, source, flags)
            if key not in cache:
                cache[key] = rebuild(source, compiled, program)
        import pipeline.checks  # noqa: F401 - the modules whose patterns these are

        added = [(key[1], key[2], cache[key]) for key in list(cache) if key not in before and type(key[1]) is str and type(key[2]) is int]
        if all((source, flags) in stored for source, flags, _ in added):
            return
        entries = _entries(added, stored)
    finally:
        re._MAXCACHE = limit  # type: ignore[attr-defined]
    try:
        for other in path.parent.glob("code-patterns-*.marshal"):
            if other != path:
                other.unlink(missing_ok=True)
    except OSError:
        pass  # another code's file stays: it is never read by this code
    keep(path, marshal.dumps(entries))


def _entries(added: list[tuple[str, int, re.Pattern[str]]], stored: dict[tuple[str, int], tuple[Program, int]]) -> list[_Entry]:
    """The entries to store: each pattern the modules compiled, with its program."""
    entries: list[_Entry] = []
    for source, flags, pattern in added:
        known = stored.get((source, flags))
        found = known[0] if known is not None else program_of(pattern)
        if found is not None:
            entries.append((source, flags, found, pattern.flags))
    return entries


def _path() -> Path:
    from pipeline.run.cache import code_digest

    build = hashlib.sha256(f"{code_digest()}|{sys.version}|{sys.platform}|{SRE_MAGIC}".encode()).hexdigest()[:16]
    return user_cache_dir() / f"code-patterns-{build}.marshal"


def _read(path: Path) -> list[_Entry]:
    """The stored entries, or none when the file is missing or not what :func:`preload` writes."""
    try:
        data: Any = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return []
    if not isinstance(data, list) or not all(_is_entry(entry) for entry in data):
        return []
    return data


def _is_entry(entry: Any) -> bool:
    """The shape :func:`preload` writes (``_sre.compile`` checks the program itself)."""
    if not (isinstance(entry, tuple) and len(entry) == 4 and isinstance(entry[0], str) and type(entry[1]) is int):
        return False
    program = entry[2]
    return (
        type(entry[3]) is int
        and isinstance(program, tuple)
        and len(program) == 3
        and isinstance(program[0], list)
        and type(program[1]) is int
        and isinstance(program[2], dict)
    )
