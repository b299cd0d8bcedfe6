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
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from pipeline.checks.textstat_offline import TEXTSTAT_VERSION, textstat
from pipeline.config import Config
from pipeline.document.article import NOT_PROSE, WHOLE_ARTICLE, Article
from pipeline.document.prose import ProseUnit, UnitSpan
from pipeline.document.sentences import Sentence
from pipeline.findings import Finding
from pipeline.knowledge.options import NoOptions
from pipeline.knowledge.rules import Rule, rule_type
from pipeline.run.context import CheckContext

CONSENSUS_FORMULAS = ("flesch_kincaid_grade", "smog_index", "gunning_fog", "coleman_liau_index", "automated_readability_index")
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
        data: dict[str, Any] = asdict(self.article) if self.article else {"words": 0, "sentences": 0}
        data["consensus_formulas"] = list(CONSENSUS_FORMULAS)
        data["sections"] = [
            {"heading": s.heading, "line": s.line, "words": s.words, "consensus_grade": s.consensus_grade} for s in self.sections
        ]
        return data


def formula_text(sentences: list[Sentence]) -> str:
    """Text for the formulas: one sentence each, every one closed with punctuation,
    so a heading or list item is never merged into the next sentence."""
    parts = []
    for sentence in sentences:
        text = sentence.text.strip()
        parts.append(text if _TERMINAL.search(text) else text + ".")
    return " ".join(parts)


def score(sentences: list[Sentence]) -> Scores | None:
    text = formula_text(sentences)
    words = sum(len(s.words()) for s in sentences)
    if not words:
        return None
    grades = {name: round(float(getattr(textstat, name)(text)), 1) for name in CONSENSUS_FORMULAS}
    return Scores(
        words=words,
        sentences=len(sentences),
        flesch_reading_ease=round(float(textstat.flesch_reading_ease(text)), 1),
        dale_chall=round(float(textstat.dale_chall_readability_score(text)), 1),
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
    for heading, sentences in _sections(article):
        scores = score(sentences)
        if scores and scores.words >= min_words:
            line, _ = article.source.position(heading.offsets[0])
            sections.append(SectionScore(heading.text, line, scores.words, scores.consensus_grade, heading))
    return Readability(score(article.prose_sentences), sections)


def _figures(s: Scores) -> str:
    return (
        f"Flesch-Kincaid {s.flesch_kincaid_grade}, SMOG {s.smog_index}, Fog {s.gunning_fog}, "
        f"Coleman-Liau {s.coleman_liau_index}, ARI {s.automated_readability_index}"
    )


@rule_type("readability-grade", NoOptions)
def check_grade(article: Article, rule: Rule[NoOptions], ctx: CheckContext) -> Iterator[Finding]:
    ctx.engines["readability"] = f"textstat {TEXTSTAT_VERSION}"
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


@rule_type("readability-section", NoOptions)
def check_sections(article: Article, rule: Rule[NoOptions], ctx: CheckContext) -> Iterator[Finding]:
    limit = ctx.config.get("readability.section_max_grade")
    for section in measure(article, ctx.config).sections:
        if section.consensus_grade > limit:
            message = f"Section reads at grade {section.consensus_grade} (limit {limit}, {section.words} words)"
            yield rule.finding(article, UnitSpan(section.unit, 0, len(section.unit.text)), message)


def _long_words(sentence: Sentence) -> list[str]:
    return [w for w in sentence.words() if not w[0].isdigit() and textstat.syllable_count(w) >= 3]


def _sentence_problem(sentence: Sentence, measure_kind: str, max_words: int, max_long: int) -> str | None:
    """What makes the sentence hard, for the rule's measure, or None."""
    if measure_kind == "words":
        count = len(sentence.words())
        return f"Sentence has {count} words (limit {max_words})" if count > max_words else None
    long_words = _long_words(sentence)
    if len(long_words) <= max_long:
        return None
    counts = Counter(w.lower() for w in long_words)
    shown = ", ".join(f"{w} ×{n}" if n > 1 else w for w, n in counts.items())
    return f"Sentence has {len(long_words)} words of three or more syllables (limit {max_long}): {shown}"


@dataclass(frozen=True)
class SentenceMeasure:
    #: words: too many words; long-words: too many words of three or more syllables.
    measure: Literal["words", "long-words"] = "words"


@rule_type("readability-sentence", SentenceMeasure)
def check_sentences(article: Article, rule: Rule[SentenceMeasure], ctx: CheckContext) -> Iterator[Finding]:
    """Hardest sentences: too many words, or too many words of three or more syllables."""
    max_words = ctx.config.get("readability.sentence_max_words")
    max_long = ctx.config.get("readability.sentence_max_long_words")
    measure_kind = rule.options.measure
    for sentence in article.sentences:
        if sentence.unit.kind in ("heading", "footnote", "table_cell"):
            continue
        message = _sentence_problem(sentence, measure_kind, max_words, max_long)
        if message:
            yield rule.finding(article, sentence, message)
