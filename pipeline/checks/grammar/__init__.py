"""Grammar and spelling: rule type ``grammar``, run by Harper or LanguageTool.

The rules in checks/rules/grammar.yml (``grammar.spelling``, ``grammar.grammar``,
...) say, as data, which engine rules and categories they stand for
(``harper_rules``, ``harper_kinds``, ``languagetool_rules``,
``languagetool_categories``; one rule is the ``default`` for anything unmapped), so
rule ids stay the same whichever engine ran. The engine checks each article once
(all prose units joined, see :mod:`text`); every match is mapped back through the
shared source map to the draft's line:column.

Parity between the engines (issue 17): a grammar rule's ``reported_as`` lists engine
rules whose matches belong to another grammar rule, one the patient-text pack
(checks/rules/grammar-patient.yml) reports when the engine is silent
("IT_IS = grammar.its-it-is"; "ENGLISH_WORD_REPEAT_RULE across a line break =
grammar.repeated-word"). Such a match is reported under that rule's id, and the pack,
seeing the engine's match on those words, stays silent: one finding, under the same id
and at the same line:column whichever engine ran. Matches of one rule on overlapping
words of one unit are reported once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import cached_property

from pipeline import warm
from pipeline.checks.grammar.harper_engine import SANDBOX_CHARS, HarperEngine
from pipeline.checks.grammar.select import Engine, GrammarOptions, build_engine
from pipeline.checks.grammar.text import EngineMatch, JoinedText, join_units
from pipeline.document.article import Article
from pipeline.document.prose import ProseUnit, UnitSpan
from pipeline.errors import ConfigError
from pipeline.findings import Finding
from pipeline.knowledge.initialisms import Initialisms, load_initialisms
from pipeline.knowledge.medical_words import close_suggestions, in_word_list, respelling_spans, system_medical_words
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


_REPORTED_AS = re.compile(
    r"^\s*(?P<engine_rule>[A-Za-z][A-Za-z0-9_]*)(?P<line_break>\s+across a line break)?\s*=\s*(?P<rule>[a-z0-9-]+\.[a-z0-9.-]+)\s*$"
)


def parse_reported_as(entry: str) -> tuple[str, bool, str]:
    """("IT_IS", False, "grammar.its-it-is") from "IT_IS = grammar.its-it-is"; the flag
    is "across a line break". ValueError for anything else."""
    m = _REPORTED_AS.match(entry)
    if m is None:
        raise ValueError(f"option 'reported_as': {entry!r} is not 'ENGINE_RULE = rule.id' or 'ENGINE_RULE across a line break = rule.id'")
    return m["engine_rule"], bool(m["line_break"]), m["rule"]


@dataclass(frozen=True)
class GrammarRuleOptions(GrammarOptions):
    #: Engine rules reported under another grammar rule's id, the one the patient-text
    #: pack reports the same slip under: "IT_IS = grammar.its-it-is", or, for matches
    #: whose words are split by a line break in the draft, "ENGLISH_WORD_REPEAT_RULE
    #: across a line break = grammar.repeated-word".
    reported_as: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        for entry in self.reported_as:
            parse_reported_as(entry)


@dataclass
class RuleMap:
    """Engine rule names and categories -> our rule ids, built from the rule data."""

    by_name: dict[str, str]
    by_kind: dict[str, str]
    default: str | None
    #: The rule for spans left out of the engine's text (text.pathological_spans).
    skipped: str | None = None
    #: Engine rule -> the rule its matches are reported under (``reported_as``), and
    #: the same for matches across a line break only.
    reported_as: dict[str, str] = field(default_factory=dict)
    across_line_break: dict[str, str] = field(default_factory=dict)
    #: A rule of another type named by ``reported_as`` -> the grammar rule that reports
    #: its engine matches (the one that declared it).
    reporter: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_rules(cls, rules: RuleSet) -> RuleMap:
        by_name: dict[str, str] = {}
        by_kind: dict[str, str] = {}
        reported_as: dict[str, str] = {}
        across: dict[str, str] = {}
        reporter: dict[str, str] = {}
        default = skipped = None
        for rule in rules.of_type("grammar"):
            opts: GrammarOptions = rule.options
            by_name.update({name: rule.id for name in [*opts.harper_rules, *opts.languagetool_rules]})
            by_kind.update({kind: rule.id for kind in [*opts.harper_kinds, *opts.languagetool_categories]})
            if opts.default:
                default = rule.id
            if opts.skipped:
                skipped = rule.id
            for entry in getattr(opts, "reported_as", []):
                name, line_break, target = parse_reported_as(entry)
                other = rules.get(target)
                if other is None or other.family != rule.family:
                    raise ConfigError(f"rule '{rule.id}': reported_as names '{target}', which is not a {rule.family} rule ({rule.origin})")
                (across if line_break else reported_as)[name] = target
                if other.type != "grammar":
                    reporter.setdefault(target, rule.id)
        return cls(by_name, by_kind, default, skipped, reported_as, across, reporter)

    def rule_for(self, match: EngineMatch, across_line_break: bool = False) -> str | None:
        if across_line_break and match.engine_rule in self.across_line_break:
            return self.across_line_break[match.engine_rule]
        return (
            self.reported_as.get(match.engine_rule) or self.by_name.get(match.engine_rule) or self.by_kind.get(match.kind) or self.default
        )


@dataclass
class Located:
    rule_id: str
    unit: ProseUnit
    start: int
    end: int
    match: EngineMatch
    #: The grammar rule whose run reports it: ``rule_id``, or for a match reported as
    #: a pack rule, the grammar rule that declared ``reported_as``.
    reporter: str = ""

    def __post_init__(self) -> None:
        self.reporter = self.reporter or self.rule_id


@dataclass
class GrammarRun:
    engine: Engine
    rule_map: RuleMap
    initialisms: Initialisms = field(default_factory=Initialisms)

    @cached_property
    def medical_words(self) -> frozenset[str]:
        """The system medical word list's words (empty when it is not installed): unknown
        words found there are not misspellings. Read on the first unknown word, not with
        the engine: loading it (even from the knowledge cache) costs a fresh one-file check
        about 80 ms, and most drafts never ask."""
        return system_medical_words()


def _grammar(ctx: CheckContext) -> GrammarRun:
    """The engine, rule map and word lists, built once per process (the Harper linter, the LT server)."""
    return ctx.resource(
        "grammar",
        lambda: GrammarRun(build_engine(ctx.config, ctx.rules), RuleMap.from_rules(ctx.rules), load_initialisms(ctx.config.knowledge_dirs)),
    )


def engine_spans(article: Article, ctx: CheckContext) -> list[tuple[int, int]]:
    """Source offsets of the engine's grammar matches (not spelling) that a grammar rule
    turned on reports: the patient-text pack adds only what these miss."""
    on = {r.id for r in ctx.rules.of_type("grammar") if ctx.config.severity_for(r.id, r.family, r.severity) != "off"}
    if not on:
        return []
    return [
        item.unit.span(item.start, item.end)
        for item in locate_matches(article, _grammar(ctx))
        if not item.match.spelling and item.reporter in on
    ]


def locate_matches(article: Article, run: GrammarRun) -> list[Located]:
    """Every engine match in the article, mapped to a rule and a unit span (memoised)."""
    return article.memo("grammar", lambda: _locate(article, run))


#: Memo key of the engine's matches started ahead by :func:`prefetch`.
_PREFETCHED = "grammar-prefetched"


def _joined(article: Article) -> JoinedText:
    return article.memo("grammar-joined", lambda: join_units(article.prose_units))


def prefetch(article: Article, ctx: CheckContext) -> Future[list[EngineMatch]] | None:
    """Start Harper's lint of the article on Harper's thread (:func:`pipeline.warm.run`), to
    run while the other checks do (the grammar check then takes its matches from it):
    Harper lints without holding the interpreter lock, so a one-file check or the language
    server gets its answer sooner by about the shorter of the two. None (the grammar check
    lints itself) when the run checks many drafts (CheckContext.lint_ahead), when no grammar
    rule is on, with LanguageTool, or for prose long enough to be linted in a forked child."""
    if not ctx.lint_ahead or not any(
        rule.type == "grammar" and ctx.config.severity_for(rule.id, rule.family, rule.severity) != "off" for rule in ctx.rules
    ):
        return None
    engine = _grammar(ctx).engine
    text = _joined(article).text
    if not isinstance(engine, HarperEngine) or not text or len(text) > SANDBOX_CHARS:
        return None
    future = warm.run(lambda: engine.check(text))  # EngineFailed is raised where the matches are taken
    return article.memo(_PREFETCHED, lambda: future)


def _locate(article: Article, run: GrammarRun) -> list[Located]:
    joined = _joined(article)
    located: list[Located] = []
    vocabulary = run.engine.vocabulary
    not_words: dict[int, list[tuple[int, int]]] = {}
    if run.rule_map.skipped:
        for gap in joined.skipped:
            message = f"Not checked for grammar or spelling: {gap.reason}"
            located.append(Located(run.rule_map.skipped, gap.unit, gap.start, gap.end, EngineMatch(gap.start, gap.end, message, "", "")))
    pending: Future[list[EngineMatch]] | None = article.cache.get(_PREFETCHED)
    matches = pending.result() if pending is not None else run.engine.check(joined.text) if joined.text else []
    for match in matches:
        place = joined.locate(match.start, match.end)
        if place is None:
            continue
        unit, start, end = place
        if id(unit) not in not_words:
            not_words[id(unit)] = not_word_spans(unit.text)
        if any(s <= start and end <= e for s, e in not_words[id(unit)]):
            continue  # a syllable of a pronunciation guide, a part of a web address
        rule_id = run.rule_map.rule_for(match, _across_line_break(article, unit, start, end, run.rule_map))
        if rule_id is None:
            continue
        if _next_to_removed_markup(unit, start, end):
            continue
        if match.engine_rule in A_AN_RULES and (
            _initialism_article_right(unit.text, start, run.initialisms) or _letter_label(unit.text, start)
        ):
            continue  # "an MRI", "a NASA study": said so, whatever the spelling suggests; "type A"
        if " ".join(unit.text[start:end].lower().split()) in ALLOWED_DOUBLES:
            continue
        if match.spelling and match.engine_rule in run.rule_map.reported_as:
            match.spelling = False  # a rule's slip (LanguageTool files IT_IS under TYPOS), not an unknown word
        if match.spelling:
            word = unit.text[start:end]
            if sum(ch.isalpha() for ch in word) <= 1:  # an initial ("B.", "S."), not a word
                continue
            if run.initialisms.lookup(word) or run.initialisms.article_for(unit.text[start:]) or in_word_list(word, run.medical_words):
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
        located.append(Located(rule_id, unit, start, end, match, run.rule_map.reporter.get(rule_id, "")))
    return _once(located)


#: A web address written out in the prose ("www.nhlbi.nih.gov/health", "http://nnlm.gov/members/",
#: "choosemyplate.gov"), which is not words to check.
_WEB_ADDRESS = re.compile(
    r"\b(?:https?://|www\.)[^\s<>()\[\]]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|org|com|net|edu|int|uk|ca|au)(?:/[^\s<>()\[\]]*)?",
    re.IGNORECASE,
)


def not_word_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are not words: pronunciation respellings
    ("(THROM-bo-si-to-PE-ne-ah)") and web addresses written out."""
    return respelling_spans(text) + [m.span() for m in _WEB_ADDRESS.finditer(text)]


def _once(located: list[Located]) -> list[Located]:
    """Without a second match of the same rule on overlapping words of a unit (two
    engine rules, one project rule; a server sending a match twice): the one that starts
    first is kept."""
    dropped: set[int] = set()
    reach: dict[tuple[str, int], int] = {}
    for item in sorted(located, key=lambda i: (i.rule_id, id(i.unit), i.start, i.end)):
        key = (item.rule_id, id(item.unit))
        if item.start < reach.get(key, -1):
            dropped.add(id(item))
        reach[key] = max(reach.get(key, -1), item.end)
    return [item for item in located if id(item) not in dropped] if dropped else located


def _across_line_break(article: Article, unit: ProseUnit, start: int, end: int, rule_map: RuleMap) -> bool:
    """Are the matched words split by a line break in the draft (only asked when a
    ``reported_as`` entry depends on it)?"""
    if not rule_map.across_line_break:
        return False
    lo, hi = unit.span(start, end)
    return "\n" in article.source.text[lo:hi]


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


@rule_type("grammar", GrammarRuleOptions, uses_engine=True)
def check_grammar(article: Article, rule: Rule[GrammarOptions], ctx: CheckContext) -> Iterator[Finding]:
    run = _grammar(ctx)
    ctx.engines["grammar"] = run.engine.description
    for item in locate_matches(article, run):
        if item.reporter != rule.id:
            continue
        match = item.match
        # A match reported as a pack rule carries that rule's id, severity and advice.
        owner = rule if item.rule_id == rule.id else ctx.rules.get(item.rule_id) or rule
        yield owner.finding(
            article,
            UnitSpan(item.unit, item.start, item.end),
            match.message,
            suggestion=_suggestion(match, item.unit.text[item.start : item.end], owner),
            engine=run.engine.name,
            engine_rule=match.engine_rule,
            engine_category=match.kind,
            replacements=match.replacements[:MAX_REPLACEMENTS],
        )
