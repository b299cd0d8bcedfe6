"""One build: for every checked draft, decide publish or skip, then write its files.

Written (atomically; an unchanged file is left alone):

- ``<out>/<slug>.html`` and ``<out>/<slug>.md`` for each published article;
- ``<out>/review/<slug>.html`` for every article that could be read, published or not;
- ``<out>/index.html`` listing every article with its status.

A skipped article's previously published files are removed, so a draft that
now fails never stays online from an earlier build; only files the output
directory's manifest says the build published are ever removed (see
``pipeline.site.output``: lock, manifest, staged switch-over). The index lists
every article the manifest records, not only the ones built now. An article is
published from exactly the bytes that were checked: a draft changed since is an
error, not a page.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined, select_autoescape

from pipeline import __version__
from pipeline.config import Config
from pipeline.document.article import Article, parse_article
from pipeline.document.slug import slugify
from pipeline.document.source import SourceText, decode_article, read_draft_bytes
from pipeline.errors import ConfigError, PipelineError
from pipeline.findings import FileResult, Severity
from pipeline.knowledge.digest import knowledge_digest
from pipeline.report.model import RunResult
from pipeline.site.markdown_out import sanitize_markdown
from pipeline.site.meta import Clock, has_own_disclaimer, normalised_front_matter, review_block
from pipeline.site.output import Site
from pipeline.site.render import markdown_parts
from pipeline.site.review import family_rows, notes_for, review_context, section_chart

_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
#: Grade-per-section chart scale: grades above this fill the bar.
CHART_MAX_GRADE = 20.0


def environment(config: Config) -> Environment:
    """Jinja2 templates: the project's ``templates`` directory first, then the built-in ones."""
    loaders: list[Any] = []
    if config.get("templates"):
        directory = config.path("templates")
        if not directory.is_dir():
            raise ConfigError("templates directory not found", path=str(directory))
        loaders.append(FileSystemLoader(str(directory)))
    loaders.append(PackageLoader("pipeline", "templates"))
    return Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(["html"]),
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def inside(out_dir: Path, relative: str) -> Path:
    """``out_dir/relative``, refusing anything that resolves outside ``out_dir``
    (a symlink in the output directory pointing elsewhere, say)."""
    root = out_dir.resolve()
    target = (root / relative).resolve()
    if not target.is_relative_to(root):
        raise PipelineError(f"refusing to write {relative}: it resolves outside the output directory {root}")
    return target


@dataclass
class Outcome:
    """What the build did with one input file."""

    path: str
    slug: str
    title: str
    status: str  # "published" | "skipped" | "error"
    reason: str = ""
    grade: float | None = None
    counts: dict[str, int] = field(default_factory=dict)
    review: str | None = None  # page paths relative to the output directory
    page: str | None = None
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


@dataclass
class BuildReport:
    out_dir: Path
    outcomes: list[Outcome]
    index: Path
    path_errors: list[tuple[str, str]]
    #: Drafts an earlier build published that are gone now: their pages were removed.
    withdrawn: list[str] = field(default_factory=list)

    @property
    def skipped(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "skipped"]

    def exit_code(self) -> int:
        """2 for input errors, 1 if an article was skipped, else 0."""
        if self.path_errors or any(o.status == "error" for o in self.outcomes):
            return 2
        return 1 if self.skipped else 0


def shown(path: str) -> str:
    """A path as the user would type it: relative to the current directory when under it."""
    candidate = Path(path)
    if candidate.is_absolute() and candidate.is_relative_to(Path.cwd()):
        return candidate.relative_to(Path.cwd()).as_posix()
    return path


def skip_reason(errors: list[Any]) -> str:
    """'3 error findings: dosage (2), readability (1)'."""
    by_family: dict[str, int] = {}
    for finding in errors:
        by_family[finding.check] = by_family.get(finding.check, 0) + 1
    families = ", ".join(f"{family} ({count})" for family, count in sorted(by_family.items()))
    return f"{len(errors)} error finding{'s' * (len(errors) != 1)}: {families}"


def _references(meta: dict[str, Any]) -> list[dict[str, str | None]]:
    """Front-matter references as {title, url}; only http(s) URLs become links."""
    refs = []
    for ref in meta.get("references") or []:
        if isinstance(ref, str):
            refs.append({"title": ref, "url": None})
        elif isinstance(ref, dict):
            url = str(ref.get("url") or "")
            refs.append({"title": str(ref.get("title", "")), "url": url if re.match(r"^https?://", url, re.I) else None})
    return refs


class Builder:
    def __init__(self, config: Config, site: Site, *, allow_errors: bool, reproducible: bool, checked_families: set[str]) -> None:
        self.config = config
        self.site = site
        self.out_dir = site.out_dir
        #: The manifest's records of this build: published files and index rows.
        self.files: dict[str, dict[str, Any]] = {}
        self.rows: dict[str, dict[str, Any]] = {}
        self.removed: set[str] = set()
        self.built_sources: set[str] = set()
        #: Slugs of earlier articles whose draft was deleted (see :meth:`withdraw_deleted`).
        self.deleted: set[str] = set()
        self.allow_errors = allow_errors
        self.checked_families = checked_families
        self.env = environment(config)
        self.clock = Clock.create(config.knowledge_dirs, reproducible)
        self.rules_hash = knowledge_digest(config.knowledge_dirs)
        self.slugs: dict[str, str] = {}

    def _write(self, outcome: Outcome, relative: str, content: str, source: str | None = None) -> None:
        path, digest, changed = self.site.stage(relative, content)
        self.files[relative] = {"slug": outcome.slug, "source": source, "sha256": digest}
        if changed:
            outcome.written.append(path)

    def _common(self, article: Article, result: FileResult, when: str) -> dict[str, Any]:
        lang = article.meta.get("lang")
        return {
            "lang": lang if isinstance(lang, str) and _LANG.match(lang) else "en",
            "title": article.title,
            "slug": article.slug,
            "summary": str(article.meta.get("summary") or ""),
            "reviewed_by": article.meta.get("reviewed_by"),
            "last_reviewed": str(article.meta.get("last_reviewed") or "") or None,
            "references": _references(article.meta),
            # The article's own disclaimer wins; else front matter `disclaimer`, [disclaimer] text, the template's.
            "disclaimer": str(article.meta.get("disclaimer") or self.config.get("disclaimer.text") or ""),
            "own_disclaimer": has_own_disclaimer(result, self.checked_families),
            "readability": result.readability,
            "grade": result.readability.get("consensus_grade"),
            "target_grade": self.config.get("readability.target_grade"),
            "max_grade": self.config.get("readability.max_grade"),
            "checked_at": when,
            "version": __version__,
        }

    def plan(self, results: list[FileResult]) -> dict[str, Article | PipelineError]:
        """Read every checked draft and vet its slug before anything is written: a
        reserved slug (a name the build writes itself) or two drafts with one slug
        ends the build with one line (exit 2) and an untouched output directory."""
        loaded: dict[str, Article | PipelineError] = {}
        built = self.built_sources = {self.site.source_key(result.path) for result in results}
        # Slugs published earlier from drafts not built now (and still there) stay theirs.
        owners: dict[str, str] = {
            slug: str(entry.get("path") or entry["source"])
            for slug, entry in self.site.articles().items()
            if entry["source"] not in built and (self.site.root / entry["source"]).is_file()
        }
        problems: list[PipelineError] = []
        for result in results:
            if result.error:
                continue
            try:
                article: Article | PipelineError = checked_article(result)
            except PipelineError as exc:  # changed or removed since it was checked
                article = exc
            loaded[result.path] = article
            if isinstance(article, PipelineError):
                continue
            path = shown(result.path)
            if article.slug in reserved_slugs():
                problems.append(
                    PipelineError(
                        f"slug '{article.slug}' is reserved (the build writes its own {article.slug} page); "
                        "set a different `slug` in the front matter",
                        path=path,
                    )
                )
            elif article.slug in owners:
                problems.append(
                    PipelineError(
                        f"slug '{article.slug}' is also the slug of {owners[article.slug]}; "
                        "set a different `slug` in the front matter of one of them",
                        path=path,
                    )
                )
            else:
                owners[article.slug] = path
        if problems:
            first = problems[0]
            more = f" (and {len(problems) - 1} more slug problem{'s' * (len(problems) > 2)})" if len(problems) > 1 else ""
            raise PipelineError(f"{first.message}{more}; nothing was written", path=first.path)
        return loaded

    def article(self, result: FileResult, loaded: Article | PipelineError | None = None) -> Outcome:
        source, path = Path(result.path), shown(result.path)
        if result.error:
            return Outcome(path, slugify(source.stem), source.stem, "error", result.error)
        try:
            if isinstance(loaded, PipelineError):
                raise loaded
            article = loaded if loaded is not None else checked_article(result)
        except PipelineError as exc:  # changed or removed since it was checked
            return Outcome(path, slugify(source.stem), source.stem, "error", str(exc))
        outcome = Outcome(
            path,
            article.slug,
            article.title,
            "published",
            grade=result.readability.get("consensus_grade"),
            counts={s.value: result.count(s) for s in Severity},
        )
        if article.slug in self.slugs:
            outcome.status = "error"
            outcome.reason = (
                f"slug '{article.slug}' is already used by {self.slugs[article.slug]}; set a different slug in the front matter"
            )
            return outcome
        self.slugs[article.slug] = path
        errors = [f for f in result.active() if f.severity == Severity.ERROR]
        if errors and not self.allow_errors:
            outcome.status, outcome.reason = "skipped", skip_reason(errors)
        elif errors:
            outcome.reason = skip_reason(errors) + " (published with --allow-errors)"
        when = self.clock.for_article(source)
        common = self._common(article, result, when)
        key = self.site.source_key(result.path)
        if outcome.status == "published":
            outcome.page = f"{article.slug}.html"
            body, footnotes = markdown_parts(article.body, article.title)
            page = self.env.get_template("article.html").render(**common, body_html=body, notes_html=footnotes)
            self._write(outcome, outcome.page, page, key)
            review = review_block(result, when, self.rules_hash)
            front = yaml.safe_dump(normalised_front_matter(article, review), sort_keys=False, allow_unicode=True, width=100)
            self._write(outcome, f"{article.slug}.md", f"---\n{front}---\n{sanitize_markdown(article.body)}", key)
        stale = [f"{article.slug}.html", f"{article.slug}.md"] if outcome.status != "published" else []
        # Pages this draft published under an earlier slug go too.
        stale += [name for name, entry in self.site.files().items() if entry.get("source") == key and entry.get("slug") != article.slug]
        for relative in stale:
            removed = self.site.remove(relative)  # only what the manifest says the build published
            if removed is not None:
                self.removed.add(relative)
                outcome.removed.append(removed)
        outcome.review = f"review/{article.slug}.html"
        notes = notes_for(result)
        page = self.env.get_template("review.html").render(
            **common,
            outcome=outcome,
            source_path=path,
            notes=notes,
            **review_context(article, notes),
            families=family_rows(result, self.checked_families),
            chart=section_chart(result.readability, CHART_MAX_GRADE),
            chart_max=CHART_MAX_GRADE,
            suppressed=[f for f in result.findings if f.suppressed],
            engines=dict(sorted(result.engines.items())),
            rules_hash=self.rules_hash,
        )
        self._write(outcome, outcome.review, page, key)
        self.rows[article.slug] = {
            "source": key,
            "path": path,
            "title": outcome.title,
            "status": outcome.status,
            "reason": outcome.reason,
            "grade": outcome.grade,
            "counts": outcome.counts,
            "page": outcome.page,
            "review": outcome.review,
        }
        return outcome

    def index(self, outcomes: list[Outcome], times: list[str]) -> Path:
        """index.html (by title) and one page per other sort order, linked from the
        column headers: an index readers can sort without any script."""
        when = self.clock.for_index(times)
        for order in INDEX_ORDERS:
            rows = sorted(outcomes, key=lambda o: (order.key(o), o.title.casefold(), o.path))
            page = self.env.get_template("index.html").render(
                lang="en",
                rows=rows,
                orders=INDEX_ORDERS,
                current=order,
                published=sum(o.status == "published" for o in outcomes),
                skipped=sum(o.status == "skipped" for o in outcomes),
                errors=sum(o.status == "error" for o in outcomes),
                checked_at=when,
                version=__version__,
                target_grade=self.config.get("readability.target_grade"),
            )
            path, digest, _ = self.site.stage(order.page, page)
            self.files[order.page] = {"slug": None, "source": None, "sha256": digest}
        return self.site.target("index.html")

    def withdraw_deleted(self) -> list[str]:
        """Unpublish the articles of earlier builds whose draft no longer exists: a deleted
        draft's pages must not stay online, nor its row in the index. The drafts withdrawn."""
        withdrawn = []
        for slug, entry in sorted(self.site.articles().items()):
            source = entry.get("source")
            if slug in self.rows or not isinstance(source, str) or os.path.lexists(self.site.root / source):
                continue
            for relative, file in self.site.files().items():
                if file.get("slug") == slug and self.site.remove(relative) is not None:
                    self.removed.add(relative)
            self.deleted.add(slug)
            withdrawn.append(str(entry.get("path") or source))
        return withdrawn

    def kept_rows(self) -> dict[str, dict[str, Any]]:
        """The manifest's rows of articles not built now (nor replaced by a draft built now,
        nor withdrawn because their draft was deleted)."""
        sources = {row["source"] for row in self.rows.values()}
        return {
            slug: entry
            for slug, entry in self.site.articles().items()
            if slug not in self.rows and slug not in self.deleted and entry["source"] not in sources
        }

    def earlier_outcomes(self) -> list[Outcome]:
        """Index rows of articles published (or reviewed) by earlier builds and not built
        now, from the manifest, so that building one draft keeps the others listed."""
        earlier = []
        for slug, entry in sorted(self.kept_rows().items()):
            if entry["source"] in self.built_sources:  # an error now: its own row says so
                continue
            counts, grade = entry.get("counts"), entry.get("grade")
            earlier.append(
                Outcome(
                    str(entry.get("path") or entry["source"]),
                    slug,
                    str(entry.get("title") or slug),
                    str(entry.get("status") or "published"),
                    str(entry.get("reason") or ""),
                    grade=float(grade) if isinstance(grade, int | float) else None,
                    counts={str(k): v for k, v in counts.items() if isinstance(v, int)} if isinstance(counts, dict) else {},
                    review=entry.get("review") if isinstance(entry.get("review"), str) else None,
                    page=entry.get("page") if isinstance(entry.get("page"), str) else None,
                )
            )
        return earlier

    def manifest(self) -> dict[str, Any]:
        """The new record: this build's files and rows, and the earlier ones still standing."""
        kept = self.kept_rows()
        files = dict(self.files)
        for relative, entry in self.site.files().items():
            if relative not in files and relative not in self.removed and entry.get("slug") in kept:
                files[relative] = entry
        return {"format": 1, "files": dict(sorted(files.items())), "articles": dict(sorted((kept | self.rows).items()))}


@dataclass(frozen=True)
class IndexOrder:
    """One way to sort the index: the column it sorts, its page, its sort key."""

    column: str
    page: str
    description: str
    aria: str
    key: Callable[[Outcome], Any]


_STATUS_RANK = {"error": 0, "skipped": 1, "published": 2}
INDEX_ORDERS = (
    IndexOrder("Article", "index.html", "by title", "ascending", lambda o: 0),
    IndexOrder("Status", "index-status.html", "not published first", "ascending", lambda o: _STATUS_RANK.get(o.status, 0)),
    IndexOrder("Grade", "index-grade.html", "hardest to read first", "descending", lambda o: -(o.grade if o.grade is not None else -1)),
    IndexOrder("Errors", "index-errors.html", "most errors first", "descending", lambda o: -o.counts.get("error", 0)),
)


def reserved_slugs() -> frozenset[str]:
    """Names the build writes itself (index pages, ``review/``, the stylesheet): no article may take them."""
    return frozenset({"review", "style", *(Path(order.page).stem for order in INDEX_ORDERS)})


def build(
    run: RunResult,
    config: Config,
    out_dir: Path,
    *,
    allow_errors: bool = False,
    reproducible: bool = False,
    checked_families: set[str] | None = None,
) -> BuildReport:
    """Write every output for a checked run; see the module docstring for what and where."""
    site = Site.open(out_dir)  # one-line errors for an unusable directory; its lock and manifest
    try:
        builder = Builder(config, site, allow_errors=allow_errors, reproducible=reproducible, checked_families=checked_families or set())
        loaded = builder.plan(run.files)  # refuses reserved and duplicate slugs before any write
        site.create()  # the directory, if need be, writable and locked
        site.sweep()  # staging directories and temporaries left by a build of this tool that was killed
        try:
            outcomes = [builder.article(result, loaded.get(result.path)) for result in run.files]
            times = [builder.clock.for_article(Path(o.path)) for o in outcomes if o.status != "error"]
            withdrawn = builder.withdraw_deleted()
            listed = outcomes + builder.earlier_outcomes()
            index = builder.index(listed, times)
            site.commit(builder.manifest())
        except OSError as exc:
            site.discard()
            raise PipelineError(
                f"cannot write the site to {out_dir}: {exc.strerror or exc}; the previous site was left as it was"
            ) from None
    finally:
        site.close()
    return BuildReport(out_dir, outcomes, index, run.path_errors, withdrawn)


def checked_article(result: FileResult) -> Article:
    """The article from the draft's bytes, read once, if they are the bytes that were checked."""
    source = Path(result.path)
    data = read_draft_bytes(source)
    if result.sha256 is None or hashlib.sha256(data).hexdigest() != result.sha256:
        raise PipelineError("changed since it was checked; not published (build again to check the new text)", path=shown(result.path))
    return parse_article(SourceText.from_text(result.path, decode_article(data, result.path)))
