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

from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.checks.grammar.select import Engine, GrammarOptions, build_engine
from pipeline.checks.grammar.text import EngineMatch, join_units
from pipeline.document.article import Article
from pipeline.document.prose import ProseUnit, UnitSpan
from pipeline.findings import Finding
from pipeline.knowledge.initialisms import Initialisms, load_initialisms
from pipeline.knowledge.medical_words import close_suggestions, is_system_medical_word
from pipeline.knowledge.rules import Rule, RuleSet, rule_type
from pipeline.run.context import CheckContext

MAX_REPLACEMENTS = 5
#: The engines' a/an rules: dropped where the initialisms table says the article is right.
A_AN_RULES = frozenset({"AnA", "EN_A_VS_AN"})
#: Words before a capital letter that is a label, not the article "a" ("type A insulin
#: resistance", "group A strep", "vitamin A"): the engines' a/an rules misread it.
LETTER_LABELS = frozenset(
    {"type", "group", "vitamin", "hepatitis", "item", "class", "grade", "stage", "category", "factor", "part", "plan", "phase", "step"}
)
#: Correct doubled words the engines flag as repetitions ("If you had had a reaction").
ALLOWED_DOUBLES = frozenset({"had had", "that that"})
#: How a writer adds a correct word (their team repository's word list).
ADD_WORD_HINT = "if it is spelled right, add it to dictionary.txt in your knowledge folder (see README)"


@dataclass
class RuleMap:
    """Engine rule names and categories -> our rule ids, built from the rule data."""

    by_name: dict[str, str]
    by_kind: dict[str, str]
    default: str | None
    #: The rule for spans left out of the engine's text (text.pathological_spans).
    skipped: str | None = None

    @classmethod
    def from_rules(cls, rules: RuleSet) -> RuleMap:
        by_name: dict[str, str] = {}
        by_kind: dict[str, str] = {}
        default = skipped = None
        for rule in rules.of_type("grammar"):
            opts: GrammarOptions = rule.options
            by_name.update({name: rule.id for name in [*opts.harper_rules, *opts.languagetool_rules]})
            by_kind.update({kind: rule.id for kind in [*opts.harper_kinds, *opts.languagetool_categories]})
            if opts.default:
                default = rule.id
            if opts.skipped:
                skipped = rule.id
        return cls(by_name, by_kind, default, skipped)

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
    initialisms: Initialisms = field(default_factory=Initialisms)


def _grammar(ctx: CheckContext) -> GrammarRun:
    """The engine and rule map, built once per process (the Harper linter, the LT server)."""
    return ctx.resource(
        "grammar",
        lambda: GrammarRun(build_engine(ctx.config, ctx.rules), RuleMap.from_rules(ctx.rules), load_initialisms(ctx.config.knowledge_dirs)),
    )


def engine_spans(article: Article, ctx: CheckContext) -> list[tuple[int, int]]:
    """Source offsets of the engine's grammar matches (not spelling) on the article, or
    none when every grammar rule is off: the patient-text pack adds only what these miss."""
    if not any(ctx.config.severity_for(r.id, r.family, r.severity) != "off" for r in ctx.rules.of_type("grammar")):
        return []
    return [item.unit.span(item.start, item.end) for item in locate_matches(article, _grammar(ctx)) if not item.match.spelling]


def locate_matches(article: Article, run: GrammarRun) -> list[Located]:
    """Every engine match in the article, mapped to a rule and a unit span (memoised)."""
    return article.memo("grammar", lambda: _locate(article, run))


def _locate(article: Article, run: GrammarRun) -> list[Located]:
    joined = join_units(article.prose_units)
    located: list[Located] = []
    vocabulary = run.engine.vocabulary
    if run.rule_map.skipped:
        for gap in joined.skipped:
            message = f"Not checked for grammar or spelling: {gap.reason} is not prose"
            located.append(Located(run.rule_map.skipped, gap.unit, gap.start, gap.end, EngineMatch(gap.start, gap.end, message, "", "")))
    for match in run.engine.check(joined.text) if joined.text else []:
        place = joined.locate(match.start, match.end)
        rule_id = run.rule_map.rule_for(match)
        if place is None or rule_id is None:
            continue
        unit, start, end = place
        if _next_to_removed_markup(unit, start, end):
            continue
        if match.engine_rule in A_AN_RULES and (
            _initialism_article_right(unit.text, start, run.initialisms) or _letter_label(unit.text, start)
        ):
            continue  # "an MRI", "a NASA study": said so, whatever the spelling suggests; "type A"
        if " ".join(unit.text[start:end].lower().split()) in ALLOWED_DOUBLES:
            continue
        if match.spelling:
            word = unit.text[start:end]
            if sum(ch.isalpha() for ch in word) <= 1:  # an initial ("B.", "S."), not a word
                continue
            if run.initialisms.lookup(word) or run.initialisms.article_for(unit.text[start:]) or is_system_medical_word(word):
                continue
            if vocabulary is not None and word in vocabulary:
                continue
            drug = vocabulary.closest_drug(word) if vocabulary is not None else None
            if drug and drug not in match.replacements:
                match.replacements.insert(0, drug)
            # Only a close guess (same first letter, two edits at most); else the word alone.
            match.replacements = close_suggestions(word, match.replacements)
            guess = f"; did you mean “{match.replacements[0]}”?" if match.replacements else ""
            match.message = f"“{word}” is not in the dictionary{guess} ({ADD_WORD_HINT})"
        located.append(Located(rule_id, unit, start, end, match))
    return located


def _initialism_article_right(text: str, start: int, table: Initialisms) -> bool:
    """Is the article at ``text[start:]`` ("an" of "an MRI"; LanguageTool's span also
    covers the next word) right by the initialisms table?"""
    rest = text[start:].lstrip()
    article = rest.split(None, 1)[0] if rest else ""
    return article.lower() in ("a", "an") and table.agrees(article, rest[len(article) :].lstrip())


def _letter_label(text: str, start: int) -> bool:
    """Is the "A" at ``text[start]`` a label ("type A", "group A", "vitamin A")?"""
    before = text[:start].split()
    return text[start : start + 2].rstrip() == "A" and bool(before) and before[-1].lower() in LETTER_LABELS


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


def _suggestion(match: EngineMatch, excerpt: str, rule: Rule[GrammarOptions]) -> str | None:
    """The engine's first replacement (what the excerpt should become), "Delete ..." for a
    removal, else the rule's advice."""
    if not match.replacements:
        return rule.suggestion
    first = match.replacements[0]
    return first if first else f"Delete “{excerpt}”"


@rule_type("grammar", GrammarOptions)
def check_grammar(article: Article, rule: Rule[GrammarOptions], ctx: CheckContext) -> Iterator[Finding]:
    run = _grammar(ctx)
    ctx.engines["grammar"] = run.engine.description
    for item in locate_matches(article, run):
        if item.rule_id != rule.id:
            continue
        match = item.match
        yield rule.finding(
            article,
            UnitSpan(item.unit, item.start, item.end),
            match.message,
            suggestion=_suggestion(match, item.unit.text[item.start : item.end], rule),
            engine=run.engine.name,
            engine_rule=match.engine_rule,
            engine_category=match.kind,
            replacements=match.replacements[:MAX_REPLACEMENTS],
        )
