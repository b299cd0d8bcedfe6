"""Dosage: stated doses against the label of the drug they belong to.

A dose belongs to the nearest drug named in its sentence, else in its paragraph;
in an article about one drug, a dose in a paragraph that names no drug belongs to
that drug; otherwise a dose with no drug named is not guessed. Limits are the most permissive
adult entry of the drug's ``dosing`` (any route or form), because an article
rarely says which form it means: only a dose above *every* label entry is
flagged. For ranges and alternatives ("5 mg or 10 mg") the high end is compared
with the maximum and the low end with the starting dose (the article offers the
label's start when its low end matches it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.concepts.doses import Dose, find_doses
from pipeline.concepts.drugs import analyse
from pipeline.document.article import Article
from pipeline.document.prose import UnitSpan
from pipeline.document.sentences import Sentence
from pipeline.findings import Finding, Severity
from pipeline.knowledge.facts import Dosing, DrugFacts, get_facts
from pipeline.knowledge.options import NoOptions
from pipeline.knowledge.rules import Rule, rule_type
from pipeline.run.context import CheckContext


@dataclass(frozen=True)
class Limit:
    mg: float
    entry: Dosing


def _limit(drug: DrugFacts, attr: str) -> Limit | None:
    """The highest value of ``attr`` among the adult entries (all entries if none is adult)."""
    entries = [d for d in drug.dosing if d.population == "adult"] or drug.dosing
    values = [(d.mg(getattr(d, attr)), d) for d in entries if getattr(d, attr) is not None]
    if attr == "max_single" and len(values) < len(entries):
        return None  # an entry without a single-dose cap: no single-dose limit to compare with
    if not values:
        return None
    mg, entry = max(values, key=lambda v: v[0] or 0.0)
    return Limit(mg or 0.0, entry)


def _fmt(mg: float) -> str:
    if mg < 1:
        return f"{mg * 1000:g} mcg"
    return f"{mg:,.0f} mg" if mg == int(mg) else f"{mg:g} mg"


def _where(entry: Dosing) -> str:
    form = f", {entry.form}" if entry.form else ""
    return f"{entry.route}, {entry.population}{form}; source: {entry.source.cite()}"


def _doses(article: Article, ctx: CheckContext) -> Iterator[tuple[Sentence, Dose, DrugFacts]]:
    facts = get_facts(ctx)
    analysis = analyse(article, ctx)
    primary = [g for g in analysis.primary if g in facts.drugs]
    # In an article about one drug, a dose in a paragraph that names no drug at all
    # ("Many adults take 120 mg a day", "it can go up to 60 mg a day") is that drug's.
    sole = facts.drugs[primary[0]] if len(primary) == 1 else None
    for sentence in article.prose_sentences:
        for dose in find_doses(sentence.text):
            owner = analysis.nearest(sentence.unit, sentence.start, sentence.end, sentence.start + dose.start)
            if owner and owner.generic in facts.drugs:
                yield sentence, dose, facts.drugs[owner.generic]
            elif owner is None and sole is not None and not analysis.in_unit(sentence.unit):
                yield sentence, dose, sole


def _finding(
    article: Article, sentence: Sentence, dose: Dose, rule: Rule[Any], drug: DrugFacts, message: str, severity: Severity | None = None
) -> Finding:
    place = UnitSpan(sentence.unit, sentence.start + dose.start, sentence.start + dose.end)
    return rule.finding(article, place, message, severity=severity, drug=drug.generic)


def _graded(
    article: Article, sentence: Sentence, dose: Dose, rule: Rule[Any], drug: DrugFacts, limit: Limit, above_label: str, above_usual: str
) -> Finding:
    """Above a hard label maximum: the rule's severity. Above the top of a usual
    range where the label sets no ceiling: a warning asking a human to confirm."""
    if limit.entry.max_daily_is_label_limit:
        return _finding(article, sentence, dose, rule, drug, above_label)
    return _finding(article, sentence, dose, rule, drug, above_usual, Severity.WARNING)


@rule_type("dose-above-max", NoOptions)
def check_above_max(article: Article, rule: Rule[NoOptions], ctx: CheckContext) -> Iterator[Finding]:
    for sentence, dose, drug in _doses(article, ctx):
        daily_limit = _limit(drug, "max_daily")
        daily = dose.daily_mg("high")
        if not dose.daily and any(other.daily for other in find_doses(sentence.text)):
            # "50 to 100 mg every 4 to 6 hours, no more than 400 mg a day": the sentence
            # states the day's total, which is checked itself; do not multiply this one out.
            daily = None
        if daily_limit and daily is not None and daily > daily_limit.mg:
            yield _graded(
                article,
                sentence,
                dose,
                rule,
                drug,
                daily_limit,
                f"{_fmt(daily)} of {drug.generic} a day is above the label maximum of {_fmt(daily_limit.mg)} a day "
                f"({_where(daily_limit.entry)})",
                f"{_fmt(daily)} of {drug.generic} a day is above the usual range (up to {_fmt(daily_limit.mg)} a day); "
                f"the label sets no hard maximum, so have a pharmacist confirm it ({_where(daily_limit.entry)})",
            )
            continue
        if dose.single:
            # One dose with no frequency: at least that much is taken in a day.
            if daily_limit and daily is None and dose.high_mg > daily_limit.mg:
                yield _graded(
                    article,
                    sentence,
                    dose,
                    rule,
                    drug,
                    daily_limit,
                    f"{_fmt(dose.high_mg)} of {drug.generic} is above the label maximum of {_fmt(daily_limit.mg)} a day, "
                    f"even as the only dose of the day ({_where(daily_limit.entry)})",
                    f"{_fmt(dose.high_mg)} of {drug.generic} is above the usual range (up to {_fmt(daily_limit.mg)} a day), "
                    "even as the only dose of the day; "
                    f"the label sets no hard maximum, so have a pharmacist confirm it ({_where(daily_limit.entry)})",
                )
                continue
            single_limit = _limit(drug, "max_single")
            if (dose.per_dose or dose.per_day) and single_limit and dose.high_mg > single_limit.mg:
                yield _finding(
                    article,
                    sentence,
                    dose,
                    rule,
                    drug,
                    f"A {_fmt(dose.high_mg)} dose of {drug.generic} is above the label maximum single dose of "
                    f"{_fmt(single_limit.mg)} ({_where(single_limit.entry)})",
                )


@rule_type("dose-start-above-label", NoOptions)
def check_start_dose(article: Article, rule: Rule[NoOptions], ctx: CheckContext) -> Iterator[Finding]:
    for sentence, dose, drug in _doses(article, ctx):
        if not dose.starting:
            continue
        start_daily = _limit(drug, "start_daily")
        daily = dose.daily_mg("low")
        if start_daily and daily is not None and daily > start_daily.mg:
            yield _finding(
                article,
                sentence,
                dose,
                rule,
                drug,
                f"Starting dose of {_fmt(daily)} of {drug.generic} a day is above the label's usual start of "
                f"{_fmt(start_daily.mg)} a day ({_where(start_daily.entry)})",
            )
            continue
        start_single = _limit(drug, "start_single")
        if dose.single and start_single and dose.low_mg > start_single.mg:
            yield _finding(
                article,
                sentence,
                dose,
                rule,
                drug,
                f"Starting dose of {_fmt(dose.low_mg)} of {drug.generic} is above the label's usual starting dose of "
                f"{_fmt(start_single.mg)} ({_where(start_single.entry)})",
            )
