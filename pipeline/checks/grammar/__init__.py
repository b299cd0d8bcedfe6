"""Grammar and spelling: rule type ``grammar``, run by Harper or LanguageTool.

The rules in checks/rules/grammar.yml (``grammar.spelling``, ``grammar.grammar``,
...) say, as data, which engine rules and categories they stand for
(``harper_rules``, ``harper_kinds``, ``languagetool_rules``,
``languagetool_categories``; one rule is the ``default`` for anything unmapped), so
rule ids stay the same whichever engine ran. The engine checks each article once
(all prose units joined, see :mod:`text`); every match is mapped back through the
shared source map to the draft's line:column.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from pipeline.document.article import Article
from pipeline.checks.grammar.select import Engine, build_engine
from pipeline.checks.grammar.text import EngineMatch, join_units
from pipeline.run.context import CheckContext
from pipeline.findings import Finding
from pipeline.document.prose import ProseUnit
from pipeline.knowledge.rules import Rule, RuleSet, rule_type

_LIST_OPTIONS = ("harper_rules", "harper_kinds", "harper_off", "languagetool_rules", "languagetool_categories", "languagetool_off")
MAX_REPLACEMENTS = 5


def _validate(rule: Rule) -> None:
    for key in _LIST_OPTIONS:
        value = rule.options.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ValueError(f"option '{key}' must be a list of names")
    if not isinstance(rule.options.get("default", False), bool):
        raise ValueError("option 'default' must be true or false")
    unknown = set(rule.options) - set(_LIST_OPTIONS) - {"default"}
    if unknown:
        raise ValueError(f"unknown option(s) {', '.join(sorted(unknown))} (known: {', '.join(_LIST_OPTIONS)}, default)")


@dataclass
class RuleMap:
    """Engine rule names and categories -> our rule ids, built from the rule data."""

    by_name: dict[str, str]
    by_kind: dict[str, str]
    default: str | None

    @classmethod
    def from_rules(cls, rules: RuleSet) -> "RuleMap":
        by_name: dict[str, str] = {}
        by_kind: dict[str, str] = {}
        default = None
        for rule in rules:
            if rule.type != "grammar":
                continue
            for key in ("harper_rules", "languagetool_rules"):
                by_name.update({name: rule.id for name in rule.options.get(key, [])})
            for key in ("harper_kinds", "languagetool_categories"):
                by_kind.update({kind: rule.id for kind in rule.options.get(key, [])})
            if rule.options.get("default"):
                default = rule.id
        return cls(by_name, by_kind, default)

    def rule_for(self, match: EngineMatch) -> str | None:
        return self.by_name.get(match.engine_rule) or self.by_kind.get(match.kind) or self.default


@dataclass
class Located:
    rule_id: str
    unit: ProseUnit
    start: int
    end: int
    match: EngineMatch


@dataclass
class GrammarRun:
    engine: Engine
    rule_map: RuleMap


def _grammar(ctx: CheckContext) -> GrammarRun:
    """The engine and rule map, built once per process (the Harper linter, the LT server)."""
    return ctx.resource("grammar", lambda: GrammarRun(build_engine(ctx.config, ctx.rules), RuleMap.from_rules(ctx.rules)))


def locate_matches(article: Article, run: GrammarRun) -> list[Located]:
    """Every engine match in the article, mapped to a rule and a unit span (memoised)."""
    cached = article.cache.get("grammar")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    joined = join_units(article.units)
    located: list[Located] = []
    vocabulary = run.engine.vocabulary
    for match in run.engine.check(joined.text) if joined.text else []:
        place = joined.locate(match.start, match.end)
        rule_id = run.rule_map.rule_for(match)
        if place is None or rule_id is None:
            continue
        unit, start, end = place
        if _next_to_removed_markup(unit, start, end):
            continue
        if match.spelling:
            word = unit.text[start:end]
            if sum(ch.isalpha() for ch in word) <= 1:  # an initial ("B.", "S."), not a word
                continue
        if match.spelling and vocabulary is not None:
            if word in vocabulary:
                continue
            drug = vocabulary.closest_drug(word)
            if drug and drug not in match.replacements:
                match.replacements.insert(0, drug)
        located.append(Located(rule_id, unit, start, end, match))
    article.cache["grammar"] = located
    return located


def _next_to_removed_markup(unit: ProseUnit, start: int, end: int) -> bool:
    """A spacing or punctuation match beside a gap in the source map: the space the
    engine sees before "." is where inline code or a URL was taken out, not a slip.
    Units are stripped, so white space at a unit's edge is such a place too."""
    text = unit.text[start:end]
    if any(ch.isalnum() for ch in text):
        return False
    if not text.strip() and (start == 0 or end >= len(unit.text)):
        return True
    lo, hi = max(start - 1, 0), min(end + 1, len(unit.offsets))
    return any(unit.offsets[i + 1] - unit.offsets[i] > 1 for i in range(lo, hi - 1))


def _suggestion(match: EngineMatch, excerpt: str, rule: Rule) -> str | None:
    """The engine's first replacement (what the excerpt should become), "Delete ..." for a
    removal, else the rule's advice."""
    if not match.replacements:
        return rule.suggestion
    first = match.replacements[0]
    return first if first else f"Delete “{excerpt}”"


@rule_type("grammar", _validate)
def check_grammar(article: Article, rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    run = _grammar(ctx)
    ctx.engines["grammar"] = run.engine.description
    for item in locate_matches(article, run):
        if item.rule_id != rule.id:
            continue
        match = item.match
        finding = article.finding_in_unit(
            item.unit,
            item.start,
            item.end,
            severity=rule.severity,
            check=rule.family,
            rule=rule.id,
            message=match.message,
            suggestion=_suggestion(match, item.unit.text[item.start:item.end], rule),
        )
        finding.extra = {
            "engine": run.engine.name,
            "engine_rule": match.engine_rule,
            "engine_category": match.kind,
            "replacements": match.replacements[:MAX_REPLACEMENTS],
        }
        yield finding
