"""Text-pattern rule types: `required-pattern` (some wording must be present, e.g. a
medical disclaimer) and `forbidden-pattern` (some wording must not be, e.g. sales
language or leftover web boilerplate). The patterns are data: regular expressions
in the rule's YAML, matched case-insensitively against prose units."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pipeline.document.article import WHOLE_ARTICLE, Article
from pipeline.document.prose import ProseUnit, UnitSpan
from pipeline.findings import Finding
from pipeline.knowledge.literals import folded, required_literals
from pipeline.knowledge.options import Min, Patterns
from pipeline.knowledge.rules import Rule, rule_type
from pipeline.run.context import CheckContext

try:  # Python 3.11+: the parser moved to re._parser
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants
    import sre_parse


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


def _first_match(units: list[ProseUnit], patterns: Patterns, article: Article) -> tuple[ProseUnit, re.Match[str]] | None:
    """The first of ``units`` (units of ``article``) that a pattern matches, and its earliest match."""
    live = [(pattern, needle_units(article, pattern)) for pattern in patterns if not _absent(article, pattern)]
    if not live:
        return None
    for unit in units:
        matches = [m for m in (p.search(unit.text) for p, holders in live if holders is None or id(unit) in holders) if m]
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
    if _first_match(allowed, opts.patterns, article):
        return
    found = None if position == "anywhere" else _first_match(units, opts.patterns, article)  # "anywhere": just searched
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


#: Joins an article's unit texts for :func:`_absent`: a character that is not a word
#: character, so ``\b`` and ``\B`` read it as they read the start or end of a text.
_JOIN = "\x00"
_CONTEXT_FREE_CACHE: dict[re.Pattern[str], bool] = {}


def _context_free(pattern: re.Pattern[str]) -> bool:
    r"""Does whether ``pattern`` matches at a position depend only on the text from there
    on, up to where the match ends? True unless it has anchors other than ``\b``/``\B``,
    lookarounds, back-references or atomic/possessive parts (unknown parts: not free)."""
    known = _CONTEXT_FREE_CACHE.get(pattern)
    if known is None:
        try:
            parsed = sre_parse.parse(pattern.pattern, pattern.flags)
            known = _free(parsed)
        except Exception:  # a construct this check does not know: take the slow, exact way
            known = False
        _CONTEXT_FREE_CACHE[pattern] = known
    return known


def _free(parsed: Any) -> bool:
    boundaries = (sre_constants.AT_BOUNDARY, sre_constants.AT_NON_BOUNDARY)
    simple = {sre_constants.LITERAL, sre_constants.NOT_LITERAL, sre_constants.ANY, sre_constants.IN, sre_constants.CATEGORY}
    for op, arg in parsed:
        if op in simple:
            continue
        if op is sre_constants.AT:
            if arg not in boundaries:
                return False
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            if not _free(arg[2]):
                return False
        elif op is sre_constants.SUBPATTERN:
            if not _free(arg[-1]):
                return False
        elif op is sre_constants.BRANCH:
            if not all(_free(branch) for branch in arg[1]):
                return False
        else:  # lookarounds, back-references, conditionals, atomic groups, possessive repeats
            return False
    return True


def _absent(article: Article, pattern: re.Pattern[str]) -> bool:
    r"""Certainly no match in any unit of the article: no unit holds any of the
    pattern's needles (:func:`needle_units`), or the pattern has none, is context-free
    and does not match the units' texts joined by _JOIN (a match inside a unit would
    match there: the text after it only grows, and ``\b`` reads _JOIN as a text's
    edge). A pattern with needles some unit has is not searched here: the callers
    search only the units that hold them, which is less than the whole."""
    units = needle_units(article, pattern)
    if units is not None:
        return not units
    if not _context_free(pattern):
        return False
    return pattern.search(_joined(article)) is None


def _joined(article: Article) -> str:
    joined: str = article.memo("units-joined-nul", lambda: _JOIN.join(unit.text for unit in article.units))
    return joined


def needle_units(article: Article, pattern: re.Pattern[str]) -> frozenset[int] | None:
    """The units of the article (by id) that hold one of the pattern's needles (no other
    unit can match it), or None when that cannot be told (no needles, or a character
    :func:`~pipeline.knowledge.literals.folded` refuses). Memoised per article and
    pattern (by id: hashing a pattern hashes its whole compiled program)."""
    memo: dict[int, tuple[re.Pattern[str], frozenset[int] | None]] = article.memo("needle-units", dict)
    known = memo.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    found = needles(pattern)
    lowered = article.memo("units-joined-lower", lambda: folded(_joined(article)))
    result: frozenset[int] | None = None
    if found is not None and lowered is not None:
        # folded keeps the length, so offsets are the joined text's.
        by_needle: dict[str, frozenset[int]] = article.memo("needle-unit-sets", dict)
        hits: set[int] = set()
        for needle in found:
            holders = by_needle.get(needle)
            if holders is None:
                holders = by_needle[needle] = _holders(article, lowered, needle)
            hits |= holders
        result = frozenset(hits)
    memo[id(pattern)] = (pattern, result)
    return result


def _holders(article: Article, lowered: str, needle: str) -> frozenset[int]:
    """The units (by id) whose text holds ``needle``, found in the lowered joined text."""
    starts: list[int] = article.memo("units-joined-starts", lambda: _unit_starts(article))
    units = article.units
    hits = set()
    pos = lowered.find(needle)
    while pos != -1:
        index = bisect_right(starts, pos) - 1
        hits.add(id(units[index]))
        # The rest of this unit need not be searched.
        pos = lowered.find(needle, starts[index + 1]) if index + 1 < len(starts) else -1
    return frozenset(hits)


def _unit_starts(article: Article) -> list[int]:
    starts, offset = [], 0
    for unit in article.units:
        starts.append(offset)
        offset += len(unit.text) + len(_JOIN)
    return starts


#: Pattern id -> the pattern and its needles (by id: hashing a pattern hashes its program).
_NEEDLES_CACHE: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The pattern's :func:`~pipeline.knowledge.literals.required_literals` (memoised per
    pattern; None for a verbose pattern, whose source is not read literally)."""
    known = _NEEDLES_CACHE.get(id(pattern))
    if known is None or known[0] is not pattern:
        found = None if pattern.flags & re.VERBOSE else required_literals(pattern.pattern)
        known = _NEEDLES_CACHE[id(pattern)] = (pattern, tuple(found) if found else None)
    return known[1]


def may_match(pattern: re.Pattern[str], lowered: str) -> bool:
    """False if ``pattern`` certainly matches nowhere in the text ``lowered`` is
    :func:`~pipeline.knowledge.literals.folded` from: it holds none of the needles."""
    found = needles(pattern)
    return found is None or any(map(lowered.__contains__, found))


@rule_type("forbidden-pattern", ForbiddenPattern, placeholders=("match",))
def check_forbidden(article: Article, rule: Rule[ForbiddenPattern], ctx: CheckContext) -> Iterator[Finding]:
    """Every match of any of ``patterns`` in any prose unit (headings included) is a finding
    at the match; overlapping matches of several patterns are reported once."""
    patterns = [(pattern, needle_units(article, pattern)) for pattern in rule.options.patterns if not _absent(article, pattern)]
    if not patterns:
        return
    for unit in article.units:
        spans: list[tuple[int, int]] = []
        for pattern, holders in patterns:
            if holders is not None and id(unit) not in holders:
                continue  # the unit has none of the pattern's needles
            for match in pattern.finditer(unit.text):
                if match.end() > match.start() and not any(s < match.end() and match.start() < e for s, e in spans):
                    spans.append((match.start(), match.end()))
        for start, end in sorted(spans):
            text = unit.text[start:end].strip()
            message = rule.format_message(f'{rule.description.rstrip(".")}: "{text}"', match=text)
            yield rule.finding(article, UnitSpan(unit, start, end), message)
