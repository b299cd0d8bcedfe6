"""Text-pattern rule types: `required-pattern` (some wording must be present, e.g. a
medical disclaimer) and `forbidden-pattern` (some wording must not be, e.g. sales
language or leftover web boilerplate). The patterns are data: regular expressions
in the rule's YAML, matched case-insensitively against prose units."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pipeline.document.article import WHOLE_ARTICLE, Article
from pipeline.document.prose import ProseUnit, UnitSpan
from pipeline.findings import Finding
from pipeline.knowledge.options import Min, Patterns
from pipeline.knowledge.rules import Rule, rule_type
from pipeline.run.context import CheckContext


def family_setting(ctx: CheckContext, rule: Rule[Any], key: str) -> Any:
    """``[tool.pipeline.<family>] key`` if the configuration has that section and sets it."""
    section = ctx.config.data.get(rule.family)
    return section.get(key) if isinstance(section, dict) else None


# -- required-pattern ----------------------------------------------------------------
@dataclass(frozen=True)
class RequiredPattern:
    patterns: Patterns
    #: Where the wording must be: anywhere, or within the first / last ``window`` prose units.
    position: Literal["anywhere", "start", "end"] = "anywhere"
    window: Annotated[int, Min(1)] = 3


def _first_match(units: list[ProseUnit], patterns: Patterns) -> tuple[ProseUnit, re.Match[str]] | None:
    for unit in units:
        matches = [m for m in (pattern.search(unit.text) for pattern in patterns) if m]
        if matches:
            return unit, min(matches, key=lambda m: m.start())
    return None


@rule_type("required-pattern", RequiredPattern, placeholders=("position", "window"))
def check_required(article: Article, rule: Rule[RequiredPattern], ctx: CheckContext) -> Iterator[Finding]:
    """One of ``patterns`` must match some prose unit; with ``position: start``/``end``
    it must be within the first/last ``window`` units. Missing: reported at the title."""
    opts = rule.options
    position = family_setting(ctx, rule, "position") or opts.position
    window = family_setting(ctx, rule, "window") or opts.window
    units = article.units
    allowed = units if position == "anywhere" else units[:window] if position == "start" else units[-window:]
    if _first_match(allowed, opts.patterns):
        return
    found = _first_match(units, opts.patterns)
    if found:
        unit, match = found
        where = "first" if position == "start" else "last"
        yield rule.finding(
            article,
            UnitSpan(unit, match.start(), match.end()),
            f"{rule.description.rstrip('.')}: found here, but it must be in the {where} {window} paragraphs of the article",
        )
        return
    yield rule.finding(article, WHOLE_ARTICLE, rule.format_message(rule.description, position=position, window=window))


# -- forbidden-pattern ---------------------------------------------------------------
@dataclass(frozen=True)
class ForbiddenPattern:
    patterns: Patterns


@rule_type("forbidden-pattern", ForbiddenPattern, placeholders=("match",))
def check_forbidden(article: Article, rule: Rule[ForbiddenPattern], ctx: CheckContext) -> Iterator[Finding]:
    """Every match of any of ``patterns`` in any prose unit (headings included) is a finding
    at the match; overlapping matches of several patterns are reported once."""
    for unit in article.units:
        spans: list[tuple[int, int]] = []
        for pattern in rule.options.patterns:
            for match in pattern.finditer(unit.text):
                if match.end() > match.start() and not any(s < match.end() and match.start() < e for s, e in spans):
                    spans.append((match.start(), match.end()))
        for start, end in sorted(spans):
            text = unit.text[start:end].strip()
            message = rule.format_message(f'{rule.description.rstrip(".")}: "{text}"', match=text)
            yield rule.finding(article, UnitSpan(unit, start, end), message)
