"""Writing one article's published files: output/<slug>.html and output/<slug>.md."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, select_autoescape

from pipeline import __version__
from pipeline.article import Article
from pipeline.atomic import write_atomic
from pipeline.build.render import markdown_to_html
from pipeline.config import Config
from pipeline.engine import FileResult
from pipeline.findings import Severity

#: Order of known front matter keys in the published Markdown; unknown keys follow.
KNOWN_KEYS = ("title", "slug", "summary", "drugs", "audience", "reviewed_by", "last_reviewed", "references", "ignore")


def checked_at() -> str:
    """Check time in UTC; SOURCE_DATE_EPOCH fixes it for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def environment(config: Config) -> Environment:
    loaders: list[Any] = []
    if config.get("templates"):
        loaders.append(FileSystemLoader(str(config.path("templates"))))
    loaders.append(PackageLoader("pipeline", "templates"))
    return Environment(loader=ChoiceLoader(loaders), autoescape=select_autoescape(["html"]), keep_trailing_newline=True)


@dataclass
class Published:
    slug: str
    html: Path
    markdown: Path


def review_block(result: FileResult, when: str) -> dict[str, Any]:
    r = result.readability
    return {
        "checked_at": when,
        "tool": f"pipeline {__version__}",
        "engines": dict(sorted(result.engines.items())),
        "readability": {k: r[k] for k in ("consensus_grade", "flesch_reading_ease", "flesch_kincaid_grade", "words") if k in r},
        "result": "fail" if result.count(Severity.ERROR) else "pass",
        "findings": {
            "errors": result.count(Severity.ERROR),
            "warnings": result.count(Severity.WARNING),
            "infos": result.count(Severity.INFO),
        },
    }


def normalised_front_matter(article: Article, review: dict[str, Any]) -> dict[str, Any]:
    meta = dict(article.meta)
    out: dict[str, Any] = {"title": article.title, "slug": article.slug}
    for key in KNOWN_KEYS:
        if key in meta and key not in out:
            out[key] = meta[key]
    for key in sorted(k for k in meta if k not in KNOWN_KEYS):
        out[key] = meta[key]
    out["review"] = review
    return out


def publish(article: Article, result: FileResult, config: Config, out_dir: Path, env: Environment) -> Published:
    when = checked_at()
    review = review_block(result, when)
    slug = article.slug
    html = env.get_template("article.html").render(
        lang="en",
        title=article.title,
        summary=article.meta.get("summary", ""),
        reviewed_by=article.meta.get("reviewed_by"),
        last_reviewed=article.meta.get("last_reviewed"),
        references=[r if isinstance(r, str) else r.get("title", "") for r in article.meta.get("references", [])],
        body_html=markdown_to_html(article.body),
        grade=result.readability.get("consensus_grade", "n/a"),
        target_grade=config.get("readability.target_grade"),
        checked_at=when,
        version=__version__,
    )
    front = yaml.safe_dump(normalised_front_matter(article, review), sort_keys=False, allow_unicode=True, width=100)
    markdown = f"---\n{front}---\n{article.body}"
    html_path, md_path = out_dir / f"{slug}.html", out_dir / f"{slug}.md"
    write_atomic(html_path, html)
    write_atomic(md_path, markdown)
    return Published(slug, html_path, md_path)
