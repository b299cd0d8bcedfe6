"""An article: the draft read from disk, its front matter and its prose with the source map.

This is the one object every check receives; it also makes Findings, so that
positions and excerpts are computed the same way for every check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from pipeline.document.frontmatter import FrontMatter, split_front_matter
from pipeline.document.frontmatter_prose import front_matter_units
from pipeline.document.prose import ProseDocument, ProseUnit, UnitSpan, extract_prose
from pipeline.document.sections import Sections, build_sections
from pipeline.document.sentences import Sentence, split_sentences
from pipeline.document.source import SourceText, read_source
from pipeline.findings import Finding, Severity

EXCERPT_MAX = 120
#: Unit kinds that are not prose for the reader: footnotes are reference lists.
NOT_PROSE = frozenset({"footnote"})
#: Unit kind of the published front-matter texts (title, summary, disclaimer, image texts).
FRONT_MATTER = "front_matter"
T = TypeVar("T")


@dataclass(frozen=True)
class Offsets:
    """Source offsets [start, end) of the normalised text, with an optional excerpt."""

    start: int
    end: int
    excerpt: str | None = None


@dataclass(frozen=True)
class FrontMatterKey:
    """The line of a front-matter key; the title when the key is absent (or empty)."""

    key: str


#: A finding about the article as a whole: at its title.
WHOLE_ARTICLE = FrontMatterKey("")
#: Where a finding sits: a span of a prose unit (a sentence, a mention), source offsets, or a key.
Place = UnitSpan | Offsets | FrontMatterKey


@dataclass
class Article:
    source: SourceText
    front_matter: FrontMatter
    prose: ProseDocument
    #: Analyses computed once per article and shared by checks (readability, drug mentions).
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def meta(self) -> dict[str, Any]:
        return self.front_matter.data

    @property
    def units(self) -> list[ProseUnit]:
        return self.prose.units

    @property
    def body(self) -> str:
        return self.source.text[self.front_matter.body_offset :]

    @cached_property
    def title(self) -> str:
        if isinstance(self.meta.get("title"), str):
            return self.meta["title"]
        for unit in self.units:
            if unit.kind == "heading":
                return unit.text
        return Path(self.path).stem.replace("-", " ").capitalize()

    @cached_property
    def slug(self) -> str:
        from pipeline.document.slug import slugify

        return slugify(str(self.meta.get("slug") or Path(self.path).stem))

    @cached_property
    def sentences(self) -> list[Sentence]:
        return [s for unit in self.units for s in split_sentences(unit)]

    @cached_property
    def body_sentences(self) -> list[Sentence]:
        """Prose sentences of the body: what the readability formulas and the word count
        read (front-matter texts are checked, but are not the article's reading text)."""
        return [s for s in self.prose_sentences if s.unit.kind != FRONT_MATTER]

    @cached_property
    def word_count(self) -> int:
        return sum(len(s.words) for s in self.body_sentences)

    @cached_property
    def sections(self) -> Sections:
        return build_sections(self.units)

    @cached_property
    def prose_units(self) -> list[ProseUnit]:
        """Units written for the reader: everything but footnotes (reference lists)."""
        return [u for u in self.units if u.kind not in NOT_PROSE]

    @cached_property
    def prose_sentences(self) -> list[Sentence]:
        """Sentences of :attr:`prose_units`, in order."""
        return [s for s in self.sentences if s.unit.kind not in NOT_PROSE]

    def memo(self, key: str, factory: Callable[[], T]) -> T:
        """An analysis computed once per article and shared by every check that asks
        (drug mentions, sections, readability, grammar matches)."""
        if key not in self.cache:
            self.cache[key] = factory()
        return self.cache[key]

    # -- making findings -----------------------------------------------------
    def locate(self, place: Place) -> tuple[int, int, str]:
        """Source offsets [start, end) and excerpt of a place."""
        if isinstance(place, UnitSpan):
            start, end = place.unit.span(place.start, place.end)
            return start, end, place.text
        if isinstance(place, Offsets):
            excerpt = place.excerpt if place.excerpt is not None else self.source.text[place.start : place.end]
            return place.start, place.end, excerpt
        line = self.front_matter.line_of(place.key) if place.key else None
        if line:
            start = self.source.line_starts[line - 1]
            end = start + len(self.source.line_text(line))
            return start, end, self.source.text[start:end]
        for unit in self.units:
            if unit.kind == "heading":
                return self.locate(UnitSpan(unit, 0, len(unit.text)))
        first = self.source.line_text(1)
        return 0, max(1, len(first)), first

    def finding(
        self,
        place: Place,
        *,
        severity: Severity,
        family: str,
        rule: str,
        message: str,
        suggestion: str | None,
        extra: dict[str, Any] | None = None,
    ) -> Finding:
        """The one Finding constructor: positions and excerpt computed the same way
        for every check (rules call it through :meth:`Rule.finding`)."""
        start, end, excerpt = self.locate(place)
        end = max(end, start + 1)
        line, col = self.source.position(start)
        end_line, end_col = self.source.position(end)
        excerpt = " ".join(excerpt.split())
        if len(excerpt) > EXCERPT_MAX:
            excerpt = excerpt[: EXCERPT_MAX - 1] + "…"
        return Finding(
            self.path, line, col, end_line, end_col, severity, family, rule, message, suggestion, excerpt, extra=dict(extra or {})
        )


def load_article(path: Path) -> Article:
    """Read, parse and map one draft. Raises InputError for anything unreadable."""
    return parse_article(read_source(path))


def parse_article(source: SourceText) -> Article:
    front_matter = split_front_matter(source)
    prose = extract_prose(source, front_matter.body_offset)
    # The title, summary, disclaimer and image texts are published: every check reads them.
    prose.units[:0] = front_matter_units(source, front_matter)
    return Article(source, front_matter, prose)
