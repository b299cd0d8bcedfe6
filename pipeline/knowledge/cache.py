"""The knowledge cache: what the knowledge loaders build (rules, drug facts, drug
names, conditions, lexicons, with their compiled patterns) kept on disk, so that a
fresh ``pipeline check`` does not parse, validate and compile the same YAML again.

An entry is one loaded object, pickled, under ``<cache_dir>/knowledge-v1/<key>``:
a header line ``pipeline-knowledge 1 <HMAC-SHA256 of key and payload>``, then the
pickle. The key covers what the object was built from: the resource's name, the
knowledge layers (paths and :func:`~pipeline.knowledge.digest.knowledge_digest`),
the tool's code (:func:`~pipeline.run.cache.code_digest`), the Python build and the
YAML parser. Editing a knowledge file changes the digest, so the next run loads it.

The HMAC uses the result cache's per-user key (:func:`pipeline.run.cache.load_secret`,
kept outside the cache directory), and an entry is unpickled only once its HMAC
checks, so only this user can have written it. Anything wrong with an entry (missing,
not a regular file, too large, a bad HMAC, a pickle that does not load into the
expected type) is a miss: the knowledge is loaded from the YAML and the entry
rewritten. Without a usable key the cache is off.

Compiled patterns: a ``re.Pattern`` pickles as its source and is compiled again on
load, which for the ~1,300 fact patterns costs about as much as the YAML. Entries
therefore store CPython's compiled program of each pattern and rebuild it with
``_sre.compile`` (a few milliseconds for all of them), and its needles
(:func:`~pipeline.knowledge.literals.needles` and
:func:`~pipeline.knowledge.literals.prefilter`, which the checks' pre-filters ask for);
the key includes the Python build and ``_sre.MAGIC``, and any failure falls back to
``re.compile``.

The cache is on only while :func:`active` is set: by ``pipeline check`` and
``pipeline build`` without ``--no-cache``, and by the language server; elsewhere
(and in tests that do not ask for it) loaders run as before.
"""

from __future__ import annotations

import hashlib
import io
import json
import pickle
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from pipeline.config import Config
from pipeline.knowledge.literals import Prefilter, needles, prefilter, remember_needles
from pipeline.knowledge.patterns import PROGRAMS, SRE_MAGIC, Program, program_of, rebuild
from pipeline.knowledge.sources import KnowledgeDirs, as_dirs

T = TypeVar("T")

FORMAT = 1
SUBDIR = f"knowledge-v{FORMAT}"
_MAGIC = b"pipeline-knowledge %d " % FORMAT
#: An entry larger than this is not read (the built-in knowledge pickles to about 1.5 MB).
MAX_ENTRY_BYTES = 256 * 1024 * 1024


class _Pickler(pickle.Pickler):
    """Pickles compiled patterns with their compiled program (see the module docstring)."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is re.Pattern and isinstance(obj.pattern, str):
            return _restore, (obj.pattern, obj.flags, program_of(obj), needles(obj), prefilter(obj))
        return NotImplemented


def _restore(source: str, flags: int, program: Program | None, found: tuple[str, ...] | None, pre: Prefilter | None) -> re.Pattern[str]:
    """A stored pattern, rebuilt from its program, with its needles and pre-filter (parsing
    each pattern again for them cost a fresh one-file check about 50 ms)."""
    pattern = rebuild(source, flags, program)
    remember_needles(pattern, found, pre)
    return pattern


def dumps(value: Any) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def _environment() -> dict[str, Any]:
    import yaml

    from pipeline import __version__
    from pipeline.run.cache import code_digest

    return {
        "format": FORMAT,
        "tool": __version__,
        "code": code_digest(),
        "python": sys.version,
        "implementation": sys.implementation.cache_tag,
        "sre": SRE_MAGIC,
        "yaml": getattr(yaml, "__version__", "?"),
    }


class KnowledgeCache:
    """Loaded knowledge on disk, keyed by resource and knowledge digest, authenticated
    with this user's cache key."""

    def __init__(self, directory: Path, secret: bytes | None = None) -> None:
        self.directory = directory / SUBDIR
        self._root = directory
        self._secret = secret
        self._secret_loaded = secret is not None
        self._digests: dict[tuple[str, ...], str] = {}
        self._base: dict[str, Any] | None = None
        #: What this process did, by resource name: "hit", "miss" (loaded and stored), "off".
        self.events: dict[str, str] = {}

    @property
    def secret(self) -> bytes | None:
        if not self._secret_loaded:
            from pipeline.run.cache import load_secret

            self._secret, self._secret_loaded = load_secret(), True
        return self._secret

    def key(self, name: str, dirs: KnowledgeDirs) -> str:
        """The entry key of resource ``name`` built from the knowledge layers ``dirs``."""
        from pipeline.knowledge.digest import knowledge_digest

        layers = tuple(str(d) for d in as_dirs(dirs))
        if layers not in self._digests:  # once per run: the layers are read once
            self._digests[layers] = knowledge_digest(as_dirs(dirs))
        if self._base is None:
            self._base = _environment()
        parts = {**self._base, "resource": name, "layers": layers, "knowledge": self._digests[layers]}
        return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()

    def _entry(self, key: str) -> Path:
        return self.directory / key

    def load(self, key: str, kind: type[T]) -> T | None:
        """The stored object of type ``kind``, or None on any doubt."""
        from pipeline.run.cache import read_regular, sign

        secret = self.secret
        if secret is None:
            return None
        raw = read_regular(self._entry(key), MAX_ENTRY_BYTES)
        if raw is None:
            return None
        header, _, payload = raw.partition(b"\n")
        mac = header[len(_MAGIC) :].decode("ascii", "replace")
        if not header.startswith(_MAGIC) or not _equal(mac, sign(secret, key, payload)):
            return None
        try:
            value = pickle.loads(payload)  # noqa: S301 - authenticated above with this user's key
        except Exception:  # noqa: BLE001 - a class renamed since: a miss
            return None
        return value if isinstance(value, kind) else None

    def store(self, key: str, value: Any) -> None:
        from pipeline.run.cache import prepare_directory, sign, write_entry

        secret = self.secret
        if secret is None:
            return
        try:
            payload = dumps(value)
        except Exception:  # noqa: BLE001 - something unpicklable: just do not cache it
            return
        prepare_directory(self._root)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        write_entry(self._entry(key), _MAGIC + sign(secret, key, payload).encode() + b"\n" + payload)

    def get(self, name: str, dirs: KnowledgeDirs, kind: type[T], build: Callable[[], T]) -> T:
        """Resource ``name`` from the cache, else built (errors propagate) and stored."""
        if self.secret is None:
            self.events[name] = "off"
            return build()
        key = self.key(name, dirs)
        kept = _KEPT.get(key)
        found = kept if isinstance(kept, kind) else self.load(key, kind)
        if found is not None:
            self.events[name] = "hit"
        else:
            found = build()
            self.store(key, found)
            self.events[name] = "miss"
        if _KEEPING:
            _KEPT[key] = found
        return found


def _equal(a: str, b: str) -> bool:
    import hmac

    return hmac.compare_digest(a, b)


_ACTIVE: KnowledgeCache | None = None
#: Knowledge kept in this process by entry key, loaded while :func:`keep_loaded` was on:
#: the check server's, which its forked runs then find without reading the cache.
_KEPT: dict[str, Any] = {}
_KEEPING = False


@contextmanager
def keep_loaded() -> Iterator[None]:
    """Keep what is loaded inside the block in this process, under its entry key (the key
    covers the knowledge files' digest: an edited file is loaded again)."""
    global _KEEPING
    _KEEPING = True
    try:
        yield
    finally:
        _KEEPING = False


def active() -> KnowledgeCache | None:
    """The knowledge cache of this run, if one is on."""
    return _ACTIVE


@contextmanager
def activated(cache: KnowledgeCache | None) -> Iterator[KnowledgeCache | None]:
    """Use ``cache`` (None: none) for the knowledge loaded inside the block."""
    global _ACTIVE
    previous, _ACTIVE = _ACTIVE, cache
    recording = PROGRAMS.on
    PROGRAMS.on = recording or cache is not None
    try:
        yield cache
    finally:
        _ACTIVE = previous
        PROGRAMS.on = recording
        if not recording:
            PROGRAMS.clear()


def for_run(config: Config, use_cache: bool) -> KnowledgeCache | None:
    """The knowledge cache of a run (``check``, ``build``, the language server) in the
    configured cache directory, or None with ``--no-cache``."""
    from pipeline.run.cache import cache_directory

    return KnowledgeCache(cache_directory(config)) if use_cache else None


def cached(name: str, dirs: KnowledgeDirs, kind: type[T], build: Callable[[], T]) -> T:
    """Resource ``name`` (of type ``kind``) through the active knowledge cache, or ``build()``."""
    cache = _ACTIVE
    return build() if cache is None else cache.get(name, dirs, kind, build)
