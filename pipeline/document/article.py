"""An article: the draft read from disk, its front matter and its prose with the source map.

This is the one object every check receives; it also makes Findings, so that
positions and excerpts are computed the same way for every check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pipeline.findings import Finding, Severity
from pipeline.document.frontmatter import FrontMatter, split_front_matter
from pipeline.document.prose import ProseDocument, ProseUnit, extract_prose
from pipeline.document.sentences import Sentence, split_sentences
from pipeline.document.source import SourceText, read_source

EXCERPT_MAX = 120


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
        return self.source.text[self.front_matter.body_offset:]

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
    def word_count(self) -> int:
        return sum(len(s.words()) for s in self.sentences)

    # -- making findings -----------------------------------------------------
    def finding_at_offsets(
        self,
        start: int,
        end: int,
        *,
        severity: Severity | str,
        check: str,
        rule: str,
        message: str,
        suggestion: str | None = None,
        excerpt: str | None = None,
    ) -> Finding:
        """A finding for source offsets [start, end) of the normalised text."""
        end = max(end, start + 1)
        line, col = self.source.position(start)
        end_line, end_col = self.source.position(end)
        if excerpt is None:
            excerpt = self.source.text[start:end]
        excerpt = " ".join(excerpt.split())
        if len(excerpt) > EXCERPT_MAX:
            excerpt = excerpt[: EXCERPT_MAX - 1] + "…"
        return Finding(self.path, line, col, end_line, end_col, Severity(severity), check, rule, message, suggestion, excerpt)

    def finding_in_unit(self, unit: ProseUnit, start: int, end: int, **kwargs: Any) -> Finding:
        """A finding for unit.text[start:end]; the excerpt is the prose text itself."""
        s, e = unit.span(start, end)
        kwargs.setdefault("excerpt", unit.text[start:end])
        return self.finding_at_offsets(s, e, **kwargs)

    def finding_for_sentence(self, sentence: Sentence, **kwargs: Any) -> Finding:
        return self.finding_in_unit(sentence.unit, sentence.start, sentence.end, **kwargs)

    def finding_for_article(self, *, key: str | None = None, **kwargs: Any) -> Finding:
        """A finding about the article as a whole: at a front-matter key if given and
        present, else at the title (first heading), else at line 1."""
        line = self.front_matter.line_of(key) if key else None
        if line:
            start = self.source.line_starts[line - 1]
            return self.finding_at_offsets(start, start + len(self.source.line_text(line)), **kwargs)
        for unit in self.units:
            if unit.kind == "heading":
                return self.finding_in_unit(unit, 0, len(unit.text), **kwargs)
        first = self.source.line_text(1)
        return self.finding_at_offsets(0, max(1, len(first)), **kwargs)


def load_article(path: Path) -> Article:
    """Read, parse and map one draft. Raises InputError for anything unreadable."""
    return parse_article(read_source(path))


def parse_article(source: SourceText) -> Article:
    front_matter = split_front_matter(source)
    prose = extract_prose(source, front_matter.body_offset)
    return Article(source, front_matter, prose)
