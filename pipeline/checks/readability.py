"""Readability with textstat: article grade, hardest sections, hardest sentences.

The consensus grade is the median of five formulas that all report a US school
grade: Flesch-Kincaid, SMOG, Gunning Fog, Coleman-Liau and the Automated
Readability Index. A median, because each formula fails in its own way on
medical text (Fog and SMOG over-count drug names' syllables, Coleman-Liau and
ARI count letters) and one outlier should not move the verdict. Flesch Reading
Ease and Dale-Chall are reported but are not on a grade scale, so they are not
in the consensus.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import filterfalse
from typing import Annotated, Any, Literal, TypeVar

from pipeline import installed
from pipeline.checks.syllables import WORD_SYLLABLES, easy_words, is_difficult, list_words, syllable_count
from pipeline.config import Config
from pipeline.document.article import NOT_PROSE, WHOLE_ARTICLE, Article
from pipeline.document.prose import ProseUnit, UnitSpan
from pipeline.document.sentences import Sentence
from pipeline.errors import ConfigError
from pipeline.findings import Finding
from pipeline.knowledge.options import Min, NoOptions
from pipeline.knowledge.plainwords import PlainMatch, Thesaurus
from pipeline.knowledge.rules import Rule, rule_type
from pipeline.run.context import CheckContext

CONSENSUS_FORMULAS = ("flesch_kincaid_grade", "smog_index", "gunning_fog", "coleman_liau_index", "automated_readability_index")
T = TypeVar("T")
_TERMINAL = re.compile(r"[.!?][\"'”’)\]]*$")


@dataclass
class Scores:
    words: int
    sentences: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    smog_index: float
    gunning_fog: float
    coleman_liau_index: float
    automated_readability_index: float
    dale_chall: float
    consensus_grade: float

    def to_dict(self) -> dict[str, Any]:
        """Every score by name, in declaration order (as ``dataclasses.asdict``, without its deep copy)."""
        return {
            "words": self.words,
            "sentences": self.sentences,
            "flesch_reading_ease": self.flesch_reading_ease,
            "flesch_kincaid_grade": self.flesch_kincaid_grade,
            "smog_index": self.smog_index,
            "gunning_fog": self.gunning_fog,
            "coleman_liau_index": self.coleman_liau_index,
            "automated_readability_index": self.automated_readability_index,
            "dale_chall": self.dale_chall,
            "consensus_grade": self.consensus_grade,
        }


@dataclass
class SectionScore:
    heading: str
    line: int
    words: int
    consensus_grade: float
    unit: ProseUnit = field(repr=False)


@dataclass
class Readability:
    article: Scores | None
    sections: list[SectionScore]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = self.article.to_dict() if self.article else {"words": 0, "sentences": 0}
        data["consensus_formulas"] = list(CONSENSUS_FORMULAS)
        data["sections"] = [
            {"heading": s.heading, "line": s.line, "words": s.words, "consensus_grade": s.consensus_grade} for s in self.sections
        ]
        return data


def formula_text(sentences: list[Sentence]) -> str:
    """Text for the formulas: one sentence each, every one closed with punctuation,
    so a heading or list item is never merged into the next sentence."""
    return " ".join(_formula_part(sentence) for sentence in sentences)


_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_SPACE = re.compile(r"\s")
_ALL_PUNCTUATION = re.compile(r"[^\w\s]")


@lru_cache(maxsize=1)
def textstat_version() -> str:
    """The textstat release whose formulas and counts :func:`formulas` reproduces."""
    return installed.version("textstat") or "absent"


@dataclass(frozen=True)
class TextCounts:
    """What textstat 0.7.13's formulas are made of, counted in one pass over a text."""

    words: int
    sentences: int
    syllables: int
    #: Words of three or more syllables (SMOG).
    polysyllables: int
    #: Words of three or more syllables that are not Dale-Chall familiar words (Gunning Fog).
    fog_difficult: int
    #: Words that are not Dale-Chall familiar words (Dale-Chall).
    unfamiliar: int
    #: Letters and digits (Coleman-Liau); characters and space-separated tokens (ARI).
    letters: int
    characters: int
    tokens: int


def count_text(text: str) -> TextCounts:
    """textstat's counts of ``text``: words without punctuation (hyphens removed,
    contractions kept), sentences of more than two words, CMU/pyphen syllables."""
    return _total([_raw_counts(text)] if text else [])


#: A text's counts before they are combined: words, sentence fragments, fragments of
#: two words or fewer, syllables, polysyllables, fog_difficult, unfamiliar, letters,
#: characters, tokens. Each is a sum over the text's parts when the parts are joined by
#: a space and each ends with sentence punctuation (what :func:`formula_text` makes).
_Raw = tuple[int, int, int, int, int, int, int, int, int, int]


def _raw_counts(text: str) -> _Raw:
    # Per word, but each step one C-level pass over the sentence's words.
    words = list_words(text)
    lowers = list(map(str.lower, words))
    counts = list(map(WORD_SYLLABLES.__getitem__, lowers))
    unfamiliar = list(filterfalse(easy_words().__contains__, lowers))
    unfamiliar_counts = list(map(WORD_SYLLABLES.__getitem__, unfamiliar))
    poly = len(counts) - _under_three(counts)
    fog = len(unfamiliar_counts) - _under_three(unfamiliar_counts)
    fragments = _SENTENCE.findall(text)
    short = sum(1 for f in fragments if len(list_words(f)) <= 2)
    packed = _SPACE.sub("", text)
    letters = len(_ALL_PUNCTUATION.sub("", packed))
    return (len(words), len(fragments), short, sum(counts), poly, fog, len(unfamiliar), letters, len(packed), len(text.split()))


def _under_three(counts: list[int]) -> int:
    """How many of ``counts`` (syllables of words) are below three."""
    return counts.count(1) + counts.count(2) + counts.count(0)


def _total(parts: list[_Raw]) -> TextCounts:
    """The counts of the parts joined (none: the empty text)."""
    t = [sum(column) for column in zip(*parts, strict=True)] if parts else [0] * 10
    return TextCounts(
        words=t[0],
        sentences=max(1, t[1] - t[2]) if parts else 0,
        syllables=t[3],
        polysyllables=t[4],
        fog_difficult=t[5],
        unfamiliar=t[6],
        letters=t[7],
        characters=t[8],
        tokens=t[9],
    )


def _formula_part(sentence: Sentence) -> str:
    text = sentence.text.strip()
    return text if _TERMINAL.search(text) else text + "."


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def formulas(c: TextCounts) -> dict[str, float]:
    """textstat 0.7.13's figures (unrounded, English) from the counts, each computed
    as textstat computes it (same operations in the same order, so the same floats)."""
    wps = _ratio(c.words, c.sentences)
    spw = _ratio(c.syllables, c.words)
    letters = _ratio(c.letters, c.words) * 100
    sentences = _ratio(c.sentences, c.words) * 100
    chars = _ratio(c.characters, c.tokens)
    unfamiliar = _ratio(100 * c.unfamiliar, c.words) if c.words else None
    dale_chall = 0.0
    if unfamiliar is not None:
        dale_chall = (0.1579 * unfamiliar) + (0.0496 * wps)
        if unfamiliar > 5:
            dale_chall += 3.6365
    return {
        "flesch_reading_ease": 0.0 if wps == 0 or spw == 0 else 206.835 - 1.015 * wps - 84.6 * spw,
        "flesch_kincaid_grade": 0.0 if wps == 0 or spw == 0 else (0.39 * wps) + (11.8 * spw) - 15.59,
        "smog_index": (1.043 * (30 * (c.polysyllables / c.sentences)) ** 0.5) + 3.1291 if c.sentences else 0.0,
        "gunning_fog": 0.4 * (wps + 100 * c.fog_difficult / c.words) if c.words else 0.0,
        "coleman_liau_index": 0.0 if letters == 0 or sentences == 0 else (0.058 * letters) - (0.296 * sentences) - 15.8,
        "automated_readability_index": 0.0 if chars == 0 or wps == 0 else (4.71 * chars) + (0.5 * wps) - 21.43,
        "dale_chall_readability_score": dale_chall,
    }


#: Words and raw counts of a group of sentences (:func:`_group_counts`).
_Counted = tuple[int, _Raw]


def _group_counts(sentences: list[Sentence]) -> _Counted:
    """The group's words and raw counts, counted on its :func:`formula_text` in one pass."""
    return sum(len(sentence.words) for sentence in sentences), _raw_counts(formula_text(sentences))


def score(sentences: list[Sentence], groups: list[_Counted] | None = None) -> Scores | None:
    """The sentences' scores: those of :func:`formula_text`. ``groups``, when given, are
    the counts of a partition of ``sentences`` already counted (the counts of texts
    joined by a space, each ending with sentence punctuation, add up)."""
    if groups is None:
        groups = [_group_counts(sentences)] if sentences else []
    words = sum(counted[0] for counted in groups)
    if not words:
        return None
    figures = formulas(_total([counted[1] for counted in groups]))
    grades = {name: round(float(figures[name]), 1) for name in CONSENSUS_FORMULAS}
    return Scores(
        words=words,
        sentences=len(sentences),
        flesch_reading_ease=round(float(figures["flesch_reading_ease"]), 1),
        dale_chall=round(float(figures["dale_chall_readability_score"]), 1),
        consensus_grade=round(statistics.median(grades.values()), 1),
        **grades,
    )


def _sections(article: Article) -> Iterator[tuple[ProseUnit, list[Sentence]]]:
    heading: ProseUnit | None = None
    group: list[Sentence] = []
    for sentence in article.sentences:
        if sentence.unit.kind == "heading":
            if heading is not None:
                yield heading, group
            heading, group = sentence.unit, []
        elif heading is not None and sentence.unit.kind not in NOT_PROSE:
            group.append(sentence)
    if heading is not None:
        yield heading, group


def measure(article: Article, config: Config) -> Readability:
    """The article's scores and per-section grades (memoised on the article)."""
    return article.memo("readability", lambda: _measure(article, config))


def _measure(article: Article, config: Config) -> Readability:
    sections = []
    min_words = config.get("readability.section_min_words")
    body = article.body_sentences
    in_body = {id(sentence) for sentence in body}
    groups: list[_Counted] = []  # the article's counts, a section's body sentences at a time
    grouped: set[int] = set()
    for heading, sentences in _sections(article):
        counted = _group_counts(sentences) if sentences else None
        scores = score(sentences, [counted] if counted else [])
        if scores and scores.words >= min_words:
            line, _ = article.source.position(heading.offsets[0])
            sections.append(SectionScore(heading.text, line, scores.words, scores.consensus_grade, heading))
        if counted and all(id(sentence) in in_body for sentence in sentences):
            groups.append(counted)
            grouped.update(id(sentence) for sentence in sentences)
    rest = [sentence for sentence in body if id(sentence) not in grouped]
    if rest:
        groups.append(_group_counts(rest))
    return Readability(score(body, groups), sections)


def _figures(s: Scores) -> str:
    return (
        f"Flesch-Kincaid {s.flesch_kincaid_grade}, SMOG {s.smog_index}, Fog {s.gunning_fog}, "
        f"Coleman-Liau {s.coleman_liau_index}, ARI {s.automated_readability_index}"
    )


@rule_type("readability-grade", NoOptions)
def check_grade(article: Article, rule: Rule[NoOptions], ctx: CheckContext) -> Iterator[Finding]:
    ctx.engines["readability"] = f"textstat {textstat_version()}"
    config = ctx.config
    scores = measure(article, config).article
    if scores is None or scores.words < config.get("readability.min_words"):
        return
    target, maximum = config.get("readability.target_grade"), config.get("readability.max_grade")
    grade = scores.consensus_grade
    if grade <= target:
        return
    severity = "error" if grade > maximum else "warning"
    limit = f"the maximum of grade {maximum}" if grade > maximum else f"the target of grade {target}"
    message = f"Reading grade {grade} is above {limit} (consensus of {_figures(scores)}; {scores.words} words)"
    yield rule.finding(article, WHOLE_ARTICLE, message, severity=severity)


@dataclass(frozen=True)
class HardestOptions:
    #: Report at most this many places (the hardest first) and one finding that lists
    #: the rest; 0: every one.
    limit: Annotated[int, Min(0)] = 0


@rule_type("readability-section", HardestOptions)
def check_sections(article: Article, rule: Rule[HardestOptions], ctx: CheckContext) -> Iterator[Finding]:
    limit = ctx.config.get("readability.section_max_grade")
    hard: list[tuple[float, Any, str]] = []
    for section in measure(article, ctx.config).sections:
        if section.consensus_grade > limit:
            message = f"Section reads at grade {section.consensus_grade} (limit {limit}, {section.words} words)"
            hard.append((section.consensus_grade, UnitSpan(section.unit, 0, len(section.unit.text)), message))
    yield from _limited(article, rule, hard, "sections")


@dataclass(frozen=True)
class SentenceMeasure:
    #: words: too many words; long-words: too many words of three or more syllables.
    measure: Literal["words", "long-words"] = "words"
    #: Everyday words of three or more syllables never counted as long (long-words only).
    everyday: list[str] = field(default_factory=list)
    #: Report at most this many sentences (the hardest first) and one finding that
    #: lists the rest; 0: every sentence.
    limit: Annotated[int, Min(0)] = 0


_HYPHEN = re.compile(r"[-‐–]")
#: A term followed by its explanation: a parenthetical, "which means", "meaning".
#: (Starting only where a letter follows a non-letter gives the same matches as starting at any
#: letter, and keeps the search linear: a later start inside a word can only fail as well.)
_EXPLAINED = re.compile(r"(?<![A-Za-z])([A-Za-z][\w'’-]*)\s*(?:\(\s*([A-Z][A-Za-z]*)?|,?\s+(?:which|that)\s+means\b|,?\s+meaning\b)")
#: A word as written, without trailing apostrophes ("patients'" is "patients").
_WORD_SPAN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9'’-]*[A-Za-z0-9-])?")


@dataclass
class LongWordContext:
    """What the hard words of one article leave out (:func:`_hard_here`, :func:`_uncovered`)."""

    #: Lower-case words the article explains, names as a condition in its title, or lists as everyday.
    exempt: set[str]
    #: The spans of a unit covered by a drug name, a thesaurus term or a condition: asked
    #: only for units with a sentence that has too many hard words before they are left out.
    cover: Callable[[ProseUnit], list[tuple[int, int]]]
    #: Per unit (by id), built from ``cover`` on first use: the spans, a byte per
    #: character (1 where a span covers it) and the empty spans (which a mask cannot hold).
    masks: dict[int, tuple[list[tuple[int, int]], bytearray, list[tuple[int, int]]]] = field(default_factory=dict)
    #: Word as written -> is it hard wherever it is not covered (:func:`_hard_word`)? Filled on first look-up.
    hard: dict[str, bool] = field(init=False)

    def __post_init__(self) -> None:
        self.hard = _HardWords(self)

    def overlaps(self, unit: ProseUnit, start: int, end: int) -> bool:
        """Does ``[start, end)`` of ``unit`` overlap a covered span (``s < end and start < e``)?"""
        key = id(unit)
        built = self.masks.get(key)
        if built is None:
            spans = self.cover(unit)
            mask = bytearray(max([len(unit.text), *(e for _, e in spans)]))
            for s, e in spans:
                if e > s:
                    mask[s:e] = b"\x01" * (e - s)
            built = self.masks[key] = (spans, mask, [(s, e) for s, e in spans if e <= s])
        spans, mask, empty = built
        if end <= start or start < 0:  # not a word: the plain test
            return any(s < end and start < e for s, e in spans)
        return mask.find(1, start, end) != -1 or (bool(empty) and any(s < end and start < e for s, e in empty))


def explained_words(article: Article) -> set[str]:
    """Words of terms the article explains, lower case: a term followed by a
    parenthetical ("GABA (gamma-aminobutyric acid)"), "which means" or "meaning"; before
    an abbreviation in parentheses ("central nervous system (CNS)") the words it abbreviates.
    Memoised on the article (the long-words and plain-words rules both ask): do not modify."""
    return article.memo("explained-words", lambda: _explained_words(article))


def _explained_words(article: Article) -> set[str]:
    found: set[str] = set()
    for unit in article.prose_units:
        if "(" not in unit.text and "mean" not in unit.text:
            continue  # every match has "(", "means" or "meaning"
        for m in _EXPLAINED.finditer(unit.text):
            words = [m.group(1)]
            abbreviation = m.group(2) or ""
            letters = sum(c.isupper() for c in abbreviation)
            if letters > 1 and abbreviation[:letters].isupper():
                before = _WORD_SPAN.findall(unit.text[: m.start(1)])
                words = [*before[max(0, len(before) - letters + 1) :], m.group(1)]
            for word in words:
                found.add(word.lower().strip("'’"))
                found.update(part.lower() for part in _HYPHEN.split(word) if part)
    return found


def thesaurus_matches(article: Article, thesaurus: Thesaurus, unit: ProseUnit) -> list[PlainMatch]:
    """``thesaurus.find(unit.text)``, memoised per unit of the article (the long-words
    and plain-words rules both ask, and the thesaurus pattern is a long alternation)."""
    found: dict[int, tuple[Thesaurus, list[PlainMatch]]] = article.memo("thesaurus-matches", dict)
    cached = found.get(id(unit))
    if cached is None or cached[0] is not thesaurus:
        cached = found[id(unit)] = (thesaurus, thesaurus.find(unit.text))
    return cached[1]


def long_word_context(article: Article, ctx: CheckContext, everyday: list[str]) -> LongWordContext:
    from pipeline.concepts.drugs import analyse
    from pipeline.knowledge.conditions import get_conditions
    from pipeline.knowledge.plainwords import get_thesaurus

    exempt = {w.lower() for w in everyday} | explained_words(article)
    conditions = _optional(lambda: get_conditions(ctx))
    for title in {article.title, next((u.text for u in article.units if u.kind == "heading"), "")}:
        for start, end, name in conditions.find(title) if conditions else []:
            exempt.update(w.lower() for w in re.findall(r"[A-Za-z]+", title[start:end] + " " + name))
    analysis = _optional(lambda: analyse(article, ctx))
    thesaurus = get_thesaurus(ctx)

    def cover(unit: ProseUnit) -> list[tuple[int, int]]:
        spans = [(m.start, m.end) for m in analysis.in_unit(unit)] if analysis else []
        spans += [(m.start, m.end) for m in thesaurus_matches(article, thesaurus, unit)]
        # A condition's name ("multiple sclerosis", "bipolar disorder") has no plainer word either.
        spans += [(start, end) for start, end, _ in conditions.find_names(unit.text)] if conditions else []
        return spans

    return LongWordContext(exempt, cover)


def _optional(load: Callable[[], T]) -> T | None:
    """Knowledge the readability rules use when the project has it (drug names,
    conditions): a project with only readability rules has neither. A broken file is
    still reported, by the rules that need it."""
    try:
        return load()
    except ConfigError:
        return None


class _HardWords(dict[str, bool]):
    """Whether a word is hard depends only on the word and the article: decided once per article."""

    def __init__(self, context: LongWordContext) -> None:
        super().__init__()
        self.context = context

    def __missing__(self, word: str) -> bool:
        hard = self[word] = _hard_word(word, self.context)
        return hard


def _hard_count(sentence: Sentence, context: LongWordContext) -> int:
    """How many words :func:`_hard_here` finds in ``sentence``: the words with long parts
    (one C-level pass over its words), then those of them hard in this article."""
    hard = context.hard
    return sum(1 for word in filter(_LONG_PARTS.__getitem__, _WORD_SPAN.findall(sentence.text)) if hard[word])


def _hard_here(sentence: Sentence, context: LongWordContext) -> list[tuple[str, int, int]]:
    """The hard words of ``sentence`` before the covered spans are left out (:func:`_uncovered`),
    with their places in the sentence: words of three or more syllables that are not
    everyday (Dale-Chall familiar words and the rule's ``everyday`` list), not explained in
    the article and not an abbreviation; as written (proper names keep their case)."""
    hard = context.hard
    return [(m.group(), m.start(), m.end()) for m in _WORD_SPAN.finditer(sentence.text) if hard[m.group()]]


def _uncovered(sentence: Sentence, context: LongWordContext, found: list[tuple[str, int, int]]) -> list[str]:
    """The words of ``found`` not covered by a drug name, a thesaurus term (the plain-words
    rule suggests those) or a condition (named in the title, or anywhere in the condition vocabulary)."""
    unit, offset = sentence.unit, sentence.start
    return [word for word, start, end in found if not context.overlaps(unit, offset + start, offset + end)]


def _hard_word(word: str, context: LongWordContext) -> bool:
    exempt = context.exempt
    parts = _LONG_PARTS[word]
    if not parts or word.lower() in exempt:
        return False
    return any(not (lower in exempt or (lower.endswith(("'s", "’s")) and lower[:-2] in exempt)) for lower in parts)


def _long_parts(word: str) -> tuple[str, ...]:
    """The parts of ``word`` between hyphens that have three syllables or more and are not
    Dale-Chall familiar words, lower case; abbreviations and a word starting with a digit
    have none (a pure function of the word: what :func:`_hard_word` then tests against
    the article's exempt words)."""
    if word[0].isdigit():
        return ()
    return tuple(
        lower
        for part in _HYPHEN.split(word)
        if part and not (part.isupper() and len(part) > 1) and syllable_count(lower := part.lower()) >= 3 and is_difficult(lower)
    )


class _LongPartsTable(dict[str, tuple[str, ...]]):
    """Word as written -> :func:`_long_parts`, each word worked out on its first look-up."""

    def __missing__(self, word: str) -> tuple[str, ...]:
        parts = self[word] = _long_parts(word)
        return parts


_LONG_PARTS = _LongPartsTable()


def _sentence_weight_problem(
    sentence: Sentence, measure_kind: str, max_words: int, max_long: int, context: LongWordContext | None
) -> tuple[int, str | None]:
    """The sentence's weight (words, or hard words) and what makes it hard, or None."""
    if measure_kind == "words":
        count = len(sentence.words)
        return count, f"Sentence has {count} words (limit {max_words})" if count > max_words else None
    assert context is not None
    count = _hard_count(sentence, context)
    if count <= max_long:  # leaving out the covered words cannot make too many
        return count, None
    found = _hard_here(sentence, context)
    long_words = _uncovered(sentence, context, found)
    if len(long_words) <= max_long:
        return len(long_words), None
    first: dict[str, str] = {}
    for word in long_words:
        first.setdefault(word.lower(), word)
    counts = Counter(w.lower() for w in long_words)
    shown = ", ".join(f"{first[w]} ×{n}" if n > 1 else first[w] for w, n in counts.items())
    message = f"Sentence has {len(long_words)} hard words with no plain alternative in the thesaurus (limit {max_long}): {shown}"
    return len(long_words), message


@rule_type("readability-sentence", SentenceMeasure)
def check_sentences(article: Article, rule: Rule[SentenceMeasure], ctx: CheckContext) -> Iterator[Finding]:
    """Hardest sentences: too many words, or too many hard words the thesaurus cannot replace."""
    max_words = ctx.config.get("readability.sentence_max_words")
    max_long = ctx.config.get("readability.sentence_max_long_words")
    measure_kind = rule.options.measure
    context = long_word_context(article, ctx, rule.options.everyday) if measure_kind == "long-words" else None
    hard: list[tuple[int, Any, str]] = []
    for sentence in article.sentences:
        if sentence.unit.kind in ("heading", "footnote", "table_cell", "front_matter"):
            continue
        weight, message = _sentence_weight_problem(sentence, measure_kind, max_words, max_long, context)
        if message:
            hard.append((weight, sentence, message))
    yield from _limited(article, rule, hard, "sentences")


def _limited(article: Article, rule: Rule[Any], items: list[tuple[Any, Any, str]], noun: str) -> Iterator[Finding]:
    """Findings for ``items`` ((weight, place, message), in text order): with the rule's
    ``limit``, the heaviest ``limit`` of them and one finding listing where the others are."""
    limit = getattr(rule.options, "limit", 0)
    if not limit or len(items) <= limit + 1:
        for _, place, message in items:
            yield rule.finding(article, place, message)
        return
    ranked = sorted(range(len(items)), key=lambda i: (-items[i][0], i))
    keep = set(ranked[:limit])
    rest = [items[i] for i in sorted(ranked[limit:])]
    for index, (_, place, message) in enumerate(items):
        if index in keep:
            yield rule.finding(article, place, message)
    lines = []
    for _, place, _message in rest:
        finding = rule.finding(article, place, "")
        lines.append(finding.line)
    shown = ", ".join(str(n) for n in lines)
    message = f"{len(rest)} more {noun} like this (lines {shown}); only the {limit} hardest are listed one by one"
    yield rule.finding(article, rest[0][1], message, more=[{"line": n} for n in lines])


@dataclass(frozen=True)
class PlainWordsOptions:
    #: Terms listed one by one (the most used first); one more finding lists the rest
    #: with their alternatives. 0: every term.
    limit: Annotated[int, Min(0)] = 0


@dataclass(frozen=True)
class PlainUse:
    """One use of a thesaurus term in the article, with its plain replacement."""

    span: UnitSpan
    match: PlainMatch
    replacement: str


def plain_word_uses(article: Article, ctx: CheckContext) -> list[PlainUse]:
    """Every use of a thesaurus term in the article's prose, in text order, except in a
    drug's name and terms the article explains (a parenthetical or "which means")."""
    from pipeline.concepts.drugs import analyse
    from pipeline.knowledge.plainwords import get_thesaurus

    def build() -> list[PlainUse]:
        thesaurus = get_thesaurus(ctx)
        analysis = _optional(lambda: analyse(article, ctx))
        explained = explained_words(article)
        uses = []
        for unit in article.prose_units:
            drugs = [(m.start, m.end) for m in analysis.in_unit(unit)] if analysis else []
            for match in thesaurus_matches(article, thesaurus, unit):
                if any(s < match.end and match.start < e for s, e in drugs):
                    continue
                if match.text.lower() in explained or match.entry.term in explained:
                    continue
                uses.append(PlainUse(UnitSpan(unit, match.start, match.end), match, thesaurus.suggestion(match.text, match.entry)))
        return uses

    return article.memo("plain-words", build)


def _plain_message(use: PlainUse, count: int) -> tuple[str, str]:
    entry = use.match.entry
    times = f" ({count} uses)" if count > 1 else ""
    message = f'"{use.match.text}" has a plain alternative: "{use.replacement}"{times}'
    others = [p for p in entry.plain[1:]]
    suggestion = f'Use "{use.replacement}"' + (f" (or: {', '.join(others)})" if others else "")
    if entry.explain:
        suggestion += f"; or explain it: {entry.explain}"
    return message, suggestion


@rule_type("plain-words", PlainWordsOptions)
def check_plain_words(article: Article, rule: Rule[PlainWordsOptions], ctx: CheckContext) -> Iterator[Finding]:
    """One finding per thesaurus term, at its first use, with its specific replacement;
    `pipeline fix --select readability.plain-words` replaces every use."""
    by_term: dict[str, list[PlainUse]] = {}
    for use in plain_word_uses(article, ctx):
        by_term.setdefault(use.match.entry.term, []).append(use)
    if not by_term:
        return
    ranked = sorted(by_term, key=lambda t: -len(by_term[t]))  # stable: first appearance breaks ties
    limit = rule.options.limit
    listed = set(ranked if not limit or len(ranked) <= limit + 1 else ranked[:limit])
    for term, uses in by_term.items():
        if term in listed:
            message, suggestion = _plain_message(uses[0], len(uses))
            yield rule.finding(article, uses[0].span, message, suggestion=suggestion, term=term, uses=len(uses))
    rest = [term for term in by_term if term not in listed]
    if rest:
        pairs = [
            f"{by_term[t][0].match.text} → {by_term[t][0].replacement}" + (f" (×{len(by_term[t])})" if len(by_term[t]) > 1 else "")
            for t in rest
        ]
        message = f"{len(rest)} more words have plain alternatives in the thesaurus: " + "; ".join(pairs)
        suggestion = "Replace them (`pipeline fix --select readability.plain-words --diff` shows every replacement): " + "; ".join(pairs)
        yield rule.finding(article, by_term[rest[0]][0].span, message, suggestion=suggestion, terms=rest)
