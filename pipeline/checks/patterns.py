"""Text-pattern rule types: `required-pattern` (some wording must be present, e.g. a
medical disclaimer) and `forbidden-pattern` (some wording must not be, e.g. sales
language or leftover web boilerplate). The patterns are data: regular expressions
in the rule's YAML, matched case-insensitively against prose units."""

from __future__ import annotations

import re
import string
from functools import lru_cache
from typing import Any, Iterator

from pipeline.document.article import Article
from pipeline.run.context import CheckContext
from pipeline.findings import Finding
from pipeline.document.prose import ProseUnit
from pipeline.knowledge.rules import Rule, rule_type

POSITIONS = ("anywhere", "start", "end")
DEFAULT_WINDOW = 3


@lru_cache(maxsize=None)
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Rule patterns are case-insensitive; compiled once per process."""
    return re.compile(pattern, re.IGNORECASE)


def validate_pattern_list(rule: Rule, key: str, required: bool = True) -> None:
    """Option ``key`` must be a list of valid regular expressions (non-empty if required)."""
    value = rule.options.get(key)
    if value is None and not required:
        return
    if not isinstance(value, list) or (required and not value):
        raise ValueError(f"option '{key}' must be a non-empty list of regular expressions")
    for index, pattern in enumerate(value):
        if not isinstance(pattern, str) or not pattern:
            raise ValueError(f"option '{key}' item {index + 1} must be a non-empty string")
        try:
            compile_pattern(pattern)
        except re.error as exc:
            raise ValueError(f"option '{key}' item {index + 1} is not a valid regular expression ({exc}): {pattern}") from None


def validate_message(rule: Rule, fields: set[str]) -> None:
    """A rule's message may only use the placeholders its type fills in."""
    try:
        used = {name for _, name, _, _ in string.Formatter().parse(rule.message) if name is not None}
    except ValueError as exc:
        raise ValueError(f"message is not a valid template ({exc})") from None
    unknown = sorted(used - fields)
    if unknown:
        allowed = ", ".join("{" + f + "}" for f in sorted(fields)) or "none"
        raise ValueError(f"message uses unknown placeholder {{{unknown[0]}}} (allowed: {allowed})")


def validate_unknown_options(rule: Rule, allowed: set[str]) -> None:
    unknown = sorted(set(rule.options) - allowed - {"examples_runnable", "example_drugs"})
    if unknown:
        raise ValueError(f"unknown option '{unknown[0]}' for type '{rule.type}' (allowed: {', '.join(sorted(allowed))})")


def family_setting(ctx: CheckContext, rule: Rule, key: str) -> Any:
    """``[tool.pipeline.<family>] key`` if the configuration has that section and sets it."""
    section = ctx.config.data.get(rule.family)
    return section.get(key) if isinstance(section, dict) else None


# -- required-pattern ----------------------------------------------------------------
def _validate_required(rule: Rule) -> None:
    validate_unknown_options(rule, {"patterns", "position", "window"})
    validate_pattern_list(rule, "patterns")
    if rule.options.get("position", "anywhere") not in POSITIONS:
        raise ValueError(f"option 'position' must be one of {', '.join(POSITIONS)}")
    window = rule.options.get("window", DEFAULT_WINDOW)
    if not isinstance(window, int) or isinstance(window, bool) or window < 1:
        raise ValueError("option 'window' must be a whole number of prose units, at least 1")
    validate_message(rule, {"position", "window"})


def _first_match(units: list[ProseUnit], patterns: list[re.Pattern[str]]) -> tuple[ProseUnit, re.Match[str]] | None:
    for unit in units:
        matches = [m for m in (pattern.search(unit.text) for pattern in patterns) if m]
        if matches:
            return unit, min(matches, key=lambda m: m.start())
    return None


@rule_type("required-pattern", _validate_required)
def check_required(article: Article, rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """One of ``patterns`` must match some prose unit; with ``position: start``/``end``
    it must be within the first/last ``window`` units. Missing: reported at the title."""
    patterns = [compile_pattern(p) for p in rule.options["patterns"]]
    position = family_setting(ctx, rule, "position") or rule.options.get("position", "anywhere")
    window = family_setting(ctx, rule, "window") or rule.options.get("window", DEFAULT_WINDOW)
    units = article.units
    allowed = units if position == "anywhere" else units[:window] if position == "start" else units[-window:]
    if _first_match(allowed, patterns):
        return
    kwargs = {"severity": rule.severity, "check": rule.family, "rule": rule.id, "suggestion": rule.suggestion}
    found = _first_match(units, patterns)
    if found:
        unit, match = found
        where = "first" if position == "start" else "last"
        yield article.finding_in_unit(
            unit,
            match.start(),
            match.end(),
            message=f"{rule.description.rstrip('.')}: found here, but it must be in the {where} {window} paragraphs of the article",
            **kwargs,
        )
        return
    message = rule.message.format(position=position, window=window) if rule.message else rule.description
    yield article.finding_for_article(message=message, **kwargs)


# -- forbidden-pattern ---------------------------------------------------------------
def _validate_forbidden(rule: Rule) -> None:
    validate_unknown_options(rule, {"patterns"})
    validate_pattern_list(rule, "patterns")
    validate_message(rule, {"match"})


@rule_type("forbidden-pattern", _validate_forbidden)
def check_forbidden(article: Article, rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """Every match of any of ``patterns`` in any prose unit (headings included) is a finding
    at the match; overlapping matches of several patterns are reported once."""
    patterns = [compile_pattern(p) for p in rule.options["patterns"]]
    for unit in article.units:
        spans: list[tuple[int, int]] = []
        for pattern in patterns:
            for match in pattern.finditer(unit.text):
                if match.end() > match.start() and not any(s < match.end() and match.start() < e for s, e in spans):
                    spans.append((match.start(), match.end()))
        for start, end in sorted(spans):
            text = unit.text[start:end].strip()
            message = rule.message.format(match=text) if rule.message else f"{rule.description.rstrip('.')}: \"{text}\""
            yield article.finding_in_unit(
                unit, start, end, severity=rule.severity, check=rule.family, rule=rule.id, message=message, suggestion=rule.suggestion
            )
