"""The patient-text grammar pack (checks/rules/grammar-patient.yml): slips that
leaflets, pharmacy blogs and careless sites make and the engines miss. Three small
rule types, all data-driven:

- ``confused-words``: a confusable word in a context where it is wrong ("Its best
  to", "your taking", "loose weight", "less tablets"). Each pattern marks the
  wrong words as its group ``wrong`` (or the whole match); ``correction`` is what
  they become (backreferences allowed), and it is the finding's suggestion.
- ``subject-verb-agreement``: a singular subject (a drug or brand name from the
  drug names index, or one of ``patterns``: "this medicine", "each tablet") at the
  start of a clause, followed by a verb from ``verbs`` in its plural form
  ("Metoprolol help", "Each tablet contain"). The suggestion is the verb's third
  person singular ("helps"; irregular ones are written ``have=has``).
- ``repeated-word``: the same word twice in a row, also across a line break
  ("take\\ntake"), apart from ``allow`` ("had had"); on one line only while the
  user has not turned the engine's repetition rule off (``engine_rules``).

The pack reads sentences (:attr:`Article.prose_sentences`, headings excluded:
title case is not a sentence) and, for repeated words, whole prose units. It adds
what the grammar engine misses: where the engine already reported the same words
(any grammar match but a spelling one), the pack stays silent, so a slip is
reported once. Slips the engines catch reliably ("alot", "could of", "can effect
your") have no rules here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import TYPE_CHECKING, Any

from pipeline.checks.patterns import _context_free, live_patterns, may_match, pattern_index, sentence_folded, sentence_possible, units_live
from pipeline.concepts.drugs import analyse
from pipeline.document.article import Article
from pipeline.document.prose import ProseUnit, UnitSpan
from pipeline.findings import Finding
from pipeline.knowledge.options import Patterns
from pipeline.knowledge.rules import Rule, rule_type
from pipeline.run.context import CheckContext

if TYPE_CHECKING:
    from pipeline.document.sentences import Sentence

#: Unit kinds whose text is not written as sentences.
_NOT_SENTENCES = frozenset({"heading"})


@dataclass(frozen=True)
class Hit:
    """One slip: where, what the words should become, and the message."""

    span: UnitSpan
    fix: str
    message: str


def _match_case(fix: str, wrong: str) -> str:
    """``fix`` capitalised like ``wrong`` ("Its" -> "It's", "Alot" -> "A lot")."""
    if wrong[:1].isupper() and not fix[:1].isupper():
        return fix[:1].upper() + fix[1:]
    return fix


def _sentences(article: Article) -> Iterator[Sentence]:
    for sentence in article.prose_sentences:
        if sentence.unit.kind not in _NOT_SENTENCES:
            yield sentence


def _report(article: Article, rule: Rule[Any], ctx: CheckContext) -> Iterator[Finding]:
    """The rule's hits that no engine match covers, as findings with the fix suggested."""
    from pipeline.checks.grammar import engine_spans  # the grammar package imports the rule registry too

    hits = list(_FINDERS[rule.type](article, rule, ctx))
    covered = engine_spans(article, ctx) if hits else []
    for hit in hits:
        start, end = hit.span.unit.span(hit.span.start, hit.span.end)
        if any(s < end and start < e for s, e in covered):
            continue
        yield rule.finding(article, hit.span, rule.format_message(hit.message, match=hit.span.text, correction=hit.fix), suggestion=hit.fix)


# -- confused-words --------------------------------------------------------------------
@dataclass(frozen=True)
class ConfusedWords:
    #: Contexts where the word is wrong; the group ``wrong`` (else the whole match) is the slip.
    patterns: Patterns
    #: What the wrong words become: "it's", "\\g<modal> have" (capitalised like the text).
    correction: str = ""
    #: Sentences matching any of these are left alone.
    unless: Patterns | None = None

    def __post_init__(self) -> None:
        if not self.correction:
            raise ValueError("option 'correction' (text) is required for rule type 'confused-words'")


def _unit_sentences(article: Article) -> list[tuple[ProseUnit, list[Sentence]]]:
    """The sentences :func:`_sentences` yields, by unit; once per article."""

    def build() -> list[tuple[ProseUnit, list[Sentence]]]:
        groups = []
        for _, group in groupby(_sentences(article), key=lambda s: id(s.unit)):
            sentences = list(group)
            groups.append((sentences[0].unit, sentences))
        return groups

    return article.memo("patient-grammar-unit-sentences", build)


def _find_confused(article: Article, rule: Rule[ConfusedWords], ctx: CheckContext) -> Iterator[Hit]:
    opts = rule.options
    # Patterns that cannot match the article are left out (the forbidden-pattern
    # pre-check), then per unit those whose needles it lacks; order is kept (the first
    # pattern's match wins an overlap).
    patterns = live_patterns(article, opts.patterns)
    if not patterns:
        return
    index = pattern_index(opts, lambda: list(opts.patterns))
    unless = live_patterns(article, opts.unless or ())
    groups = _unit_sentences(article)
    if all(units is not None for _, units in patterns):
        # Only the units holding some pattern's needles, in text order.
        where: dict[int, int] = article.memo("patient-grammar-unit-index", lambda: {id(unit): i for i, (unit, _) in enumerate(groups)})
        holders = set().union(*(units or () for _, units in patterns))
        groups = [groups[i] for i in sorted(where[key] for key in holders if key in where)]
    live_at = units_live(units for _, units in patterns)
    for unit, sentences in groups:
        key = id(unit)
        live = [patterns[i][0] for i in live_at(unit)]
        if not live:
            continue
        # A context-free pattern that misses the unit misses each of its sentences.
        unit_unless = [p for p, units in unless if (units is None or key in units) and (not _context_free(p) or p.search(unit.text))]
        for sentence in sentences:
            text = sentence.text
            # A pattern cannot match a sentence that lacks all its needles (matches are within the sentence).
            # (a unit's only sentence holds what the unit holds)
            lowered = sentence_folded(article, sentence) if len(sentences) > 1 else None
            possible = sentence_possible(article, lowered, index) if lowered is not None else None
            candidates = live if possible is None else [p for p in live if id(p) in possible]
            if not candidates or (unit_unless and any(p.search(text) for p in unit_unless)):
                continue
            seen: list[tuple[int, int]] = []
            for pattern in candidates:
                for m in pattern.finditer(text):
                    group = "wrong" if "wrong" in pattern.groupindex else 0
                    start, end = m.span(group)
                    if end <= start or any(s < end and start < e for s, e in seen):
                        continue
                    seen.append((start, end))
                    wrong = m.group(group)
                    fix = _match_case(m.expand(opts.correction), wrong)
                    span = UnitSpan(sentence.unit, sentence.start + start, sentence.start + end)
                    yield Hit(span, fix, f"{rule.description.rstrip('.')}: “{wrong}” should be “{fix}”")


@rule_type("confused-words", ConfusedWords, placeholders=("match", "correction"), uses_engine=True)
def check_confused(article: Article, rule: Rule[ConfusedWords], ctx: CheckContext) -> Iterator[Finding]:
    """Every context pattern match is a finding at the wrong words, the fix suggested."""
    return _report(article, rule, ctx)


# -- subject-verb-agreement ------------------------------------------------------------
@dataclass(frozen=True)
class SubjectVerbAgreement:
    #: Singular subjects besides drug names: "this medicine", "each tablet".
    patterns: Patterns
    #: A drug or brand name (the drug names index) is a singular subject too.
    drug_names: bool = True
    #: Verbs checked, in the plural form; "have=has" gives an irregular singular.
    verbs: list[str] = field(default_factory=list)
    #: Words allowed between subject and verb ("usually", "also").
    adverbs: list[str] = field(default_factory=list)
    #: What may come right before the subject in its sentence (each matched against
    #: the text before it, anchored at its end): the sentence start, a comma, "because".
    clause_starts: Patterns | None = None


def third_person(verb: str) -> str:
    """helps, reduces, relieves, does, goes, carries, contains."""
    lower = verb.lower()
    if lower.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _verb_table(verbs: list[str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for entry in verbs:
        plural, _, singular = entry.partition("=")
        table[plural.strip().lower()] = singular.strip() or third_person(plural.strip())
    return table


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _find_agreement(article: Article, rule: Rule[SubjectVerbAgreement], ctx: CheckContext) -> Iterator[Hit]:
    opts = rule.options
    verbs = _verb_table(opts.verbs)
    adverbs = {a.lower() for a in opts.adverbs}
    analysis = analyse(article, ctx) if opts.drug_names else None
    starts = opts.clause_starts or Patterns([r"^\W*$"])
    for sentence in _sentences(article):
        text = sentence.text
        lowered = sentence_folded(article, sentence)
        subjects = [(m.start(), m.end()) for p in opts.patterns if lowered is None or may_match(p, lowered) for m in p.finditer(text)]
        if analysis is not None:  # the drugs the article names in the sentence
            start, end = sentence.start, sentence.end
            subjects += [(m.start - start, m.end - start) for m in analysis.in_unit(sentence.unit) if start <= m.start and m.end <= end]
        for s_start, s_end in sorted(set(subjects)):
            before = text[:s_start]
            if not any(p.search(before) for p in starts):
                continue
            pos = s_end
            while True:
                token = _TOKEN.match(text, pos + 1) if text[pos : pos + 1].isspace() else None
                if token is None:
                    break
                word = token.group().lower().replace("’", "'")
                if word in adverbs:
                    pos = token.end()
                    continue
                after = text[token.end() : token.end() + 1]
                if word in verbs and after != "-":
                    fix = _match_case(verbs[word], token.group())
                    subject = text[s_start:s_end]
                    span = UnitSpan(sentence.unit, sentence.start + token.start(), sentence.start + token.end())
                    yield Hit(span, fix, f"“{subject}” is singular: “{fix}”, not “{token.group()}”")
                break


@rule_type("subject-verb-agreement", SubjectVerbAgreement, placeholders=("match", "correction"), uses_engine=True)
def check_agreement(article: Article, rule: Rule[SubjectVerbAgreement], ctx: CheckContext) -> Iterator[Finding]:
    """A singular subject at a clause start followed by a plural verb: a finding at the verb."""
    return _report(article, rule, ctx)


# -- repeated-word ---------------------------------------------------------------------
@dataclass(frozen=True)
class RepeatedWord:
    #: Words that may correctly appear twice ("had had", "that that").
    allow: list[str] = field(default_factory=list)
    #: Only repeats split by a line break ("take↵take"): the engines' repetition rules
    #: report the others (and a user who turns those off is not overruled).
    line_breaks_only: bool = False
    #: The engines' repetition rules: when the user turns one off
    #: (grammar.harper_disabled_rules, grammar.languagetool_disabled_rules), repeats on
    #: one line are not reported either; the user is not overruled.
    engine_rules: list[str] = field(default_factory=list)


_REPEATED = re.compile(r"\b([A-Za-z]+)(\s+)(\1)\b", re.IGNORECASE)


def _user_turned_off(ctx: CheckContext, engine_rules: list[str]) -> bool:
    off = {*ctx.config.get("grammar.harper_disabled_rules"), *ctx.config.get("grammar.languagetool_disabled_rules")}
    return any(name in off for name in engine_rules)


def _find_repeated(article: Article, rule: Rule[RepeatedWord], ctx: CheckContext) -> Iterator[Hit]:
    allow = {w.lower() for w in rule.options.allow}
    line_breaks_only = rule.options.line_breaks_only or _user_turned_off(ctx, rule.options.engine_rules)
    for unit in article.prose_units:
        if unit.kind in _NOT_SENTENCES:
            continue
        for m in _REPEATED.finditer(unit.text):
            first, second = m.group(1), m.group(3)
            # "Loa loa", "Walla Walla": names, not slips; "The the" is a slip.
            if first.lower() in allow or not second.islower():
                continue
            # Prose text joins soft-wrapped lines with a space: the source tells.
            source = article.source.text
            broken = any("\n" in source[unit.offsets[i] : unit.offsets[i] + 1] for i in range(m.start(2), m.end(2)))
            if line_breaks_only and not broken:
                continue
            where = "across a line break" if broken else "twice"
            yield Hit(UnitSpan(unit, m.start(), m.end()), first, f"“{second}” is written {where}")


@rule_type("repeated-word", RepeatedWord, placeholders=("match", "correction"), uses_engine=True)
def check_repeated(article: Article, rule: Rule[RepeatedWord], ctx: CheckContext) -> Iterator[Finding]:
    """The same word twice in a row (also across a line break): a finding at both."""
    return _report(article, rule, ctx)


_FINDERS: dict[str, Any] = {
    "confused-words": _find_confused,
    "subject-verb-agreement": _find_agreement,
    "repeated-word": _find_repeated,
}
