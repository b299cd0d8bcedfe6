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
load, which for the ~4,100 knowledge patterns (5 MB of regular expressions) takes about
30 s of CPU: the whole of a cold first run. Entries therefore store CPython's compiled
program of each pattern, packed (:func:`~pipeline.knowledge.patterns.pack`), and rebuild
it with ``_sre.compile`` (a few milliseconds for an article's drugs), and its needles
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
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from pipeline.config import Config
from pipeline.knowledge.literals import Prefilter, needles, prefilter, remember_needles
from pipeline.knowledge.patterns import PROGRAMS, SRE_MAGIC, Packed, packed_program_of, rebuild, unpack
from pipeline.knowledge.sources import KnowledgeDirs, as_dirs

T = TypeVar("T")
V = TypeVar("V")

FORMAT = 1
SUBDIR = f"knowledge-v{FORMAT}"
_MAGIC = b"pipeline-knowledge %d " % FORMAT
#: An entry larger than this is not read (the built-in knowledge's largest, the drug facts, is about 22 MB).
MAX_ENTRY_BYTES = 256 * 1024 * 1024


class _Pickler(pickle.Pickler):
    """Pickles compiled patterns with their compiled program (see the module docstring)."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is re.Pattern and isinstance(obj.pattern, str):
            return _restore, (obj.pattern, obj.flags, packed_program_of(obj), needles(obj), prefilter(obj))
        return NotImplemented


def _restore(source: str, flags: int, program: Packed | None, found: tuple[str, ...] | None, pre: Prefilter | None) -> re.Pattern[str]:
    """A stored pattern, rebuilt from its program, with its needles and pre-filter (parsing
    each pattern again for them cost a fresh one-file check about 50 ms)."""
    pattern = rebuild(source, flags, None if program is None else unpack(program))
    remember_needles(pattern, found, pre)
    return pattern


def dumps(value: Any) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


class LazyTable(Mapping[str, V]):
    """A mapping whose values, restored from the knowledge cache, are unpickled one by one
    on first look-up: a one-file check of an article about one drug loads that drug's facts
    and patterns, not all 93 drugs' (issue 15: unpickling every drug's 2,200 patterns cost
    0.19 s of each fresh check). Patterns that values share (a misstatement kind's wordings,
    the same object in every drug of the kind) are stored once and rebuilt once."""

    def __init__(self, values: dict[str, V]) -> None:
        self._keys = tuple(values)
        self._values = values
        self._stored: dict[str, bytes] = {}
        self._patterns: _StoredPatterns | None = None

    def __getitem__(self, key: str) -> V:
        found = self._values.get(key)
        if found is None:
            blob = self._stored[key]  # KeyError: not in the table
            # Another thread may load the same value meanwhile: both are equal, one is kept.
            found = self._values.setdefault(key, _SharingUnpickler(blob, self._patterns).load())
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._values or key in self._stored

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return f"LazyTable({', '.join(self._keys)})"

    def __reduce__(self) -> tuple[Any, ...]:
        patterns = _PatternSharingPickler.Shared()
        stored = {key: _PatternSharingPickler.dumps(self[key], patterns) for key in self._keys}
        return (_lazy_table, (self._keys, stored, patterns.blobs))


def _lazy_table(keys: tuple[str, ...], stored: dict[str, bytes], patterns: list[bytes]) -> LazyTable[Any]:
    table: LazyTable[Any] = LazyTable({})
    table._keys, table._stored, table._patterns = keys, stored, _StoredPatterns(patterns)
    return table


class _StoredPatterns:
    """The patterns of a :class:`LazyTable`'s values, each rebuilt on first use."""

    def __init__(self, blobs: list[bytes]) -> None:
        self.blobs = blobs
        self.rebuilt: dict[int, re.Pattern[str]] = {}

    def get(self, index: int) -> re.Pattern[str]:
        found = self.rebuilt.get(index)
        if found is None:
            found = self.rebuilt.setdefault(index, _restore(*pickle.loads(self.blobs[index])))  # noqa: S301 - inside an authenticated entry
        return found


class _PatternSharingPickler(_Pickler):
    """Pickles a value with each compiled pattern replaced by its number among the
    patterns of the whole table (stored once, by :class:`LazyTable`)."""

    class Shared:
        def __init__(self) -> None:
            self.numbers: dict[int, int] = {}
            self.blobs: list[bytes] = []
            self.kept: list[re.Pattern[str]] = []  # alive while pickling: an id stays unique

    def __init__(self, buffer: io.BytesIO, shared: _PatternSharingPickler.Shared) -> None:
        super().__init__(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        self.shared = shared

    def persistent_id(self, obj: Any) -> int | None:
        if type(obj) is not re.Pattern or not isinstance(obj.pattern, str):
            return None
        shared = self.shared
        number = shared.numbers.get(id(obj))
        if number is None:
            number = shared.numbers[id(obj)] = len(shared.blobs)
            shared.kept.append(obj)
            program = packed_program_of(obj)
            shared.blobs.append(pickle.dumps((obj.pattern, obj.flags, program, needles(obj), prefilter(obj)), pickle.HIGHEST_PROTOCOL))
        return number

    @classmethod
    def dumps(cls, value: Any, shared: _PatternSharingPickler.Shared) -> bytes:
        buffer = io.BytesIO()
        cls(buffer, shared).dump(value)
        return buffer.getvalue()


class _SharingUnpickler(pickle.Unpickler):
    def __init__(self, data: bytes, patterns: _StoredPatterns | None) -> None:
        super().__init__(io.BytesIO(data))
        self.patterns = patterns

    def persistent_load(self, pid: Any) -> Any:
        if self.patterns is None or not isinstance(pid, int):
            raise pickle.UnpicklingError("a stored pattern without its table")
        return self.patterns.get(pid)


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


def for_run(config: Config, use_cache: bool) -> KnowledgeCache | None:
    """The knowledge cache of a run (``check``, ``build``, the language server) in the
    configured cache directory, or None with ``--no-cache``."""
    from pipeline.run.cache import cache_directory

    return KnowledgeCache(cache_directory(config)) if use_cache else None


def cached(name: str, dirs: KnowledgeDirs, kind: type[T], build: Callable[[], T]) -> T:
    """Resource ``name`` (of type ``kind``) through the active knowledge cache, or ``build()``."""
    cache = _ACTIVE
    return build() if cache is None else cache.get(name, dirs, kind, build)
