"""What the published Markdown says about its review: the check time, the tool,
a hash of the rules and facts used, engines, readability and the result.

The check time is the one thing that differs between two builds of the same
input. It is fixed by ``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC; the
reproducible-builds.org convention) or, with ``--reproducible``, by the newest
modification time among the article and the rule/fact files it was checked with.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.clock import source_date_epoch
from pipeline.document.article import Article
from pipeline.findings import FileResult, Severity
from pipeline.knowledge.digest import knowledge_files

#: Order of known front matter keys in the published Markdown; unknown keys follow, sorted.
KNOWN_KEYS = ("title", "slug", "summary", "drugs", "audience", "reviewed_by", "last_reviewed", "references", "ignore")


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass
class Clock:
    """Check times for one build: now, SOURCE_DATE_EPOCH, or the inputs' newest mtime."""

    now: dt.datetime
    epoch: dt.datetime | None
    reproducible: bool
    knowledge_mtime: float

    @classmethod
    def create(cls, knowledge_dirs: Path | list[Path], reproducible: bool) -> Clock:
        epoch = source_date_epoch()
        mtimes = [p.stat().st_mtime for p in knowledge_files(knowledge_dirs)]
        return cls(dt.datetime.now(dt.UTC), epoch, reproducible, max(mtimes, default=0.0))

    def for_article(self, path: Path) -> str:
        if self.epoch:
            return _iso(self.epoch)
        if self.reproducible:
            stamp = max(path.stat().st_mtime, self.knowledge_mtime)
            return _iso(dt.datetime.fromtimestamp(int(stamp), dt.UTC))
        return _iso(self.now)

    def for_index(self, article_times: list[str]) -> str:
        """The index's time: the newest article's when reproducible, else the build's."""
        if self.epoch:
            return _iso(self.epoch)
        if self.reproducible:
            return max(article_times, default=_iso(dt.datetime.fromtimestamp(int(self.knowledge_mtime), dt.UTC)))
        return _iso(self.now)


def review_block(result: FileResult, when: str, rules_hash: str) -> dict[str, Any]:
    r = result.readability
    figures = (
        "consensus_grade",
        "flesch_reading_ease",
        "flesch_kincaid_grade",
        "smog_index",
        "gunning_fog",
        "coleman_liau_index",
        "automated_readability_index",
        "dale_chall",
        "words",
        "sentences",
    )
    return {
        "checked_at": when,
        "tool": f"pipeline {__version__}",
        "rules_hash": rules_hash,
        "engines": dict(sorted(result.engines.items())),
        "readability": {k: r[k] for k in figures if k in r},
        "result": "fail" if result.count(Severity.ERROR) else "pass",
        "findings": {
            "errors": result.count(Severity.ERROR),
            "warnings": result.count(Severity.WARNING),
            "infos": result.count(Severity.INFO),
            "suppressed": len(result.findings) - len(result.active()),
        },
    }


def has_own_disclaimer(result: FileResult, checked_families: set[str]) -> bool:
    """Whether the article has its own disclaimer, by the check result: the disclaimer
    family was checked and reported nothing (a disclaimer missing, misplaced or with its
    finding suppressed counts as none, so the page adds its own)."""
    return "disclaimer" in checked_families and not any(f.check == "disclaimer" for f in result.findings)


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _as_date(value: Any) -> Any:
    """An ISO date string (``2026-09-01``; the front matter reader keeps dates as strings)
    as a date again, so the published YAML has an unquoted date, not a string."""
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def normalised_front_matter(article: Article, review: dict[str, Any]) -> dict[str, Any]:
    """Title and slug always present and first, known keys in a fixed order, the rest sorted;
    top-level dates stay dates."""
    meta = {key: _as_date(value) for key, value in article.meta.items()}
    out: dict[str, Any] = {"title": article.title, "slug": article.slug}
    for key in KNOWN_KEYS:
        if key in meta and key not in out:
            out[key] = meta[key]
    for key in sorted(k for k in meta if k not in KNOWN_KEYS and k != "review"):
        out[key] = meta[key]
    out["review"] = review
    return out
