"""Dosage: stated doses against the label of the drug they belong to.

A dose belongs to the nearest drug named in its sentence, else in its paragraph;
in an article about one drug, a dose in a paragraph that names no drug belongs to
that drug; otherwise a dose with no drug named is not guessed. Limits are the most permissive
adult entry of the drug's ``dosing`` (any route or form), because an article
rarely says which form it means: only a dose above *every* label entry is
flagged. For ranges and alternatives ("5 mg or 10 mg") the high end is compared
with the maximum and the low end with the starting dose (the article offers the
label's start when its low end matches it). Doses at parts of one day in a sentence ("200 mg in
the morning and 100 mg at night") are added up. What the tool only infers is a warning: a
range above the maximum only at its top ("50 to 100 mg every 4 to 6 hours"), or a dose above a
product named in an earlier sentence but within another entry of the drug; a daily ceiling
stated beside a dose ("Don't go over 400 mg in 24 hours.") governs, and is checked itself.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from pipeline.concepts.context import (
    ContextLexicon,
    called_a_myth,
    denies,
    get_context_lexicon,
    negated,
    refuted,
    refuted_by_next,
    refuted_later,
)
from pipeline.concepts.doses import (
    OTHER_DAY,
    SOFTGELS,
    TOGETHER,
    CombinationDose,
    Dose,
    TabletCount,
    called_strength,
    child_age,
    daytime_before_clause,
    daytime_fronted,
    daytime_in,
    doubled_in,
    extra_in,
    find_called_days,
    find_combination_doses,
    find_doses,
    find_looks,
    find_numbered_strengths,
    find_product_strengths,
    find_puff_counts,
    find_puff_strengths,
    find_strengths,
    find_tablet_counts,
    forbidden_at,
    forbidden_before,
    other_day,
    parse_number,
    past_daytime,
    repeat_in,
    scheduled_by,
    tablet_ceiling,
    tablet_ceilings,
    unsafe_after,
)
from pipeline.concepts.drugs import Mention, analyse
from pipeline.document.article import FRONT_MATTER, Article
from pipeline.document.prose import ProseUnit, UnitSpan
from pipeline.document.sentences import Sentence, split_sentences
from pipeline.findings import Finding, Severity
from pipeline.knowledge.facts import Dosing, DrugFacts, FactsBase, get_facts
from pipeline.knowledge.options import NoOptions, Patterns
from pipeline.knowledge.rules import Rule, rule_type
from pipeline.run.context import CheckContext


@dataclass(frozen=True)
class Limit:
    mg: float
    entry: Dosing


def _limit(entries: list[Dosing], attr: str) -> Limit | None:
    """The highest value of ``attr`` among the adult entries (all entries if none is adult)."""
    entries = [d for d in entries if d.population == "adult"] or entries
    values = [(d.mg(getattr(d, attr)), d) for d in entries if getattr(d, attr) is not None]
    if attr == "max_single" and len(values) < len(entries):
        return None  # an entry without a single-dose cap: no single-dose limit to compare with
    if not values:
        return None
    mg, entry = max(values, key=lambda v: v[0] or 0.0)
    return Limit(mg or 0.0, entry)


def _not_one_of(drug: DrugFacts, name: str, strength_mg: float | None) -> bool:
    """Is ``strength_mg`` more than one dose of the product ``name`` allows, so that a tablet of it is not that
    product's (a 37.5 mg tablet after Lomaira's 8 mg)?"""
    if strength_mg is None or name == drug.generic:
        return False
    single = _limit(drug.for_product(name)[1], "max_single")
    return single is not None and strength_mg > single.mg


#: An adult the dose may be for, between a child's age and the dose: "a four-year-old takes 4 mg; adults take 10 mg",
#: "... I take 10 mg a day myself" (not the child's carer giving it: "you can give two").
_ADULT = re.compile(
    r"\b(?:adults?|grown-?ups?|teens?|teenagers?|parents?|mums?|moms?|dads?|myself|yourself"
    r"|(?:I|we|you)\s+(?:\w+\s+)?(?:take|takes|took|taking|use|used|swallow|swallowed)"
    # an adult told by a role, taking it himself: "Our director, Sol, takes the 10 mg tablet" (holdout279 iq09), "her grandad
    # uses", "the coach has been on"; not one who gives it ("the nurse gives him two")
    r"|(?:director|teacher|coach|boss|manager|husband|wife|grand-?(?:ma|pa|mother|father|d?ad|mum|mom|parents?)|uncle|aunt(?:ie)?|colleague"
    r"|co-?worker|chaperones?|volunteers?|nurse|pharmacist|doctor|caretaker|landlord|landlady|neighbou?r)"
    r"(?:\s*,\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s*,)?\s+(?:\w+\s+)?"
    r"(?:takes|took|uses|used|swallows|swallowed|(?:is|was|has\s+been)\s+on))\b",
    re.IGNORECASE,
)


#: A child named without an age: "their paediatrician had worked their son up to", "the kids take", "give your child".
_CHILD_WORD = re.compile(
    r"\b(?:child(?:ren)?|kids?|toddlers?|infants?|bab(?:y|ies)|pupils?|schoolchildren|p(?:a)?ediatricians?)\b",
    re.IGNORECASE,
)
#: A child told of as not taking the dose, or an older one: "not for children", "keep out of the reach of children",
#: "children under 12 should not take it", "children 12 and older".
_CHILD_DENIED = re.compile(
    r"\b(?:not|never|no|avoid|keep|reach|unless|under|below|younger|older|over|above|teens?|teenagers?)\b|n['’]t\b", re.IGNORECASE
)


def _child_named(text: str) -> bool:
    """Does ``text`` name a child without an age (:data:`_CHILD_WORD`) as the one dosed: no adult named in it and the
    child not denied the dose?"""
    return bool(_CHILD_WORD.search(text)) and not _ADULT.search(text) and not _CHILD_DENIED.search(text)


#: A young person whose own tablets a sentence may tell of: "Ruth's 12-year-old son takes the 5 mg chewable", "my daughter's".
_YOUNG = re.compile(
    r"\b(?:sons?|daughters?|grand(?:sons?|daughters?|child(?:ren)?|kids?)|nieces?|nephews?|boys?|girls?)\b"
    r"|(?<![\w.,-])(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen)[\s-]+(?:years?|months?)[\s-]+olds?\b",
    re.IGNORECASE,
)


def _told_of_a_child(text: str) -> bool:
    """Does ``text`` tell of a child's or a young person's dose: a child's age with no adult named after it, a child with no
    age (see :func:`_for_a_child`), or a son, a daughter or one under 18 named with no adult?"""
    named = child_age(text)
    return (
        (named is not None and not _ADULT.search(text, named[1]))
        or _child_named(text)
        or (_YOUNG.search(text) is not None and not _ADULT.search(text))
    )


def _count_of_a_child(sentence: Sentence, at: int) -> bool:
    """Is the count at ``at`` told of a child, in its sentence before it or in the sentence before in its paragraph?"""
    before = [s.text for s in split_sentences(sentence.unit) if s.end <= sentence.start][-1:]
    return any(_told_of_a_child(text) for text in (sentence.text[:at], *before))


def _for_a_child(sentence: Sentence, at: int, entries: list[Dosing]) -> tuple[list[Dosing], bool]:
    """The children's entries among ``entries`` when the text before the dose at ``at`` in its sentence, or the sentence
    before it in its paragraph, names a child's age with no adult named between ("If your four-year-old's hay fever is
    really flaring, give two of the 4 mg cherry chewables": the children's maximum, not the adults'), or a child with no
    age and no adult ("their paediatrician had worked their son up to two of the 0.1 mg tablets with breakfast and three
    more at bedtime"); else ``entries``. Not "Adults take 10 mg" after "My six-year-old takes the 5 mg chewable", nor a
    "45-year-old", nor "Keep it out of the reach of children. Take 10 mg". The flag: the child is told by a word alone
    ("the kids" may be teenagers), so a dose an adult's entry allows is at most a warning."""
    child = [d for d in entries if d.population == "child"]
    if not child:
        return entries, False
    head = sentence.text[:at]
    before = [s.text for s in split_sentences(sentence.unit) if s.end <= sentence.start][-1:]
    for text in (head, *before):
        if (named := child_age(text)) is not None:
            return (entries if _ADULT.search(text, named[1]) or (text is not head and _ADULT.search(head)) else child), False
        if _child_named(text):
            return (entries, False) if text is not head and _ADULT.search(head) else (child, True)
    return entries, False


#: A dose said in its sentence to be taken at home or as an outpatient: "Her letter says four 50 mg tablets at bedtime, at home"
#: (holdout322 kh10), "as an outpatient", "since she was discharged" (not with a hospital named too: "in hospital, then at home").
_AT_HOME = re.compile(
    r"\b(?:at\s+home|(?:as\s+an?\s+)?out-?patients?|since\s+(?:(?:she|he|they|I|you)\s+(?:was|were|got)\s+)?(?:discharged?|home))\b",
    re.IGNORECASE,
)
_IN_HOSPITAL = re.compile(r"\b(?:hospitals?|hospitali[sz]ed|in-?patients?|on\s+the\s+wards?|admitted|admission)\b", re.IGNORECASE)
#: A label entry for outpatients, beside others for hospitalized patients (amitriptyline: 150 mg/day, 300 mg/day in hospital).
_OUTPATIENT_ENTRY = re.compile(r"\boutpatients?\b", re.IGNORECASE)


def _at_home(sentence: Sentence, entries: list[Dosing]) -> list[Dosing]:
    """The outpatients' entries among ``entries``, when the label doses outpatients and hospitalized patients apart and the
    dose's sentence says it is taken at home and names no hospital; else ``entries``."""
    home = [d for d in entries if d.form and _OUTPATIENT_ENTRY.search(d.form)]
    if not home or len(home) == len(entries):
        return entries
    if _AT_HOME.search(sentence.text) and not _IN_HOSPITAL.search(sentence.text):
        return home
    return entries


def _every_day(entries: list[Dosing]) -> list[Dosing]:
    """The entries a regimen taken every day, or several doses in a day, is held to: not a dose given once
    (``one_time``: clopidogrel's 300 mg loading dose is no allowance for "75 mg morning and evening, every
    day"), unless the entries are only such."""
    return [d for d in entries if not d.one_time] or entries


def _unit_strength(drug: DrugFacts, sentence: Sentence, dose: Dose) -> float | None:
    """The strength of one tablet a sentence gives a drug at, when an entry of the drug lists
    it (``strengths``): a strength it names ("one 220 mg tablet", "220 mg caplets"), else one
    unit of the dose ("Aleve 220 mg four times a day", "naproxen sodium 220 mg, four tablets")."""
    named = [mg for _, mg in find_strengths(sentence.text)]
    if dose.single:
        named.append(dose.high_mg / dose.count)
    return next((mg for mg in named if Dosing.at_strength(drug.dosing, mg)), None)


def _above_strength(entries: list[Dosing], strength: float | None, daily: float) -> Limit | None:
    """The maximum of the entries sold at ``strength`` that ``daily`` exceeds, when it is within
    the product's other entries (a prescription regimen of the same molecule): then the
    strength's label maximum ("3 tablets in 24 hours unless directed by a doctor") is exceeded,
    which a doctor may direct, so it is reported as a warning. None otherwise."""
    at = Dosing.at_strength(entries, strength)
    limit = _limit([d for d in at if not _weekly(d)] or at, "max_daily")
    return limit if limit and daily > limit.mg else None


def _strength_finding(
    article: Article,
    sentence: Sentence,
    span: Dose | TabletCount,
    rule: Rule[Any],
    drug: DrugFacts,
    daily: float,
    strength: float,
    limit: Limit,
) -> Finding:
    place = UnitSpan(sentence.unit, sentence.start + span.start, sentence.start + span.end)
    message = (
        f"{_fmt(daily)} of {drug.generic} a day is above the label maximum of {_fmt(limit.mg)} a day for the {_fmt(strength)} "
        f"strength ({_where(limit.entry)}); more only if a doctor directs it"
    )
    return rule.finding(article, place, message, severity=Severity.WARNING, drug=drug.generic)


def _weekly(entry: Dosing) -> bool:
    return "weekly" in (entry.form or "").lower()


def _weekly_only(entries: list[Dosing]) -> bool:
    """Is every label entry of the product a once-weekly amount (methotrexate for arthritis,
    the OZEMPIC pen)? Not a weekly patch: its strength is per day ("0.1 mg/day patch,
    changed every 7 days")."""
    return bool(entries) and all(_weekly(d) and d.route != "transdermal" for d in entries)


def _daily_of_weekly(dose: Dose, entries: list[Dosing]) -> bool:
    """A daily schedule ("7.5 mg every day", "twice a day", "each morning") stated for a
    product whose label dosing is once weekly only: reported by `dosage.weekly-taken-daily`,
    not compared with the weekly amounts as if it were a weekly dose."""
    return dose.every_day and not dose.weekly and _weekly_only(entries)


def _weekly_strength(entries: list[Dosing], strength: float) -> bool:
    """Is ``strength`` (one unit) sold only as a once-weekly product ("the 90 mg capsule" of
    fluoxetine: the delayed-release weekly capsule), however often it is said to be taken?"""
    at = Dosing.at_strength(entries, strength)
    return bool(at) and all(_weekly(d) for d in at)


def _entries(drug: DrugFacts, name: str, dose: Dose, component: str | None, uses: frozenset[str] = frozenset()) -> list[Dosing]:
    """The label entries a stated dose is compared with: the product the article names
    (a brand with its own entries, see ``DrugFacts.for_product``), weekly regimens only
    for doses said to be weekly, one component of a combination product, and the entries
    of the approved use the dose is given for, when the label doses its uses differently."""
    _, entries = drug.for_product(name)
    if uses:  # first: a use dosed once a week only ("the prevention dose is 400 mg a day") is taken weekly
        entries = [d for d in entries if d.use in uses] or entries
    weekly = dose.weekly or _weekly_strength(entries, dose.high_mg / dose.count)
    entries = [d for d in entries if _weekly(d) == weekly] or entries
    if component:
        entries = [d for d in entries if d.component == component] or entries
    return entries


#: Where the words right after an amount stop belonging to it: a clause break.
_CLAUSE_END = re.compile(r"[,;:.!?]")
#: Past that break, words that point back at the dose to say what it is for: "three of the 25 mg tablets together on the
#: morning round, all of it for their blood pressure", "..., both for her blood pressure", "...; that's only for his heart",
#: "..., which is for the swelling" (not "..., and furosemide for her ankles").
_FOR_IT_AFTER = re.compile(
    r"[,;:]\s*(?:and\s+)?(?:all\s+of\s+(?:it|them|that)|all(?:\s+(?:two|three|four|five|six))?|both(?:\s+of\s+them)?"
    r"|the\s+(?:whole\s+)?(?:lot|dose|amount)|each\s+(?:one|of\s+them)|(?:that|this|which|it)(?:['’]s|\s+(?:is|was|are|being))?)"
    r"\s+(?:(?:just|only|purely|solely|entirely|strictly|simply)\s+)?(?=for\b)",
    re.IGNORECASE,
)


def _use_of(article: Article, drug: DrugFacts, sentence: Sentence, dose: Dose, doses: tuple[Dose, ...]) -> str | None:
    """The approved use (with dosing entries of its own) a dose is given for: named right
    after it in its clause ("25 mg three times a day for itching") or past it in words pointing back at the dose ("three
    of the 25 mg tablets together, all of it for their blood pressure"), else the nearest before it
    in its sentence ("For hives, ... 50 mg four times a day"), else told around it, no other dose between, its cause
    before it and what it is for after it ("in the diabetes group ... on a 150 mg capsule after breakfast, after lunch and
    after supper for their feet"), else the last in the cells before it in its table row ("| atrial fibrillation | two
    5 mg tablets morning and evening |"), else the only one its section heading names ("## Hydroxyzine for itching")."""
    dosed = [u for u in drug.approved_uses if any(d.use == u.condition for d in drug.dosing)]
    if not dosed:
        return None
    text = sentence.text
    nxt = min((d.start for d in doses if d.start > dose.start), default=len(text))
    stop = _CLAUSE_END.search(text, dose.end, nxt)
    after = text[dose.end : stop.start() if stop else nxt]
    if stop and (back := _FOR_IT_AFTER.match(text, stop.start())):  # "..., all of it for their blood pressure"
        end = _CLAUSE_END.search(text, back.end(), nxt)
        after += " " + text[back.end() : end.start() if end else nxt]
    found = [(m.start(), u.condition) for u in dosed for pattern in u.patterns for m in pattern.finditer(after)]
    if found:
        return min(found)[1]
    # the nearest before it, the longest of those ending there ("to prevent malaria", not "malaria")
    before = [(m.end(), -m.start(), u.condition) for u in dosed for pattern in u.patterns for m in pattern.finditer(text[: dose.start])]
    if before:
        return max(before)[2]
    # else told around it, no other dose between: its cause before it and what it is for after it ("in the diabetes group
    # ... on a 150 mg capsule after breakfast, after lunch and after supper for their feet")
    prev = max((d.end for d in doses if d.end <= dose.start), default=0)
    around = [
        (m.start(), u.condition)
        for u in dosed
        for pattern in u.patterns
        for m in pattern.finditer(text, prev, nxt)
        if m.start() < dose.start and m.end() > dose.end
    ]
    if around:
        return min(around)[1]
    cells = [
        (m.end(), -m.start(), u.condition)
        for u in dosed
        for pattern in u.patterns
        for m in pattern.finditer(_cells_before(article, sentence.unit))
    ]
    if cells:
        return max(cells)[2]
    named = {u.condition for u in dosed if any(pattern.search(sentence.unit.section) for pattern in u.patterns)}
    return named.pop() if len(named) == 1 else None


#: The words for a product's units or version, right after a word that names its release form: "ER capsules",
#: "the regular tablets", "the standard version".
#: ... or the units said as "ones", a kind or a type: "2,550 mg a day for the regular ones" (holdout294 jf12), "the XR kind".
_UNITS_AFTER = r"(?=\s+(?:tablets?|tabs|capsules?|caps|pills?|versions?|formulations?|ones?|kinds?|types?|sorts?)\b)"
#: The release forms a product is told apart by, in an article's words and in its label entries' ``form``: "the XR
#: tablets", "the slow-release version", "ER capsules". Not "ER" alone (the emergency room).
_RELEASE_FORMS = {
    "extended-release": re.compile(
        r"\b(?:extended|sustained|slow|prolonged|controlled)[- ]release\b|(?-i:\b(?:XR|XL|SR|CR)\b|\bER\b" + _UNITS_AFTER + ")",
        re.IGNORECASE,
    ),
    "immediate-release": re.compile(r"\bimmediate[- ]release\b|(?-i:\bIR\b)", re.IGNORECASE),
}
#: The immediate-release form said as the ordinary one: "600 mg a day of the regular tablets". Only in the amount's own
#: clause: a list's "Regular tablets: 5 mg three times a day" does not make the next item's "Amrix capsules: 15 mg"
#: tablets; not "regular" alone ("a regular dose", "Regular Strength").
_PLAIN_FORM = re.compile(r"\b(?:regular|standard|ordinary|plain|normal)" + _UNITS_AFTER, re.IGNORECASE)


#: The dosage unit an amount is counted in, right after it: "three 75 mg capsules", "a 37.5 mg capsule", "a 300 mg
#: slow-release tablet".
_UNIT_COUNTED = re.compile(
    r"(?:\d[\d,]*(?:\.\d+)?|\.\d+)\s*-?\s*(?:mg|mcg|g|milligrams?|micrograms?|grams?)\s+(?:[\w-]+\s+)?(?P<unit>capsule|tablet)s?\b",
    re.IGNORECASE,
)


def _form_of_unit(article: Article, unit: str) -> str | None:
    """The one release form the article names its ``unit``s (capsules or tablets) by, anywhere: "Besides depression,
    the extended-release capsules are approved for ...", "Effexor XR capsules"; None when it names none or both."""

    def named() -> str | None:
        forms = {
            form
            for form, pattern in _RELEASE_FORMS.items()
            for prose in article.prose_units
            if re.search(rf"(?:{pattern.pattern})\s+(?:[\w-]+\s+)?{unit}s?\b", prose.text, re.IGNORECASE)
        }
        return forms.pop() if len(forms) == 1 else None

    form: str | None = article.memo(f"dosage-form-of-{unit}", named)
    return form


#: Where the words after an amount stop telling its form: a clause break or the next amount ("500 mg a day for the
#: regular tablets and 600 mg a day for the XR tablets").
_FORM_CLAUSE_END = re.compile(r"[,;:.!?]|\d")


def _form_after(text: str, start: int, end: int) -> str | None:
    """The release form named in the amount at ``start``-``end`` of ``text`` or after it in its clause, before
    the next amount: "600 mg a day for the XR tablets", "600 mg XR a day", "700 mg a day of the extended-release
    version"; None when it names none or both."""
    stop = _FORM_CLAUSE_END.search(text, end)
    said = text[start : stop.start() if stop else len(text)]
    forms = {form for form, pattern in _RELEASE_FORMS.items() if pattern.search(said)}
    if _PLAIN_FORM.search(said):
        forms.add("immediate-release")
    return forms.pop() if len(forms) == 1 else None


def _release_form(article: Article, sentence: Sentence, pos: int, end: int) -> str | None:
    """The release form the amount at ``pos``-``end`` of ``sentence`` is of: named in it or after it in its clause
    ("600 mg a day for the XR tablets"), else named last before it in its section ("The usual start is 75 mg of
    the extended-release capsule ... two 150 mg capsules every morning"; the ordinary form in its own sentence: "The ER
    tablets go up to 2,000 mg a day, and the regular tablets up to 2,550 mg"), else the one its heading names, else
    the one the article names the units the amount at ``pos`` is counted in by ("three 75 mg capsules" in an article
    about "the extended-release capsules")."""
    if after := _form_after(sentence.text, pos, end):
        return after
    before = _section_before(article, sentence, pos)
    found = [(m.end(), form) for form, pattern in _RELEASE_FORMS.items() for m in pattern.finditer(before)]
    found += [(m.end(), "immediate-release") for m in _PLAIN_FORM.finditer(before, len(before) - pos)]
    if found:
        return max(found)[1]
    named = [form for form, pattern in _RELEASE_FORMS.items() if pattern.search(sentence.unit.section)]
    if len(named) == 1:
        return named[0]
    counted = _UNIT_COUNTED.match(sentence.text, pos)
    return _form_of_unit(article, counted.group("unit").lower()) if counted else None


#: The dosage forms that tell a dose's route, in an article's words: tablets are swallowed, a nasal spray is not.
_FORM_ROUTES = {
    "oral": re.compile(
        r"\b(?:tablets?|tabs|capsules?|caps|caplets?|pills?|softgels?|gel ?caps?|chewables?|lozenges?|syrup|oral (?:solution|liquid)"
        r"|by mouth|swallow(?:s|ed|ing)?)\b",
        re.IGNORECASE,
    ),
    "nasal": re.compile(
        r"\bnasal sprays?\b|\bnose sprays?\b|\bnostrils?\b|\bsprays? (?:it )?(?:in|into|up) (?:the|your|each|one) nose\b", re.IGNORECASE
    ),
    "transdermal": re.compile(r"\b(?:skin )?patch(?:es)?\b", re.IGNORECASE),
    # "moved to the long-acting injection, Risperdal Consta: 25 mg every two weeks" (after "on tablets")
    "injected": re.compile(r"\b(?:injections?|injectables?|injected|shots?|jabs?|depot|infusions?|pens?)\b", re.IGNORECASE),
}
#: The label routes a form's route name stands for (an injection is into a muscle, under the skin or into a vein).
_ROUTES_OF = {"injected": {"intramuscular", "subcutaneous", "intravenous"}}
#: An amount counted in units swallowed, right after it: "two of the 50 mg tablets", "a 10 mg capsule", "three 200 mg caplets".
_SWALLOWED_UNITS = re.compile(
    r"(?:\d[\d,]*(?:\.\d+)?|\.\d+)\s*-?\s*(?:mg|mcg|g|milligrams?|micrograms?|grams?)\s+(?:[\w-]+\s+)?"
    r"(?:tablets?|tabs?|capsules?|caplets?|pills?|softgels?|chewables?)\b",
    re.IGNORECASE,
)
#: The label routes no tablet or capsule is given by: a count of tablets is not dosed by their entries (four naltrexone
#: tablets a day against the tablets' 150 mg, not the monthly injection's 380 mg).
_NOT_TABLETS = {*_ROUTES_OF["injected"], "intrathecal", "inhaled", "nasal", "topical", "transdermal"}


def _route_named(article: Article, sentence: Sentence, dose: Dose) -> str | None:
    """The route of the dosage form named last before the end of ``dose``'s clause, in its section ("one 1 mg tablet
    twice a day"; "You start the tablets a week before. ... a top dose of 2 mg a day"), else None."""
    stop = _CLAUSE_END.search(sentence.text, dose.end)
    text = _section_before(article, sentence, stop.start() if stop else len(sentence.text))
    found = [(m.end(), route) for route, pattern in _FORM_ROUTES.items() for m in pattern.finditer(text)]
    return max(found)[1] if found else None


def _other_route(drug: DrugFacts, name: str, route: str | None) -> bool:
    """Does ``name`` (a brand, often only inferred from the article) select label entries none of which is of
    ``route``, the route of the form the dose is stated in, while the drug's general entries have one? Then the
    dose is the general product's (the tablets' 2 mg a day, not the Tyrvaya nasal spray's 0.12 mg)."""
    if route is None:
        return False
    _, own = drug.for_product(name)
    _, general = drug.for_product(drug.generic)
    routes = _ROUTES_OF.get(route, {route})
    return not any(d.route in routes for d in own) and any(d.route in routes for d in general)


def _route_product(drug: DrugFacts, name: str, sentence: Sentence, dose: Dose) -> str | None:
    """The product given by the route of the dosage form named last in ``dose``'s own sentence, up to the end of its
    clause, when the entries of ``name`` have none of that route and a product's have: "Some of you have the
    long-acting injection instead, which is 25 mg every 2 weeks and can go up to 50 mg" of risperidone is RISPERDAL
    CONSTA's, not the tablets' 16 mg a day. Of several such products, the one with the highest maximum."""
    stop = _CLAUSE_END.search(sentence.text, dose.end)
    text = sentence.text[: stop.start() if stop else len(sentence.text)]
    found = [(m.end(), route) for route, pattern in _FORM_ROUTES.items() for m in pattern.finditer(text)]
    if not found:
        return None
    routes = _ROUTES_OF.get(max(found)[1], {max(found)[1]})
    if any(d.route in routes for d in drug.for_product(name)[1]):
        return None
    products = {p: d.mg(d.max_daily) or 0.0 for d in drug.dosing if d.route in routes for p in d.products}
    return max(products, key=lambda p: products[p]) if products else None


def _of_form(drug: DrugFacts, entries: list[Dosing], form: str | None) -> list[Dosing]:
    """The entries of the release form an article names (the extended-release capsules' 225 mg, not the
    immediate-release tablets' 375 mg), when some entries are of it and others not; when none is and ``entries``
    are the drug's general ones, the extended-release entries its label gives only under a brand, for the uses of
    ``entries`` ("600 mg a day for the XR tablets" of lamotrigine: Lamictal XR's 600 mg, not the tablets' 500 mg);
    else ``entries`` (the general entries are the immediate-release ones, said or not: "the regular tablets" of
    acetaminophen are not Tylenol's)."""
    if form is None:
        return entries
    pattern = _RELEASE_FORMS[form]
    own = [d for d in entries if d.form and pattern.search(d.form)]
    if own or form == "immediate-release" or any(d.products for d in entries):
        return own or entries
    uses = {d.use for d in entries}
    branded = [d for d in drug.dosing if d.products and d.form and pattern.search(d.form) and d.use in uses]
    return branded or entries


def _section_runs(article: Article) -> dict[int, tuple[int, int]]:
    """Each prose unit (by id): its index, and the index where the run of units of its section
    that it ends begins (memoised: asked for every dose, it must not walk the article each time)."""

    def runs() -> dict[int, tuple[int, int]]:
        units = article.prose_units
        out: dict[int, tuple[int, int]] = {}
        begin = 0
        for i, unit in enumerate(units):
            if i and unit.section != units[i - 1].section:
                begin = i
            out[id(unit)] = (i, begin)
        return out

    runs_of: dict[int, tuple[int, int]] = article.memo("dosage-section-runs", runs)
    return runs_of


def _section_before(article: Article, sentence: Sentence, pos: int) -> str:
    """The text of the section of ``sentence`` up to ``pos`` of it, its paragraphs joined by newlines."""
    place = _section_runs(article).get(id(sentence.unit))
    if place is None:  # not one of the prose units: the last run of its section's units, as read before
        run: list[str] = []
        for unit in article.prose_units:
            if unit.section != sentence.unit.section:
                run.clear()
            else:
                run.append(unit.text)
        return "\n".join(run)
    index, begin = place
    units = article.prose_units
    return "\n".join([u.text for u in units[begin:index]] + [sentence.unit.text[: sentence.start + pos]])


#: Where one sentence of a section's text ends and the next begins (its units are joined by newlines).
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")


def _use_before(
    article: Article, ctx: CheckContext, drug: DrugFacts, sentence: Sentence, pos: int, listed_tells: bool = True
) -> str | None:
    """The approved use (with dosing entries of its own) named last before ``pos`` of ``sentence``
    in its section: "For blood pressure most people start on 25 mg. ... Some end up on two of the
    50 mg tablets each morning" is the blood-pressure dose, whatever other uses the article names;
    None when the use named last has no dosing of its own ("... to prevent malaria. For lupus, 400 mg a day"),
    or, unless ``listed_tells``, is listed in its sentence with another use dosed differently ("approved for ADHD
    and for narcolepsy. ... three of the 20s a day": for tablets counted with no amount, whose strength is itself
    read from the article, a list of what the drug is for tells neither; an amount written out after "treats
    erosive esophagitis and Zollinger-Ellison syndrome" is read as the last use's, as the tests of those uses expect)."""
    dosed = {d.use for d in drug.dosing if d.use}
    last = _last_use_before(article, ctx, drug, sentence, pos, listed_tells) if dosed else None
    if last is None:
        return None
    use, listed = last
    return use if use in dosed and (listed_tells or not listed) else None


def _last_use_before(
    article: Article, ctx: CheckContext, drug: DrugFacts, sentence: Sentence, pos: int, listed_tells: bool = True
) -> tuple[str, bool] | None:
    """The approved use named last before ``pos`` of ``sentence`` in its section (see ``_use_before``), not denied ("the
    constant-worry kind, no panic attacks"), and whether it is listed in its sentence with another use that has dosing of its
    own; None when the section names none before."""
    dosed = {d.use for d in drug.dosing if d.use}
    text = _section_before(article, sentence, pos)
    # the last named; of those ending there, for tablets counted the longest ("social anxiety disorder", not
    # "anxiety disorder"), for an amount the use by name as before ("can also protect you against malaria. Most
    # people take 200 mg twice a day": not read as the weekly prevention dose, tests/test_offlabel_dosage_holdout1516.py)
    # a brand's own copy of a use without doses of its own (Cialis's "erectile dysfunction; BPH") is the use named again
    uses = [u for u in drug.approved_uses if not u.products or u.condition in dosed]
    lexicon = get_context_lexicon(ctx)
    named = [
        (m.end(), -m.start(), u.condition)
        for u in uses
        for pattern in u.patterns
        for m in pattern.finditer(text)
        if not _denied(lexicon, text, m.start())
    ]
    if not named:
        return None
    _, first, use = max(named, key=(lambda n: (n[0], n[2])) if listed_tells else None)
    listed = any(c in dosed and c != use and end <= -first and not _SENTENCE_BREAK.search(text, end, -first) for end, _, c in named)
    return use, listed


def _denied(lexicon: ContextLexicon, text: str, start: int) -> bool:
    """Is the use named at ``start`` of a section's ``text`` denied in its own sentence ("no panic attacks"; not "with or
    without food. For blood pressure")?"""
    opened = max((b.end() for b in _SENTENCE_BREAK.finditer(text, 0, start)), default=0)
    return negated(lexicon, text[opened:], start - opened)


def _of_named_uses(
    article: Article, ctx: CheckContext, drug: DrugFacts, entries: list[Dosing], sentence: Sentence, pos: int
) -> list[Dosing]:
    """The entries without a use of their own, when the article names approved uses of the drug that
    have none (reflux and ulcers) and no use that has (Zollinger-Ellison's 640 mg a day): a reflux
    leaflet's dose is held to the general entries; or when it names both but the use named last before
    the dose at ``pos`` of ``sentence``, in its section, has none ("For reflux, usually 20 mg two times in
    the day. When the burning is very strong, ... 2 tablets of 20 mg in the morning, 2 at midday and 2
    again before sleeping": not Zollinger-Ellison's dose, listed among the uses earlier). Only inferred (the
    use is read from the text around), so a dose above them but within the other use's entry is a
    warning. Empty otherwise."""

    def named() -> frozenset[str]:
        return frozenset(
            u.condition for u in drug.approved_uses for unit in article.prose_units if any(p.search(unit.text) for p in u.patterns)
        )

    uses = article.memo(f"dosage-named-uses:{drug.generic}", named)
    dosed = {d.use for d in drug.dosing if d.use}
    if not uses or (uses & dosed and ((last := _last_use_before(article, ctx, drug, sentence, pos)) is None or last[0] in dosed)):
        return []
    general = [d for d in entries if not d.use]
    return general if general and len(general) < len(entries) else []


def _article_uses(article: Article, drug: DrugFacts) -> frozenset[str]:
    """The approved uses with dosing entries of their own that the article names anywhere (a
    leaflet about erosive oesophagitis: not Zollinger-Ellison's doses; one about arthritis and
    psoriasis: not methotrexate's cancer doses); empty when it names none. Only inferred: a dose
    compared with their entries and above them, but within another use's entry, is a warning."""

    def find() -> frozenset[str]:
        # among all its approved uses: a lupus leaflet that mentions malaria prevention is not about the weekly dose
        # (a brand's own copy of a use without doses of its own, Cialis's ED, is the generic's use named again)
        dosed = {d.use for d in drug.dosing if d.use}
        uses = [u for u in drug.approved_uses if not u.products or u.condition in dosed]
        named = {u.condition for u in uses for unit in article.prose_units if any(p.search(unit.text) for p in u.patterns)}
        return frozenset(named & dosed) if named <= dosed or len(named & dosed) > 1 else frozenset()

    return article.memo(f"dosage-article-uses:{drug.generic}", find)


def _repeated_next(sentence: Sentence, dose: Dose, doses: tuple[Dose, ...]) -> Dose:
    """The last dose of a sentence taken again, or doubled, in the next sentence of its paragraph,
    which names no amount of its own: "Take four 1-gram caplets straight away. Then, twelve hours
    later, take four more.", "Take 20 mg once a day. If it isn't working after a week, just double
    it.", "Take three 300 mg tablets. You can repeat this every four hours,
    up to six times a day." (see ``repeat_in``)."""
    if dose is not doses[-1]:
        return dose
    sentences = split_sentences(sentence.unit)
    at = next((i for i, s in enumerate(sentences) if s.start == sentence.start), None)
    if at is None or at + 1 >= len(sentences):
        return dose
    following = sentences[at + 1].text
    if _amount_positions(following):
        return dose
    if not (dose.starting or dose.cap) and doubled_in(following):
        return dose.doubled()
    repeat = repeat_in(following, dose)
    dose = dose if repeat is None else dose.repeated(repeat)
    more = extra_in(following, dose.count > 1, dose)
    return dose if more is None else dose.plus(more)


def _one_more_next(sentence: Sentence, count: TabletCount) -> float:
    """Tablets taken on top of a day's list of tablets (``count``, at least two of them, no ceiling) in the next sentence of
    its paragraph, which names no amount or count of its own: "Take one with breakfast, one with lunch, one with your evening
    meal and one at bedtime. If the pain wakes you in the night, you can take one more." (holdout229 gs01); 0 when none (not
    "Never take one more", "one more the next day")."""
    if not count.daily or count.at_least or count.at_once or count.per_day is not None or count.count < 2:
        return 0.0
    if tablet_ceiling(sentence.text[count.start : count.end]):
        return 0.0
    sentences = split_sentences(sentence.unit)
    at = next((i for i, s in enumerate(sentences) if s.start == sentence.start), None)
    if at is None or at + 1 >= len(sentences):
        return 0.0
    following = sentences[at + 1].text
    if find_doses(following) or find_combination_doses(following):
        return 0.0
    if any(not c.daily or c.count > 2 for c in find_tablet_counts(following)):
        return 0.0  # a count of its own, not one more ("another tablet": the second)
    if not _TAKING.search(following):
        return 0.0  # "I figure it's the non-drowsy kind so what's one more": no tablet taken (holdout39 q06)
    return extra_in(following, True) or 0.0


#: A count of more tablets, the same ones: "one more", "another", "two more", "an extra one".
_MORE_COUNT = re.compile(r"(?:(?:one|two|a\s+couple)\s+more|another|an?\s+(?:extra|further|additional))\b", re.IGNORECASE)
#: A count that is a day's total or a ceiling, not the tablets of one time of it: "two a day", "up to three".
_DAY_TOTAL = re.compile(
    r"\b(?:a|per|each|every)\s+day\b|\bdaily\b|\bin\s+(?:24|twenty-four)\s+hours\b|\bup\s+to\b|\bno\s+more\b|\bat\s+most\b|\bmax",
    re.IGNORECASE,
)


def _more_later(sentence: Sentence, counts: tuple[TabletCount, ...], count: TabletCount) -> list[TabletCount]:
    """The counts of more of the same tablets later in ``count``'s sentence, taken the same night or day: "I take two of the
    25s when I get into bed, and if I'm still staring at the ceiling at 2 a.m., one more" (holdout240 hd05: three); none when
    ``count`` is a day's total, a ceiling, one dose of several a day or taken together, or the more are forbidden or of another
    strength."""
    if not count.daily or count.at_once or count.ordinal or count.per_day is not None:
        return []
    text = sentence.text
    if _DAY_TOTAL.search(text, count.start, count.end) or tablet_ceiling(text[max(0, count.start - 25) : count.end]):
        return []
    return [
        c
        for c in counts
        if c.start >= count.end
        and _MORE_COUNT.match(text, c.start)
        and c.daily
        and not (c.at_once or c.ordinal or c.per_day is not None)
        and c.strength in (None, count.strength)
        and not _DAY_TOTAL.search(text, count.end, c.end)
        and not forbidden_at(text, c.start, c.end)
        and not OTHER_DAY.search(text, count.end, c.end + 40)
    ]


#: A lead-in that opens one day's tablets listed below it: "a typical working day looks like this:", "Her daily routine:" (not
#: the ways one may choose between: "either of these ways:", "one of the following options:").
_DAY_LEAD = re.compile(r"\b(?:day|days|daily|routine|schedule)\b", re.IGNORECASE)
_CHOICE_LEAD = re.compile(r"\b(?:or|either|options?|ways?|choices?|examples?|instead|if\s+you\s+miss|missed|forget)\b", re.IGNORECASE)
#: A list item that is a count of tablets at a time of the day and nothing more: "one with breakfast", "one more at about 6, if
#: your evenings are busy", "half of one at bedtime".
_ITEM_COUNT = re.compile(r"^\s*(?:one|two|three|a|an|another|half|a\s+half)\b", re.IGNORECASE)


def _listed_day(article: Article, sentence: Sentence) -> TabletCount | None:
    """The tablets of one day listed an item a time under a lead-in that closes its paragraph and names their one strength:
    "Once you're settled on the 20 mg tablets, a typical working day looks like this:" and the items "one with breakfast",
    "one at lunch", "one mid-afternoon, around 3", "one more at about 6" (holdout242 hf02: four). Told as a count at the
    strength's place in the lead-in; None when the lead-in offers choices, an item is not a count at a time of the day, or an
    item names an amount of its own."""
    text = sentence.text.rstrip()
    unit = sentence.unit
    if not text.endswith(":") or sentence.start + len(text) < len(unit.text.rstrip()):
        return None
    if not _DAY_LEAD.search(text) or _CHOICE_LEAD.search(text) or len(named := find_strengths(text)) != 1:
        return None
    units = article.prose_units
    at = next((i for i, u in enumerate(units) if u is unit), None)
    if at is None:
        return None
    items = list(itertools.takewhile(lambda u: u.kind == "list_item", units[at + 1 : at + 9]))
    if len(items) < 2 or not all(_ITEM_COUNT.match(u.text) for u in items):
        return None
    joined = ", ".join(u.text.strip().rstrip(".;,") for u in items)
    if find_doses(joined) or forbidden_at(joined, 0, len(joined)):
        return None
    counts = [c for c in find_tablet_counts(joined) if c.start == 0 and c.daily and c.per_day is None and not c.at_once]
    if not counts or counts[0].count < 2:
        return None
    pos, mg = named[0]
    return TabletCount(pos, pos + len(f"{mg:g}"), counts[0].count, None, True, strength=mg)


#: A verb of taking a tablet: "you can take one more", "he has another".
_TAKING = re.compile(
    r"\b(?:take|takes|taking|took|ha(?:ve|s|d)|swallow(?:s|ed)?|pop(?:s|ped)?|give|gives|gave|add|adds|added)\b", re.IGNORECASE
)


def _component_of(drug: DrugFacts, sentence: Sentence, dose: Dose) -> str | None:
    """For a combination product, the component a plain amount is of ("325 mg
    acetaminophen", "10 mg of hydrocodone"); the first component when unsaid."""
    if not drug.components:
        return None
    after = sentence.text[dose.end : dose.end + 40].lower()
    named = next((c for c in drug.components if after.lstrip(" ,").removeprefix("of ").startswith(c)), None)
    return named or drug.components[0]


def _fmt(mg: float) -> str:
    if mg < 1:
        return f"{mg * 1000:g} mcg"
    return f"{mg:,.0f} mg" if mg == int(mg) else f"{mg:g} mg"


def _where(entry: Dosing) -> str:
    form = f", {entry.form}" if entry.form else ""
    return f"{entry.route}, {entry.population}{form}; source: {entry.source.cite()}"


def _maximum(drug: DrugFacts, limit: Limit, entries: list[Dosing]) -> str:
    """The daily ``limit`` a dose is above, as its message quotes it. When the entries compared
    are several forms' with lower maximums too (the article names no product, so the most
    permissive is compared), each form's, so the writer sees the limit of the one they mean:
    "the label maximum of every form of zolpidem: 10 mg a day for immediate-release tablets
    (AMBIEN); at most 12.5 mg a day (oral, adult, extended-release tablets (AMBIEN CR); source: ...)"."""
    top = limit.entry
    lower = [
        d
        for d in entries
        if d.form != top.form and d.route == top.route and d.population == top.population and (d.mg(d.max_daily) or limit.mg) < limit.mg
    ]
    if not lower:
        return f"the label maximum of {_fmt(limit.mg)} {_period(top)} ({_where(top)})"
    others = ", ".join(f"{_fmt(d.mg(d.max_daily) or 0.0)} {_period(d)} for {d.form}" for d in lower)
    return f"the label maximum of every form of {drug.generic}: {others}; at most {_fmt(limit.mg)} {_period(top)} ({_where(top)})"


def _period(entry: Dosing) -> str:
    """What an entry's maximum is counted over: a once-weekly entry's a week, every other's a day."""
    return "a week" if _weekly(entry) else "a day"


#: A dose named as the drug's ordinary one in a comparison ("worked as well as the standard 100 mg
#: dose", "compared with the usual 100 mg", "than regular 200 mg tablets"): not the product in hand.
_STANDARD_BEFORE = re.compile(
    r"\b(?:standard|usual|regular|normal|ordinary|typical|conventional|traditional|classic|common|full|older)\s+(?:doses?\s+(?:of\s+)?|dosage\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)


#: A strength named as the other term of a contrast with the product its sentence is about ("a low-dose 40mg capsule
#: called Oracea ..., which is a totally different product from the 100mg pills", "not the same thing as the 100 mg
#: capsules", "unlike the 100 mg tablets"): the drug's ordinary product, held to its general entries, not the brand's.
_CONTRASTED_BEFORE = re.compile(
    r"\b(?:(?:different|separate|distinct)\s+(?:[\w-]+\s+){0,2}?(?:from|than|to)|not\s+the\s+same\s+(?:[\w-]+\s+){0,2}?as|unlike"
    r"|rather\s+than|as\s+opposed\s+to|compared\s+(?:with|to)|versus|vs\.?)"
    r"\s+(?:(?:the|your|a|an|regular|ordinary|usual|plain|generic|standard)\s+){0,2}$",
    re.IGNORECASE,
)


#: A dose told as the prescription one: "Prescription doses are higher", "prescription-strength tablets", "On
#: prescription, ...", "your doctor may prescribe" (not "non-prescription", "without a prescription").
_PRESCRIPTION = re.compile(
    r"(?<!non-)(?<!non\s)\bprescription(?:[\s-]strength)?\s+(?:doses?|dosages?|dosing|amounts?|strengths?|tablets?|pills?"
    r"|versions?|products?|forms?|regimens?|plans?|courses?)\b"
    r"|\b(?:on|by|with\s+a|under\s+a|through\s+a)\s+prescription\b"
    r"|\b(?:doctors?|GPs?|prescribers?|physicians?|specialists?|rheumatologists?|clinicians?)\s+(?:(?:may|might|can|could|will|would"
    r"|often|usually|sometimes|commonly|typically|generally)\s+)?(?:prescribes?|prescribed|prescribing)\b",
    re.IGNORECASE,
)


#: A dose told as the over-the-counter one: "over the counter", "OTC", "off the shelf", "without a prescription",
#: "non-prescription", "the box", "the label".
_OVER_THE_COUNTER = re.compile(
    r"\bover[\s-]the[\s-]counter\b|\bOTC\b|\boff\s+the\s+shelf\b|\bwithout\s+a\s+prescription\b|\bnon-?\s?prescription\b"
    r"|\b(?:the|its|a)\s+(?:box|packet|pack|package|label)\b",
    re.IGNORECASE,
)


def _told_as_prescription(sentence: Sentence, dose: Dose, owner: _Owner) -> bool:
    """Is ``dose``, its drug not named in its sentence, told as the prescription dose (:data:`_PRESCRIPTION`) before
    it in its sentence, in the sentence before in its paragraph, or in the sentence that opens its paragraph (no product
    and no over-the-counter use told after it)? Then it is held to the drug's own entries, not to
    those of an over-the-counter product named earlier ("The Aleve label allows one 220 mg tablet every 8 to 12 hours
    ... Prescription doses are higher. For arthritis, a typical plan is 250 mg to 500 mg twice a day"; not "Take three
    Aleve every 8 hours")."""
    if owner.in_sentence(dose.start):
        return False
    text = sentence.unit.text
    at = sentence.start + dose.start
    before = [s for s in split_sentences(sentence.unit) if s.end <= sentence.start]
    start = before[-1].start if before else sentence.start
    if _PRESCRIPTION.search(text, start, at) is not None:
        return True
    # the paragraph opened as the prescription dose ("With a prescription, the dose depends on what you're treating. For
    # reflux ... For an active ulcer it's often 40 mg"), no product and no over-the-counter use told after it
    opened = _PRESCRIPTION.search(text, before[0].start, before[0].end) if before else None
    return (
        opened is not None
        and not any(opened.end() <= m.start < at for m in owner.analysis.in_unit(sentence.unit))
        and _OVER_THE_COUNTER.search(text, opened.end(), at) is None
    )


#: A bare reply that what was just reported cannot be so: "It can't, not any more: ...", "No, it can't.", "They cannot."
#: (not "It can't hurt to ask": a clause goes on after the verb).
_CANNOT_REPLY = re.compile(r"^\W*(?:no\s*[,.!—–-]?\s*)?(?:it|they|that|you)\s+(?:can['’]t|cannot|can\s+not)(?!\s*[\w'’])", re.IGNORECASE)


#: An amount someone else is reported to take, said, posted or wrote: "a forum post where someone said they were on 60 mg",
#: "a guy in my group swears he takes 80 mg", "one comment claimed 600 mg a day was fine".
_REPORTED_BEFORE = re.compile(
    r"\b(?:someone|somebody|some\s+(?:guy|bloke|woman|man|person|poster)|(?:a|one|another)\s+(?:[\w-]+\s+){0,2}?(?:post|poster|thread|comment"
    r"|commenter|video|website|site|guy|bloke|woman|man|person|member|reader|user))\b[^.;!?]{0,80}?"
    r"\b(?:said|says|saying|claimed|claims|claiming|wrote|writes|posted|posts|reckon(?:s|ed)?|swore|swears|insisted|insists)\b[^.;!?]{0,200}$",
    re.IGNORECASE,
)
#: A ceiling the next sentence states as a limit not to go past: "doses above 40 mg aren't recommended", "never more than 40
#: mg", "anything over 40 mg is too much" (a word of denial or of danger beside the capped amount).
_CEILING_DENIED = re.compile(
    r"n['’]t\b|\b(?:not|never|no|too\s+(?:much|high)|unsafe|dangerous|risky|max(?:imum)?|ceiling|limit|top)\b", re.IGNORECASE
)


def _ceiling_answers(article: Article, sentence: Sentence, start: int, end: int) -> bool:
    """Is the amount at ``start:end`` of ``sentence`` someone else's, reported ("a forum post where someone said they were on
    60 mg"), and answered by a ceiling below it in the next sentence of its paragraph ("She said doses above 40 mg aren't
    recommended, full stop")? Then it is hearsay corrected, no dose the article gives (holdout227 gq12)."""
    if not _REPORTED_BEFORE.search(sentence.text, 0, start):
        return False
    amounts = [d.high_mg for d in find_doses(sentence.text) if start <= d.start < end]
    sentences = split_sentences(sentence.unit)
    at = next((i for i, s in enumerate(sentences) if s.start == sentence.start), None)
    if not amounts or at is None or at + 1 >= len(sentences):
        return False
    reply = sentences[at + 1].text
    caps = [d for d in find_doses(reply) if d.cap]
    return bool(caps) and all(c.high_mg < amounts[0] for c in caps) and bool(_CEILING_DENIED.search(reply))


def _hearsay_answered(article: Article, ctx: CheckContext, sentence: Sentence, start: int, end: int) -> bool:
    """Is the amount at ``start:end`` of ``sentence`` hearsay the article answers as false: called a myth ("Myth: ..."), or
    reported ("You may read online that citalopram can go up to 60 mg", "Some websites say ...") and then said to be
    wrong, later in its sentence or by the next ("That is wrong", "It can't, not any more: ...")? It is not a dose the
    article gives. Hearsay left standing is."""
    lexicon = get_context_lexicon(ctx)
    if called_a_myth(lexicon, article, sentence, start):
        return True
    if _ceiling_answers(article, sentence, start, end):
        return True
    if not refuted(lexicon, article, sentence, start):
        return False
    if refuted_later(lexicon, sentence.text, end):
        return True
    sentences = article.prose_sentences
    index: dict[int, int] = article.memo("prose-sentence-index", lambda: {id(s): i for i, s in enumerate(sentences)})
    at = index.get(id(sentence))
    if at is None:
        return False
    if refuted_by_next(lexicon, article, sentences, at):
        return True
    # a bare "it can't" after hearsay that something can be so (not after "people say you can't take more": that agrees)
    nxt = sentences[at + 1] if at + 1 < len(sentences) and sentences[at + 1].unit is sentence.unit else None
    return nxt is not None and not denies(sentence.text[:end]) and bool(_CANNOT_REPLY.match(nxt.text))


@dataclass(frozen=True)
class _Stated:
    """A stated dose with its drug and the label entries it is compared with; ``inferred``: the
    entries are a product's picked from outside the sentence (a brand named in an earlier sentence),
    so a dose above them but within another entry of the drug is at most a warning."""

    sentence: Sentence
    dose: Dose
    drug: DrugFacts
    entries: list[Dosing]
    inferred: bool
    #: The approved uses the article names whose entries ``entries`` are, when the dose is tied to none of them.
    uses: frozenset[str] = frozenset()


def _doses(article: Article, ctx: CheckContext, by_form: bool = False) -> Iterator[_Stated]:
    """Every stated dose with its drug and the label entries it is compared with. A dose
    read as another drug's although the sentence names a drug taken alongside ("If you
    take simvastatin, your doctor will keep its dose at 20 mg a day" in an amlodipine
    article) is left out when it fits that drug's label: which drug it is, is not sure.
    A dose named as the drug's standard one in a comparison is compared with the drug's
    general entries, not those of the product the sentence is about. ``by_form``: the
    entries of the release form named before the dose in its section (for its maximum; a
    form's usual start is not a ceiling of the others'); else those of the form named in
    the dose's own words ("started on 10 mg XR")."""
    for sentence, owner, drug in _owned(article, ctx):
        combos = _combinations_of(get_facts(ctx), drug, sentence.text)
        doses = find_doses(sentence.text)
        for dose in doses:
            if owner(dose.start) is not drug or any(c.start <= dose.start < c.end for c in combos):
                continue
            if dose.listed or _NUTRIENT_AFTER.match(sentence.text, dose.end) or forbidden_before(sentence.text, dose.start):
                continue  # "comes as 15 mg and 30 mg capsules": a strength it is sold in, not a dose
            if unsafe_after(sentence.text, dose.end):
                continue  # "your 15 mg tablet and then another one a few hours later would be far too much"
            if _hearsay_answered(article, ctx, sentence, dose.start, dose.end):
                continue  # "You may read online that citalopram can go up to 60 mg. It can't, not any more"
            if any(_fits(other, dose) for other in owner.alongside_in_sentence(drug)):
                continue
            standard = bool(_STANDARD_BEFORE.search(sentence.text, max(0, dose.start - 30), dose.start))
            name = owner.name(dose.start)
            if (
                standard
                or _CONTRASTED_BEFORE.search(sentence.text, max(0, dose.start - 60), dose.start)
                or _other_strength(drug, name, sentence.text, dose)
                or _prior_regimen(sentence.text, dose, owner)
                or _told_as_prescription(sentence, dose, owner)
            ):
                name = drug.generic
            elif _other_route(drug, name, _route_named(article, sentence, dose)):
                name = drug.generic  # "one 1 mg tablet twice a day" in a varenicline article that named Tyrvaya's nasal spray
            elif product := _route_product(drug, name, sentence, dose):
                name = product  # "the long-acting injection instead, which is 25 mg every 2 weeks" of risperidone
            use = _use_of(article, drug, sentence, dose, doses)
            before = None if use else _use_before(article, ctx, drug, sentence, dose.start)
            article_uses = frozenset() if use else frozenset({before}) if before else _article_uses(article, drug)
            entries = _entries(drug, name, dose, _component_of(drug, sentence, dose), frozenset({use}) if use else article_uses)
            if standard:
                form = None
            elif by_form:
                form = _release_form(article, sentence, dose.start, dose.end)
            else:  # a start: the form its own words name ("started on 10 mg XR", "5 mg (6.25 mg for CR)")
                form = _form_after(sentence.text, dose.start, dose.end)
            of_form = _of_form(drug, entries, form)
            # a form named in the dose's own sentence ("Lyrica CR is taken as 495 mg", "600 mg a day for the XR
            # tablets") is stated, not inferred
            stated_form = form is not None and (
                _RELEASE_FORMS[form].search(sentence.text[: dose.start]) is not None
                or _form_after(sentence.text, dose.start, dose.end) == form
            )
            general = [] if use or article_uses else _of_named_uses(article, ctx, drug, of_form, sentence, dose.start)
            inferred = (
                bool(article_uses)
                or bool(general)
                or (of_form != entries and not stated_form)
                or (not owner.in_sentence(dose.start) and drug.for_product(name)[1] != drug.for_product(drug.generic)[1])
            )
            entries, child_guessed = _for_a_child(sentence, dose.start, general or of_form)
            entries = _at_home(sentence, entries)
            if _SWALLOWED_UNITS.match(sentence.text, dose.start):
                # "two of the 50 mg tablets with breakfast and two more at bedtime": tablets are swallowed, so held to
                # the entries given by mouth (naltrexone's 150 mg, not the monthly injection's 380 mg)
                entries = [d for d in entries if d.route not in _NOT_TABLETS] or entries
            dose = _repeated_next(sentence, dose, doses)
            if dose.daily or dose.per_day is not None or dose.each_daytime:
                entries = _every_day(entries)
            # "| 6 tablets (15 mg) | each morning with breakfast |": how often, in the next cell of its row
            if not sentence.unit.text[sentence.start + dose.end :].strip(" .;,)") and (rest := _next_cell(article, sentence.unit)):
                dose = scheduled_by(dose, rest)
            yield _Stated(sentence, dose, drug, entries, inferred or child_guessed, article_uses)


#: The regimen a reader is on before the product the sentence is about, right before its amount: "Prozac Weekly ...
#: for people who are already well on 20 mg a day", "stabilised on", "who have been taking", "after several weeks
#: of", "moved me from", "seven days after your last 20 mg daily dose".
_PRIOR_BEFORE = re.compile(
    # ("after being steady on 20 mg a day", "once you're established on", "who are doing fine on")
    r"\b(?:(?:already|stable|stabili[sz]ed|settled|steady|established|maintained|controlled|(?:doing|done|did|feel(?:s|ing)?)\s+(?:well|fine|ok(?:ay)?|great)"
    r"|well|comfortable)\s+on"
    r"|(?:ha(?:ve|s|d)|having)\s+been\s+(?:taking|on|using)|(?:were|was)\s+(?:taking|on)|used\s+to\s+(?:take|be\s+on)"
    r"|(?:after|following)\s+(?:(?:a|an|one|two|three|four|six|several|some|a\s+few|a\s+couple\s+of|many|\d+)\s+)?"
    r"(?:days?|weeks?|months?|years?)\s+(?:of|on)"
    r"|(?:after|following|since)\s+(?:the|your|their|his|her|my)\s+last"
    r"|(?:switch\w*|mov\w*|chang\w*|transfer\w*|came|come|coming|step\w*)\s+(?:(?:me|him|her|them|you|us|people|patients|over|across)\s+)?from"
    r"|previously\s+on|instead\s+of)\s+(?:(?:the|your|their|his|her|my|a|an)\s+)?$",
    re.IGNORECASE,
)


def _prior_regimen(text: str, dose: Dose, owner: _Owner) -> bool:
    """Is ``dose`` the regimen the reader takes before the product its sentence names, said right before it
    ("Prozac Weekly, a 90 mg capsule taken once a week by people who are already well on 20 mg a day"), and not
    written with the product's name ("already on Prozac Weekly 90 mg")? Then it is the drug's, not the product's."""
    return bool(_PRIOR_BEFORE.search(text, max(0, dose.start - 60), dose.start)) and not owner.attached(dose.start)


def _other_strength(drug: DrugFacts, name: str, text: str, dose: Dose) -> bool:
    """Is ``dose`` one tablet or capsule of a strength ("the 30 mg capsules") that the product ``name``
    (a brand with entries of its own that list its strengths: LOMAIRA 8 mg) is not sold at? Then it is
    another product of the drug, held to the drug's general entries, not the brand's."""
    _, own = drug.for_product(name)
    sold = {d.mg(s) for d in own for s in d.strengths}
    if not sold or own == drug.for_product(drug.generic)[1]:
        return False
    return any(pos == dose.start and mg not in sold for pos, mg in find_strengths(text))


def _cells_before(article: Article, unit: ProseUnit) -> str:
    """The text of the cells before ``unit`` in its table row, left to right ("atrial fibrillation" for the dose cell of
    "| atrial fibrillation | 5 mg twice a day |"); empty when ``unit`` is no table cell or opens its row."""
    if unit.kind != "table_cell":
        return ""
    units = article.units
    at = next((i for i, u in enumerate(units) if u is unit), 0)
    first = at
    while first > 0 and units[first - 1].kind == "table_cell" and units[first - 1].block == unit.block:
        first -= 1
    return " | ".join(u.text for u in units[first:at])


def _next_cell(article: Article, unit: ProseUnit) -> str | None:
    """The text of the cell after ``unit`` in its table row; None when ``unit`` is no table cell or ends its row."""
    if unit.kind != "table_cell":
        return None
    units = article.units
    at = next((i for i, u in enumerate(units) if u is unit), None)
    if at is None or at + 1 >= len(units) or units[at + 1].kind != "table_cell" or units[at + 1].block != unit.block:
        return None
    return units[at + 1].text


#: "75 grams of glucose", "14 grams of fiber": an amount of something that is not the drug.
_AMOUNT_OF_SOMETHING = re.compile(
    r"[\d.,]+\s*[-\w]*\s+(?:of|per)\s+(?!it\b|this\b|that\b|the\s+(?:medicine|medication|drug|tablets?|capsules?)\b)[a-z]", re.IGNORECASE
)


#: An amount of a nutrient, a food or a drink, wherever the drug is named (the text after the amount): "keep salt under
#: 2 grams of sodium a day", "a gram of protein per kilogram", "25 grams of fibre", "eat or drink 15 grams fast sugar",
#: "15 to 20 g of quick-acting carbs", "16 g dextrose tablets", "120 mL juice". Not "2 grams with water".
_NUTRIENT_AFTER = re.compile(
    r"\s*(?:(?:of|per)\s+)?(?:(?!(?:with|in|into|on|and|or|at|after|before|by|to|for|a|an|the|your|his|her|my)\b)[\w-]+\s+)?"
    r"(?:sodium|salt|fib(?:er|re)|protein|sugars?|carb(?:ohydrate)?s?|fats?|glucose|dextrose|honey|juice|soda|caffeine|alcohol"
    r"|potassium|calcium|iron|magnesium|vitamin\s+\w+|omega-3s?|fish\s+oil)\b(?!-free)",
    re.IGNORECASE,
)


#: A sentence about taking a medicine (the only-drug fallback needs one of these).
_DOSING_WORDS = re.compile(
    rf"\b(?:take|takes|taking|taken|took|dose|doses|dosage|tablets?|tabs?|capsules?|caplets?|pills?|chewables?|{SOFTGELS}"
    r"|a day|daily|per day|each day|times|every|bedtime"
    # "My routine: one 100 mg generic about an hour before date night"
    r"|routine|regimen|generics?|(?:an?|one|half\s+an?)\s+hours?\s+before"
    r"|once|twice|a week|weekly|up to|no more than|maximum|prescribed|start\w*|(?:end|ends|ended|stay|stays|are|is) up on|stay on"
    r"|(?:in\s+the|each|every)\s+(?:morning|evening)|(?:at|each|every)\s+(?:night|lunch(?:time)?)|on\s+waking|(?:with|at)\s+(?:(?:his|her|my|your)\s+)?(?:breakfast|lunch|dinner|supper)|(?:put|puts|had|has|have|kept|keeps|got|gets)\s+(?:me|him|her|them|us)\s+on"
    # "he was on 40 mg", "his GP added another 20 mg"
    r"|(?:am|is|are|was|were|been)\s+on|add(?:s|ed|ing)?\s+(?:another|one\s+more|an\s+extra|a\s+further|a\s+second)"
    # a dose changed by a prescriber: "My prescriber moved me to the 50s", "she switched him to 20 mg"
    r"|(?:moved?|moves|moving|switch(?:es|ed|ing)?|bump(?:s|ed|ing)?|chang(?:e|es|ed|ing)|drop(?:s|ped|ping)?)\s+(?:me|him|her|them|us|you)"
    r"\s+(?:up\s+|down\s+|back\s+|over\s+)?to"
    # a strength called so: "He gets the 10 mg strength from his GP", "His tablets were the 10 mg size", a combination's: "Most
    # people I see leaving the surgery center have the 10/325 strength" (holdout233 gw02)
    r"|\d+(?:\.\d+)?\s*-?\s*(?:mg|mcg)\s+(?:strength|size)|\d+(?:\.\d+)?\s*(?:mg)?\s*/\s*\d+(?:\.\d+)?\s*(?:mg)?\s+(?:strength|size)"
    # tablets called by their strength, given someone: "The urgent care doc gave me the 10 mg ones"
    r"|\d+(?:\.\d+)?\s*-?\s*(?:mg|mcg|milligrams?)\s+ones|(?:gave|give|gives|given|giving|handed|sent)\s+(?:me|him|her|them|us|you)\s+(?:the|some)"
    # a dose on top of the day's, or at a clock time: "an extra 5 mg booster", "a 10 mg top-up", "20 mg at 7am"
    r"|an\s+extra|top-?ups?|boosters?|at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)"
    # tablets named by their strength: "I'll have three of my 10s", "pop two of the 50s", "swallowed four"
    r"|pop(?:s|ped|ping)?|swallow(?:s|ed|ing)?|of\s+(?:the|my|your|his|her|their|those|these)\s+\d{1,4}['’]?s"
    # an injection: "she now injects a 10 mg pen on Sunday morning", "a 5 mg jab every Friday"
    r"|inject(?:s|ed|ing|ions?)?|jabs?|pens?|shots?)\b",
    re.IGNORECASE,
)


#: A drug named as something taken *alongside* the one dosed: "with amiodarone,
#: amlodipine or ranolazine", "if you also take amlodipine", "people taking amlodipine"
#: (the text before the mention, a list of other names allowed in between). Not "start
#: with", "treated with", "sent him home with", "discharged with": those name the drug dosed.
_ALONGSIDE_BEFORE = re.compile(
    r"(?:\b(?<!start )(?<!starts )(?<!starting )(?<!begin )(?<!begins )(?<!treated )(?<!treatment )(?<!together )"
    r"(?<!home )(?<!discharged )with"
    r"|\b(?:together|combined|along)\s+with|\balongside|\bplus"
    r"|\bif\s+you\s+(?:also\s+|already\s+)?(?:take|use|are\s+(?:also\s+)?(?:taking|using|on)|need|have\s+to\s+take)"
    r"|\bwhile\s+(?:also\s+)?(?:taking|using|on)|\b(?:while|as\s+long\s+as)\s+(?:you|they|he|she)(?:['’]re|\s+(?:are|is))?\s+(?:also\s+|still\s+)?(?:takes?|taking|uses?|using|on)"
    r"|\b(?:people|patients|adults|those|anyone|someone|users)\s+(?:who\s+(?:also\s+)?(?:take|use|are\s+on)|(?:also\s+)?(?:taking|using|on))"
    r"|\b(?:when|if)\s+(?:it\s+is\s+|it's\s+)?(?:taken|used|combined|given)\s+with)"
    r"\s+(?:[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+))*$",
    re.IGNORECASE,
)
_BARE_COMMA_BEFORE = re.compile(r",\s*$")
_LIST_GOES_ON = re.compile(r"\s*(?:,|\bor\b|\band\b|/)", re.IGNORECASE)
#: "amlodipine users", "amlodipine patients": the people who take that drug.
_ALONGSIDE_AFTER = re.compile(r"^\s*(?:users|patients|takers)\b", re.IGNORECASE)
#: A drug named as the owner of the dose its clause states: "the simvastatin dose should be no more than 20 mg a day
#: while you take amlodipine", "keep your simvastatin dosage at 20 mg", "the dose of simvastatin shouldn't go above
#: 20 mg" (the text after the name, up to the amount, or before and after it).
_DOSE_OF_NAME_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:['’]s\s+)?(?:(?:daily|usual|maximum|max|total|starting|top)\s+)?(?:dose|dosage|doses)\b[^,;:.!?()\d]{0,50}$",
    re.IGNORECASE,
)
_DOSE_OF_NAME_BEFORE = re.compile(r"\b(?:dose|dosage)\s+of\s+(?:the\s+|your\s+|his\s+|her\s+|their\s+)?$", re.IGNORECASE)
_UP_TO_AMOUNT = re.compile(r"^[^,;:.!?()\d]{0,50}$")
#: A name the amount is written with: "simvastatin 20 mg", "Zocor (simvastatin) 20 mg", "at 20 mg",
#: "Naproxen: 500 mg".
_NAME_THEN_AMOUNT = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:[,:]\s*)?(?:at\s+)?$")
#: An amount written with its name: "20 mg of simvastatin", "20 mg simvastatin", "20 mg tablets of simvastatin".
_AMOUNT_THEN_NAME = re.compile(r"^\s*(?:(?:tablets?|capsules?|pills?|doses?)\s+)?(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
#: An amount told as the dose of the product named right after it: "2 mg a week for Ozempic and 2.4 mg a week *for* Wegovy",
#: "2.4 mg *in* Wegovy" (holdout337 kw06; not "with", which names a drug taken alongside).
_AMOUNT_FOR_NAME = re.compile(
    r"^\s*(?:(?:(?:once|twice)\s+)?(?:a|per|each|every)\s+(?:day|week|month)|(?:once\s+)?(?:daily|weekly))?\s*,?\s*(?:for|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A drug named only as the other term of a comparison or a contrast ("not a calcium channel blocker like the amlodipine
#: many readers take", "about as effective as a week of doxycycline", "unlike ibuprofen", "people mix it up with amlodipine").
_COMPARED_BEFORE = re.compile(
    r"\b(?:(?:un)?like|than|as\s+(?:\w+\s+){1,2}as|compared\s+(?:with|to)|versus|vs\.?|instead\s+of"
    r"|(?:confused?|mistaken?|mix(?:es|ed)?\s+(?:it|them)\s+up)\s+(?:it\s+)?(?:with|for)"
    # ... or a kin of it: "Buspar's basically a milder cousin of Xanax" (holdout264 ib05), "a close relative of", "similar to"
    r"|(?:cousin|relative|sibling|sister|brother|twin|counterpart|alternative|equivalent|substitute)s?\s+(?:to|of)"
    r"|(?:similar|related|akin|kin)\s+to|same\s+(?:family|class|group)\s+as)"
    r"\s+(?:(?:the|a|an|your|my|their|plain|generic)\s+)?(?:(?:(?:a|one|two|\d+)\s+)?(?:weeks?|days?|courses?|months?|doses?)\s+of\s+)?$",
    re.IGNORECASE,
)


def _no_such_tablet(drug: DrugFacts, mg: float) -> bool:
    """Is no tablet of ``drug`` ``mg`` strong, one alone above the most any of its entries allows in a day (a 300 mg tablet
    of sertraline, whose most is 200 mg a day)? (Listed ``strengths`` tell products apart; they are not every tablet.)"""
    most = [d.mg(d.max_daily) or 0.0 for d in drug.dosing if d.max_daily and not _weekly(d)]
    return bool(most) and all(m < mg for m in most)


class _Owner:
    """Who a position in one sentence belongs to: the drug the amount is written with
    ("simvastatin 20 mg", "20 mg of simvastatin"); else the nearest drug named in its
    sentence, else in its paragraph, that is not named as something taken alongside
    ("With amiodarone, amlodipine or ranolazine, not above 20 mg" is a simvastatin dose);
    in an article about one drug, a paragraph that names no drug at all ("Many adults take
    120 mg a day"), or only drugs taken alongside, belongs to that drug."""

    def __init__(self, article: Article, ctx: CheckContext, sentence: Sentence, sole: DrugFacts | None) -> None:
        self.article = article
        self.facts = get_facts(ctx)
        self.analysis = analyse(article, ctx)
        self.sentence = sentence
        self.sole = sole
        self._doses = {d.start: d for d in find_doses(sentence.text)}

    def _alongside(self, mention: Mention) -> bool:
        text = self.sentence.unit.text
        before = text[max(self.sentence.start, mention.start - 100) : mention.start]
        if _ALONGSIDE_AFTER.match(text, mention.end):
            return True
        if not _ALONGSIDE_BEFORE.search(before):
            return False
        # After a bare comma, a name is in the list only if the list goes on ("with amiodarone,
        # amlodipine or ranolazine"); "If you take simvastatin, amlodipine can go up to" starts a clause.
        return not _BARE_COMMA_BEFORE.search(before) or bool(_LIST_GOES_ON.match(text, mention.end))

    def _attached(self, mention: Mention, pos: int) -> bool:
        s = self.sentence
        text = s.unit.text
        start = s.start + pos
        dose = self._doses.get(pos)
        if mention.end <= start:
            return bool(_NAME_THEN_AMOUNT.match(text[mention.end : start]))
        end = s.start + (dose.end if dose else pos)
        return mention.start >= end and bool(_AMOUNT_THEN_NAME.match(text[end : mention.start]))

    def _written_with(self, mention: Mention, pos: int) -> bool:
        """Is ``mention`` written with the amount at ``pos`` ("simvastatin 20 mg", "20 mg of meloxicam a day")?"""
        dose = self._doses.get(pos)
        start = self.sentence.start + pos
        inside = dose is not None and start <= mention.start < self.sentence.start + dose.end
        return inside or self._attached(mention, pos)

    def _compared(self, mention: Mention) -> bool:
        """Is ``mention`` named only as the other term of a comparison ("as effective as a week of doxycycline")?"""
        return bool(_COMPARED_BEFORE.search(mention.unit.text, max(0, mention.start - 60), mention.start))

    def _dose_named_of(self, pos: int) -> Mention | None:
        """The drug named in the amount's clause as the owner of the dose it states ("the simvastatin dose
        should be no more than 20 mg a day while you take amlodipine"), the last such before the amount."""
        s = self.sentence
        text = s.unit.text
        start = s.start + pos
        for m in reversed([m for m in self.analysis.in_unit(s.unit) if s.start <= m.start and m.end <= start]):
            between = text[m.end : start]
            if _DOSE_OF_NAME_AFTER.match(between) or (
                _DOSE_OF_NAME_BEFORE.search(text, max(s.start, m.start - 30), m.start) and _UP_TO_AMOUNT.match(between)
            ):
                return m
        return None

    def _dose_told_for(self, pos: int) -> Mention | None:
        """The drug named right after the amount at ``pos`` as the one it is the dose of ("2.4 mg a week *for* Wegovy")."""
        dose = self._doses.get(pos)
        s = self.sentence
        end = s.start + (dose.end if dose else pos)
        text = s.unit.text
        return next(
            (m for m in self.analysis.in_unit(s.unit) if end <= m.start < s.end and _AMOUNT_FOR_NAME.match(text[end : m.start])),
            None,
        )

    def _mention(self, pos: int) -> Mention | None | bool:
        """The mention that owns ``pos``; None when no drug is named in the paragraph;
        False when the only drugs named near it are taken alongside another (the
        article's only drug then owns it, if it is not one of them)."""
        s = self.sentence
        nearest = self.analysis.nearest(s.unit, s.start, s.end, s.start + pos)
        if (named := self._dose_named_of(pos)) and not (nearest is not None and nearest is not named and self._written_with(nearest, pos)):
            return named  # "the simvastatin dose ... 20 mg", unless written with another name ("20 mg of meloxicam")
        if (told_for := self._dose_told_for(pos)) is not None:
            return told_for  # "2 mg a week for Ozempic and 2.4 mg a week for Wegovy": Wegovy's, not the Ozempic nearer before it
        if nearest is not None and nearest.start >= s.end and self.sole is not None and nearest.generic != self.sole.generic:
            # another drug named only in a later sentence ("... no more than 12 tablets in 24 hours. Newer
            # antihistamines such as loratadine ..."): the dose is of the drug named before it, else of the
            # article's own drug
            return self.analysis.referent(s.unit, s.start, s.end, s.start + pos) or False
        target = s.start + pos
        if (
            nearest is not None
            and self.sole is not None
            and nearest.generic != self.sole.generic
            and (nearest.start > target or nearest.end <= s.start)
            and self._compared(nearest)
            and not self._attached(nearest, pos)
        ):
            # a drug named after the amount, or in an earlier sentence, only as what the article's drug is compared
            # with ("a single 1 g dose was about as effective as a week of doxycycline"): the last other drug named
            # before the amount owns it, else the article's own drug
            before = [m for m in self.analysis.in_unit(s.unit) if m.start < target and not self._compared(m)]
            return before[-1] if before else False
        if nearest is None or not self._alongside(nearest) or self._attached(nearest, pos):
            return nearest
        in_unit = [m for m in self.analysis.in_unit(s.unit) if not self._alongside(m)]
        in_sentence = [m for m in in_unit if s.start <= m.start < s.end]
        for candidates in (in_sentence, in_unit):
            if candidates:
                return min(candidates, key=lambda m: (abs(m.start - target), m.start > target))
        return False

    def _of_combination(self, mention: Mention) -> bool:
        """Is ``mention`` a component of the article's only drug, a combination, named in its strength ("10 mg
        hydrocodone with 325 mg acetaminophen" in a leaflet on hydrocodone-acetaminophen)? Then it is that drug's."""
        sole = self.sole
        if sole is None or mention.generic not in sole.components:
            return False
        return any(c.start <= mention.start < c.end for c in _combinations_of(self.facts, sole, mention.unit.text))

    def _combination_strength_at(self, mention: Mention, pos: int) -> bool:
        """Is ``pos`` in a combination strength of the article's only drug, a combination, whose nearest name is one of its
        components ("Norco, which is hydrocodone mixed with acetaminophen ... The bottle says 10 mg/325 mg")? Then it is
        the combination's: one medicine has no two amounts."""
        sole = self.sole
        if sole is None or mention.generic not in sole.components:
            return False
        return any(c.start <= pos < c.end for c in _combinations_of(self.facts, sole, self.sentence.text))

    def _sold_instead(self, mention: Mention, pos: int) -> DrugFacts | None:
        """The other drug named in the paragraph (or the article's only drug) whose tablets the strength at ``pos`` is, when
        the nearest name, not written with it, is of a drug no tablet of which is that strong: "started her on lithium next
        to the sertraline, to lift the winter lows the sertraline alone doesn't reach. Two 300 mg tablets at night" (no
        sertraline tablet is 300 mg; lithium's are). None when the strength may be the named drug's, or is no tablet's."""
        named = self.facts.drugs.get(mention.generic)
        mg = next((mg for at, mg in find_strengths(self.sentence.text) if at == pos), None)
        if mg is None and (dose := self._doses.get(pos)) is not None and not dose.cap and mention.start >= self.sentence.start + dose.end:
            # one dose, the name only after it in another clause ("One 5 mg a day with my coffee, tamsulosin at night":
            # no dose of tamsulosin is 5 mg; finasteride's is)
            mg = dose.low_mg / dose.count
        if named is None or mg is None or named.components or self._written_with(mention, pos) or not _no_such_tablet(named, mg):
            return None
        others = {m.generic for m in self.analysis.in_unit(self.sentence.unit)} | ({self.sole.generic} if self.sole else set())
        candidates = [self.facts.drugs.get(g) for g in sorted(others - {named.generic})]
        found = [d for d in candidates if d is not None and not d.components and not _no_such_tablet(d, mg)]
        return found[0] if len(found) == 1 else None

    def __call__(self, pos: int) -> DrugFacts | None:
        mention = self._mention(pos)
        if isinstance(mention, Mention):
            if self._of_combination(mention) or self._combination_strength_at(mention, pos):
                return self.sole
            return self._sold_instead(mention, pos) or self.facts.drugs.get(mention.generic)
        if mention is False:
            alongside = {m.generic for m in self.analysis.in_unit(self.sentence.unit)}
            return self.sole if self.sole is not None and self.sole.generic not in alongside else None
        text = self.sentence.text
        if self.analysis.in_unit(self.sentence.unit) or _AMOUNT_OF_SOMETHING.match(text[pos:]):
            return None
        if not (
            _DOSING_WORDS.search(text)
            or _DOSING_WORDS.search(_next_cell(self.article, self.sentence.unit) or "")
            or self._strength_told_before()
        ):
            return None  # "| 15 mg | every day |": the row's next cell says how often
        table = self._table_drug()
        if isinstance(table, DrugFacts):
            return table
        return self.sole if table is None else None

    def _strength_told_before(self) -> bool:
        """Does the sentence right before this one in its paragraph name the strength of the tablets its counts are of
        ("Geoff's on the 1,000 mg tablets. He has one with his porridge, one with his lunchtime sandwich and ...")?"""
        before = self.sentence.unit.text[: self.sentence.start].rstrip()
        last = split_sentences(self.sentence.unit)
        prior = [s for s in last if s.start < self.sentence.start]
        return bool(before and prior and (find_strengths(prior[-1].text) or find_numbered_strengths(prior[-1].text)))

    def _table_drug(self) -> DrugFacts | bool | None:
        """For a table cell that names no drug: the one drug named in its row, else in the
        table's header row, else in the section's heading ("## Tramadol dosage chart");
        False when one of those names several drugs (not guessed); None when not a table cell
        or none is named (the article's only drug then)."""
        unit = self.sentence.unit
        if unit.kind != "table_cell":
            return None
        units = self.article.units
        at = next((i for i, u in enumerate(units) if u is unit), None)
        if at is None:
            return None
        first = at
        while first > 0 and units[first - 1].kind == "table_cell":
            first -= 1
        last = at
        while last + 1 < len(units) and units[last + 1].kind == "table_cell":
            last += 1
        table = units[first : last + 1]
        heading = [u for u in units if u.kind == "heading" and u.text == unit.section][-1:]
        for group in (
            [u for u in table if u.block == unit.block],
            [u for u in table if u.block == table[0].block],
            heading,
        ):
            named = {m.generic for u in group for m in self.analysis.in_unit(u) if m.generic in self.facts.drugs}
            if len(named) == 1:
                return self.facts.drugs[named.pop()]
            if named:
                return False
        return None

    def alongside_in_sentence(self, owner: DrugFacts) -> list[DrugFacts]:
        """Drugs with facts named in the sentence as taken alongside, other than ``owner``."""
        s = self.sentence
        found: dict[str, DrugFacts] = {}
        in_sentence = [m for m in self.analysis.in_unit(s.unit) if s.start <= m.start < s.end]
        if any(m.generic == owner.generic and not self._alongside(m) for m in in_sentence):
            return []  # the owner is named in the sentence itself: no doubt
        for m in in_sentence:
            other = self.facts.drugs.get(m.generic)
            if other is not None and other is not owner and self._alongside(m):
                found[other.generic] = other
        return list(found.values())

    def attached(self, pos: int) -> bool:
        """Is the drug that owns ``pos`` written with its amount ("Prozac Weekly 90 mg", "20 mg of simvastatin")?"""
        mention = self._mention(pos)
        return isinstance(mention, Mention) and self._attached(mention, pos)

    def in_sentence(self, pos: int) -> bool:
        """Is the drug that owns ``pos`` named in the sentence itself?"""
        mention = self._mention(pos)
        return isinstance(mention, Mention) and self.sentence.start <= mention.start < self.sentence.end

    def name(self, pos: int) -> str:
        """The name the drug is given there (a brand selects its own label entries)."""
        mention = self._mention(pos)
        if isinstance(mention, Mention) and mention.start >= self.sentence.end:
            # A brand named only in a later sentence ("... 40 mg a day. The extended-release
            # version, Glucotrol XL, tops out at 20 mg") does not narrow this dose to its label.
            facts = self.facts.drugs.get(mention.generic)
            return facts.generic if facts else mention.text
        if isinstance(mention, Mention):
            return mention.text
        table = self._table_drug() if mention is None else None
        if isinstance(table, DrugFacts):
            return table.generic
        # the drug referred to without its name: the name the article last gave it ("Ozempic"), not a product named in passing
        return _name_carried(self.article, self.analysis.mentions, self.sole, self.sentence.unit) if self.sole else ""


#: What joins a drug's name to a brand that is the same product, in one sentence, the name first: "Paroxetine (Paxil)",
#: "ivermectin tablets (brand name Stromectol)", "venlafaxine, the extended-release capsule sold as Effexor XR", "Naproxen,
#: the medicine in Aleve", "Semaglutide is sold as Ozempic", "Zolpidem (you may know it as Ambien)"; or the brand first:
#: "Paxil (paroxetine)". Not another product of it: "Sildenafil is also sold as Revatio", "the same medicine, under the
#: name Revatio", "a new under-the-tongue version called Tonmya".
_SAME_PRODUCT_AFTER_NAME = re.compile(
    r"(?:\s+[\w.-]+){0,2}\s*\(\s*(?:(?:brand(?:\s+names?)?|(?:sold|known|marketed)\s+as|you\s+may\s+know\s+it\s+as|e\.g\.)\s*:?\s*)?"
    r"|\s*,\s*(?:the\s+(?:[\w-]+\s+){0,3}(?:medicine|drug|ingredient|molecule|capsules?|tablets?|pills?)\s+)?(?:(?:first|now|best|usually)\s+)?"
    r"(?:sold|marketed|branded|known)\s+(?:in\s+the\s+(?:US|UK|United\s+States)\s+)?as\s+"
    r"|\s*,\s*the\s+(?:active\s+)?(?:medicine|drug|ingredient|molecule)\s+in\s+"
    r"|\s+(?:is|was)\s+(?:sold|marketed|branded)\s+(?:in\s+the\s+(?:US|UK|United\s+States)\s+)?as\s+",
    re.IGNORECASE,
)
_SAME_PRODUCT_AFTER_BRAND = re.compile(r"\s*\(\s*(?:generic(?:\s+name)?\s*:?\s*)?", re.IGNORECASE)
#: Other names of the drug listed between the two: "Glipizide (Glucotrol, Glucotrol XL)".
_NAME_LIST = re.compile(r"\x00(?:\s*(?:,|/|\band\b|\bor\b)\s*\x00)*\s*(?:,|/|\band\b|\bor\b)?\s*")


def _named_as(text: str, name: Mention, brand: Mention, others: list[Mention]) -> bool:
    """Is ``brand`` written in ``text`` (their unit's) as the product ``name`` (a name of the same drug) is, in
    apposition ("Paroxetine (Paxil)", "Paxil (paroxetine)")?"""
    first, second = (name, brand) if name.start < brand.start else (brand, name)
    between = text[first.end : second.start]
    for m in sorted((m for m in others if first.end <= m.start and m.end <= second.start), key=lambda m: -m.start):
        between = between[: m.start - first.end] + "\x00" + between[m.end - first.end :]
    if "\x00" in between:  # "Glipizide (Glucotrol, Glucotrol XL)": the other names listed are part of the apposition
        head, _, _ = between.partition("\x00")
        between = head if _NAME_LIST.fullmatch(between[len(head) :]) else between
    link = _SAME_PRODUCT_AFTER_NAME if first is name else _SAME_PRODUCT_AFTER_BRAND
    return link.fullmatch(between) is not None


def _name_carried(article: Article, mentions: list[Mention], drug: DrugFacts, unit: ProseUnit) -> str:
    """The name a dose in ``unit``, a paragraph that names no drug, is read under: the name the article last gave
    ``drug`` before it, but a brand with label entries of its own only when the draft is about that product: its
    title or front matter names it ("Wegovy: how the doses go up"), its prose calls the drug by no other name before
    ("My GP put me on Ozempic."), the draft names the drug as it ("Paroxetine (Paxil) is an SSRI"), or it is named
    beside an amount earlier in the dose's section ("The Aleve label allows one 220 mg tablet every 8 to 12 hours. ...
    Without a prescription, some people take 500 mg at once"). A product named
    in passing ("Side note: there's a new under-the-tongue version called Tonmya that's approved for fibromyalgia",
    then "## The dose ... Usual start: 5 mg, three times a day") is skipped for the name given before it, else the
    generic name is."""
    runs = _section_runs(article)
    index, begin = runs.get(id(unit), (len(runs), len(runs)))
    start = unit.offsets[0] if unit.offsets else 0
    general = drug.for_product(drug.generic)[1]
    own = [m for m in mentions if m.generic == drug.generic]
    about = " ".join([article.title, *(str(d) for d in article.meta.get("drugs") or [])]).lower()

    def as_the_drug(brand: Mention) -> bool:
        names = [m for m in own if m.unit is brand.unit and drug.for_product(m.text)[1] == general]
        others = [m for m in own if m.unit is brand.unit and m is not brand]
        return any(_named_as(brand.unit.text, m, brand, [o for o in others if o is not m]) for m in names)

    before = [m for m in own if m.unit.offsets and m.unit.offsets[0] <= start]
    called = {m.text.lower() for m in before if m.unit.kind not in ("heading", FRONT_MATTER)}
    for mention in reversed(before):
        if (
            drug.for_product(mention.text)[1] == general
            or called == {mention.text.lower()}
            or re.search(rf"(?<!\w){re.escape(mention.text.lower())}(?!\w)", about)
        ):
            return mention.text
        at = runs.get(id(mention.unit))
        if at is not None and begin <= at[0] <= index and find_doses(mention.unit.text):
            return mention.text
        if any(m.text.lower() == mention.text.lower() and as_the_drug(m) for m in own):
            return mention.text
    return drug.generic


def _fits(drug: DrugFacts, dose: Dose) -> bool:
    """Is ``dose`` within every limit of ``drug``'s label (read as that drug's dose)?"""
    entries = _entries(drug, drug.generic, dose, None)
    daily_limit = _limit(entries, "max_daily")
    daily = dose.daily_mg("high")
    amount = daily if daily is not None else dose.high_mg
    return daily_limit is not None and amount <= daily_limit.mg


def _owned(article: Article, ctx: CheckContext) -> list[tuple[Sentence, _Owner, DrugFacts]]:
    """Each prose sentence that states an amount, with its owner resolver, once per drug
    that owns part of it (memoised: every dosage rule asks)."""
    return article.memo("dosage-owned", lambda: list(_find_owned(article, ctx)))


def _find_owned(article: Article, ctx: CheckContext) -> Iterator[tuple[Sentence, _Owner, DrugFacts]]:
    facts = get_facts(ctx)
    primary = [g for g in analyse(article, ctx).primary if g in facts.drugs]
    sole = facts.drugs[primary[0]] if len(primary) == 1 else None
    for sentence in article.prose_sentences:
        positions = _amount_positions(sentence.text)
        if not positions:
            continue
        owner = _Owner(article, ctx, sentence, sole)
        drugs = {id(d): d for d in (owner(pos) for pos in positions) if d is not None}
        for drug in drugs.values():
            yield sentence, owner, drug


def _amount_positions(text: str) -> list[int]:
    doses = [d.start for d in find_doses(text)] + [c.start for c in find_combination_doses(text)]
    return doses + [t.start for t in find_tablet_counts(text)]


def _finding(
    article: Article, sentence: Sentence, dose: Dose, rule: Rule[Any], drug: DrugFacts, message: str, severity: Severity | None = None
) -> Finding:
    place = UnitSpan(sentence.unit, sentence.start + dose.start, sentence.start + dose.end)
    return rule.finding(article, place, message, severity=severity, drug=drug.generic)


def _graded(
    article: Article,
    sentence: Sentence,
    dose: Dose,
    rule: Rule[Any],
    drug: DrugFacts,
    limit: Limit,
    above_label: str,
    above_usual: str,
    amount: float,
    doubt: str = "",
) -> Finding:
    """Above a hard label maximum: the rule's severity, unless the reading is in ``doubt``
    (then a warning saying why). Above the top of a usual range where the label sets no
    ceiling: a warning asking a human to confirm, unless a weekly amount is above every hard
    weekly maximum of the drug too (methotrexate 100 mg a week "for psoriasis": above the 30 mg
    usual ceiling and the 75 mg oncology maximum)."""
    if not doubt and (limit.entry.max_daily_is_label_limit or _beyond_every_entry(drug, limit, amount)):
        return _finding(article, sentence, dose, rule, drug, above_label)
    message = above_label if limit.entry.max_daily_is_label_limit else above_usual
    return _finding(article, sentence, dose, rule, drug, f"{message}; {doubt}" if doubt else message, Severity.WARNING)


def _beyond_every_entry(drug: DrugFacts, limit: Limit, amount: float) -> bool:
    """Is a weekly ``amount`` above the hard maximum of every weekly entry of ``drug`` with the
    route of ``limit``'s entry, one such hard maximum at least? (Weekly regimens only: a daily
    dose above a usual ceiling keeps its own message and warning.)"""
    if not _weekly(limit.entry):
        return False
    same = [d for d in drug.dosing if d.route == limit.entry.route and _weekly(d) == _weekly(limit.entry) and d.max_daily is not None]
    hard = [d for d in same if d.max_daily_is_label_limit]
    return bool(hard) and all(amount > (d.mg(d.max_daily) or 0.0) for d in same)


def _doubt(stated: _Stated, limit: Limit, total: float | None = None) -> str:
    """Why a dose above ``limit`` may not be above the label: its range is above it only at
    its top ("50 to 100 mg every 4 to 6 hours as needed": 600 mg, but 200 mg at the low end),
    or the entries are a product's picked from an earlier sentence and the dose is within
    another entry of the drug for the same route (another product's or use's dose). "" if sure."""
    dose = stated.dose
    low = dose.daily_mg("low")
    if low is not None and low <= limit.mg < (dose.daily_mg("high") or 0):
        return f"only the top of the range adds up to that (the low end is {_fmt(low)} a day); check it with the label"
    if not stated.inferred:
        return ""
    others = [d for d in stated.drug.dosing if d.route == limit.entry.route and d not in stated.entries and _weekly(d) == dose.weekly]
    other = _limit(others, "max_daily")
    amount = total or dose.daily_mg("high") or dose.high_mg
    if other and amount <= other.mg:
        return f"it is within another label entry of {stated.drug.generic} ({_where(other.entry)}); check which product or use is meant"
    return ""


def _for_another_use(drug: DrugFacts | None, entries: list[Dosing], text: str) -> bool:
    """Does ``text`` name an approved use of ``drug`` dosed apart from ``entries``' uses, and none of theirs ("For seizures the
    doses are different, and the label allows up to 20 mg a day" beside a panic-disorder dose: holdout293 je09)?"""
    if drug is None or not entries:
        return False
    own = {d.use for d in entries}
    dosed = {d.use for d in drug.dosing}
    named = {u.condition for u in drug.approved_uses if u.condition in dosed and any(p.search(text) for p in u.patterns)}
    return bool(named) and not named & own


def _capped_beside(
    sentence: Sentence, over: bool, dose: Dose | None = None, drug: DrugFacts | None = None, entries: list[Dosing] | None = None
) -> bool:
    """Does the sentence state the day's total itself ("50 to 100 mg every 4 to 6 hours, no more
    than 400 mg a day"), or, for a dose whose product is ``over`` the label, does the sentence
    before or after it in its paragraph state a ceiling for the day, and no dose of its own? Then the stated total governs
    (and is checked itself), and the dose is not multiplied out. A count of doses ``dose`` holds itself ("one every
    six hours, so up to four in 24 hours") is its schedule, not a ceiling beside it."""
    own = range(dose.start, dose.end) if dose else range(0)
    if any(other.daily for other in find_doses(sentence.text)) or any(start not in own for _, start, _ in tablet_ceilings(sentence.text)):
        return True  # "..., no more than 8 tablets a day": a ceiling in tablets
    if not over:
        return False
    sentences = split_sentences(sentence.unit)
    at = next((i for i, s in enumerate(sentences) if s.start == sentence.start), None)
    if at is None:
        return False
    beside = sentences[max(0, at - 1) : at] + sentences[at + 1 : at + 2]
    # (not a ceiling told for another use of the drug: that use's, not this dose's)
    beside = tuple(s for s in beside if not _for_another_use(drug, entries or [], s.text))
    # a ceiling only: "The usual dose is 50 to 100 mg every 4 to 6 hours, with a ceiling of 400 mg a day."
    # caps its own sentence's dose, not the next sentence's "two 50 mg capsules every four hours"
    return any(
        all(d.daily for d in doses) and (any(d.cap for d in doses) or not doses and tablet_ceiling(s.text))
        for s, doses in ((s, find_doses(s.text)) for s in beside)
    )


#: Words between two doses at parts of a day that make them alternatives or doses of different
#: times ("100 mg in the morning or 100 mg at night", "used to take ..., now ...").
_NOT_SAME_DAY = re.compile(
    r"\b(?:or|either|instead|rather|now|nowadays|anymore|any\s+more|switch\w*|chang\w*|mov\w*|used\s+to|until|later\s+on|then\s+(?:after|from)"
    r"|increas\w*|rais\w*|went|goes|go\s+up|drop\w*|reduc\w*|lower\w*|if|when|unless)\b",
    re.IGNORECASE,
)


#: ... before the first of two amounts taken together: the same words but "now", which dates both ("Now every morning he
#: swallows one 54 mg tablet and one 36 mg tablet together"; "I used to take ... " still dates them to the past).
_NOT_SAME_DAY_BEFORE_BOTH = re.compile(
    r"\b(?:or|either|instead|rather|anymore|any\s+more|switch\w*|chang\w*|mov\w*|used\s+to|until|later\s+on|then\s+(?:after|from)"
    r"|increas\w*|rais\w*|went|goes|go\s+up|drop\w*|reduc\w*|lower\w*|if|when|unless)\b",
    re.IGNORECASE,
)


def _day_totals(stated: list[_Stated]) -> Iterator[tuple[list[_Stated], float]]:
    """Doses of one drug in one sentence taken at different parts of the same day and added up:
    "two tablets of 100 mg in the morning, and one more of 50 mg in the evening" (250 mg),
    "In the morning 200 mg, at night 100 mg", "20 mg at breakfast, 20 mg at lunch and 20 mg at four, and an
    extra 10 mg on homework nights" (a clock time is a part of the day; a dose taken on top joins them).
    Not alternatives ("or", "instead"), nor doses of different days or stages ("now", "switched", "the
    next week"), nor doses with a schedule of their own."""
    groups: dict[tuple[int, int, str], list[_Stated]] = {}
    for item in stated:
        dose = item.dose
        # a dose taken on top of the day's ("an extra 10 mg on homework nights") belongs to it, its time said or not
        timed = (dose.daytime or dose.again) and (dose.per_day is None or dose.again)
        if timed and not (dose.daily or dose.weekly) and not _weekly_only(item.entries):
            groups.setdefault((id(item.sentence.unit), item.sentence.start, item.drug.generic), []).append(item)
    for items in groups.values():
        items.sort(key=lambda i: i.dose.start)
        text = items[0].sentence.text
        between = [text[a.dose.end : b.dose.start] for a, b in zip(items, items[1:], strict=False)]
        # the parts of the day said, and a dose taken again later as a time of its own: "20 mg when I wake, 20 mg at the
        # start of the shift and another 20 at the 3 am break" (60 mg)
        parts = {i.dose.daytime for i in items if i.dose.daytime}
        times = len(parts) + sum(1 for i in items if i.dose.again)
        # past each dose's own time of day: "10 mg when they get up and 10 mg before bed" ("when" is its time)
        between = [past_daytime(t) for t in between]
        # up to the next dose's time, not the clause told between its time and it: "..., and then around 1 pm, when the
        # afternoon slump hits, a 30 mg chewable" (its "when" says when the time comes, not a condition)
        between = [t[: told[1]] if (told := daytime_before_clause(t)) else t for t in between]
        if len(items) < 2 or times < 2 or any(_NOT_SAME_DAY.search(t) or other_day(t) for t in between):
            continue
        # (a dose taken again counts every time only when it is the last and is not itself the repeat of the one before:
        # "20 mg at the start of the shift and another 20 at the 3 am break" is taken twice; in "5 mg in the morning and
        # another 5 mg at night" the second amount is the repeat)
        last = items[-1]
        repeat = _REPEATED_BACK.search(text, items[-2].dose.end, last.dose.start) if len(items) > 1 else None
        yield items, sum(i.dose.high_mg for i in items[:-1]) + (last.dose.high_mg if repeat else _day_mg(last.dose))


#: A day of the week right after an amount, past a few words naming the pen or shot: "a 12.5 mg pen on Saturday", "10 mg
#: every Sunday", "a 10 mg Zepbound shot on Mondays".
_WEEKDAY_AFTER = re.compile(
    r"(?:\s+(?!(?:and|or|plus|then|but|instead|until)\b)[\w-]+){0,3}?\s+(?:on|every|each)\s+"
    r"(?P<day>mon|tues|wednes|thurs|fri|satur|sun)days?\b",
    re.IGNORECASE,
)


#: More than once a week, right after an amount: "10 mg twice a week", "7.5 mg two times weekly", "5 mg 3x per week".
_TIMES_A_WEEK_AFTER = re.compile(
    r"(?:\s+(?!(?:and|or|plus|then|but|instead|until)\b)[\w-]+){0,3}?\s+(?P<n>twice|two|three|2|3)(?:\s*x|\s+times)?\s+"
    r"(?:(?:a|per|each|every)\s+week|weekly)\b",
    re.IGNORECASE,
)
_TIMES_A_WEEK = {"twice": 2.0, "two": 2.0, "2": 2.0, "three": 3.0, "3": 3.0}


def _week_totals(stated: list[_Stated]) -> Iterator[tuple[list[_Stated], float]]:
    """Doses of a once-weekly medicine in one sentence taken on different days of the week, added up as the week's: "she
    does a 12.5 mg pen on Saturday and a 7.5 mg pen on Tuesday" (20 mg a week), or one amount taken more than once a
    week ("she injects 10 mg twice a week": 20 mg). Not alternatives or switches ("or", "instead", "switched from ...
    to"), a ceiling, or an amount that is a listed strength."""
    groups: dict[tuple[int, int, str], list[tuple[_Stated, str]]] = {}
    for item in stated:
        dose = item.dose
        if dose.weekly or dose.cap or dose.listed or dose.daily or not _weekly_only(item.entries):
            continue
        text = item.sentence.text
        if (times := _TIMES_A_WEEK_AFTER.match(text, dose.end)) and not (
            forbidden_before(text, dose.start) or forbidden_at(text, dose.start, times.end())
        ):
            yield [item], dose.high_mg * _TIMES_A_WEEK[times.group("n").lower()]
            continue
        if (day := _WEEKDAY_AFTER.match(item.sentence.text, dose.end)) is None:
            continue
        groups.setdefault((id(item.sentence.unit), item.sentence.start, item.drug.generic), []).append((item, day.group("day").lower()))
    for found in groups.values():
        found.sort(key=lambda pair: pair[0].dose.start)
        text = found[0][0].sentence.text
        between = [text[a.dose.end : b.dose.start] for (a, _), (b, _) in zip(found, found[1:], strict=False)]
        if len(found) < 2 or len({day for _, day in found}) < 2:
            continue
        if any(_NOT_SAME_DAY.search(t) for t in between) or _NOT_SAME_DAY_BEFORE_BOTH.search(text, 0, found[0][0].dose.start):
            continue
        if forbidden_before(text, found[0][0].dose.start) or forbidden_at(text, found[0][0].dose.start, found[-1][0].dose.end):
            continue  # "Never do a 12.5 mg pen on Saturday and a 7.5 mg pen on Tuesday"
        items = [item for item, _ in found]
        yield items, sum(i.dose.high_mg for i in items)


#: The words that make an amount the repeat of the one before it: "and another 5 mg at night", "then a second 10 mg",
#: "and an extra 10 mg around six".
_REPEATED_BACK = re.compile(
    r"\b(?:another|a\s+second|one\s+more|an\s+extra|an\s+additional|a\s+further"
    # ... or added: "he adds one of his old 30 mg capsules at lunch" (once, not twice)
    r"|add(?:s|ed|ing)?\s+(?:in\s+|on\s+)?(?:a|an|one)(?:\s+of)?)\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)


#: Between a dose taken on top of another and the dose it is added to, told after it: "a 20 mg booster
#: in the early afternoon on top of a 70 mg morning capsule", "an extra 10 mg at lunch in addition to her
#: 60 mg", "a 5 mg top-up as well as the usual 20 mg", "a 30 mg chewable around 1 p.m. on top of my usual 70 mg capsule".
_ON_TOP_OF = re.compile(
    r"(?:[ap]\.m\.|[^.;:!?]){0,60}?\b(?:on\s+top\s+of|in\s+addition\s+to|as\s+well\s+as|besides|added\s+to|along(?:side|\s+with))\s+"
    r"(?:(?:a|an|the|their|his|her|your|my|its|our|usual|regular|normal|daily|main|morning)\s+){0,3}$",
    re.IGNORECASE,
)


def _added_totals(stated: list[_Stated]) -> Iterator[tuple[list[_Stated], float]]:
    """A dose taken on top of the one stated just before it, in its sentence or the sentence
    before in its paragraph, added to it: "Most people take their 10mg at lights out. If you
    still wake up at 3am, just pop another half a tab (5mg)" (15 mg), "If the 40 mg dose isn't
    enough, some prescribers add one more 20 mg tablet" (60 mg); on top of a day's schedule, the
    day's total: "8 mg every 8 hours, and if he's still queasy at bedtime he can take another 8 mg"
    (32 mg). Not on top of a ceiling ("up to 24 mg a day") or a weekly dose."""
    for earlier, item in zip(stated, stated[1:], strict=False):
        first, added = earlier.dose, item.dose
        unit = item.sentence.unit
        if earlier.drug is not item.drug or earlier.sentence.unit is not unit:
            continue
        if (
            (first.again or first.daytime)
            and earlier.sentence is item.sentence
            and _ON_TOP_OF.match(item.sentence.text, first.end, added.start)
        ):
            # the added dose told first, as one or at a time of its own: "a 20 mg booster in the afternoon on top of a
            # 70 mg morning capsule", "a 20 mg capsule at lunchtime on top of the 70 mg capsule"
            if not (added.weekly or added.again or added.cap or added.each_daytime or added.per_day):
                yield [earlier, item], first.high_mg + added.high_mg
            continue
        if not added.again:
            continue
        if first.again and earlier.sentence is item.sentence and (pair := _twice_then_extra(item.sentence.text, first, added)):
            # "one 400 mg tablet at 8 am and one at 10 pm, with an extra 100 mg tablet at night" (900 mg)
            yield [earlier] * int(first.per_day or 1) + [item], pair
            continue
        # a dose every morning with one more at another part of the day: "two of the 100 mg tablets every morning. ...
        # add a 50 mg tablet at lunchtime on top of that" (250 mg a day)
        each_day_plus = first.each_daytime and added.daytime is not None and first.daytime not in (None, added.daytime)
        if first.weekly or (first.each_daytime and not each_day_plus) or first.again or first.cap:
            continue
        if earlier.sentence.start != item.sentence.start and unit.text[earlier.sentence.end : item.sentence.start].strip():
            continue  # a sentence between them
        # on top of a day's schedule: "8 mg every 8 hours, and if he's still queasy at bedtime he can take another 8 mg"
        yield [earlier, item], (first.daily_mg("high") or first.high_mg) + added.high_mg


def _twice_then_extra(text: str, first: Dose, added: Dose) -> float | None:
    """The day's total of a dose taken again at a time of its own, told between it and an extra amount of another
    strength told after it: "one 400 mg tablet at 8 am and one at 10 pm, with an extra 100 mg tablet at night" (900 mg).
    None when the extra is the repeat itself ("10 mg at 8 am and another 10 mg at noon"), on another day or forbidden."""
    between = text[first.end : added.start]
    back = _REPEATED_BACK.search(between)
    if back is None or added.high_mg == first.high_mg or first.per_day not in (2.0, 3.0, 4.0):
        return None
    if repeat_in(between[: back.start()], first) is None:
        return None
    if _NOT_SAME_DAY.search(between) or OTHER_DAY.search(between) or forbidden_at(text, first.start, added.end):
        return None
    return first.high_mg * first.per_day + added.high_mg


#: The word joining a second amount to the first.
_JOIN = r"\s*(?:(?:capsules?|tablets?|pills?|caplets?|tabs?|doses?)\b\s*)?,?\s*(?P<join>plus|\+|along\s+with|together\s+with|and|with)\s+"
#: Two amounts taken together, joined by a word that adds them with no time of day between: "a 50 mg capsule
#: plus a 30 mg one", "50 mg + 30 mg", "my 50 mg along with a 30 mg"; a bare "and" only with a word that
#: says at once after the second ("a 50 mg capsule and a 30 mg capsule together") or the second told with the
#: time both are taken, after them or before ("one 54 mg tablet and one 36 mg tablet every morning", "Every morning
#: she swallows a 54 mg tablet and a 36 mg tablet"). Not "25 mg or 50 mg",
#: "from 50 mg to 30 mg", "comes as 30 mg and 50 mg capsules" (listed strengths are no doses).
_JOINED = rf"{_JOIN}(?:(?:a|an|one|my|the|his|her|their|your|our|usual|extra|leftover|spare|old|other|second)\s+){{0,3}}"
_JOINED_AMOUNTS = re.compile(rf"{_JOINED}$", re.IGNORECASE)
#: ... a count of tablets named by a strength as a plural number, of a strength the article names in mg: "plus
#: one of my leftover 30s", "and two of the 20s in one go".
_JOINED_PLURAL = re.compile(
    rf"{_JOIN}(?P<n>one|two|three|an?|\d)\s+(?:of\s+)?(?:(?:the|my|his|her|their|your|those|these|our|usual|extra|leftover|spare|old|other)\s+){{0,3}}"
    r"(?P<s>\d{1,4}(?:\.\d+)?)['’]?s\b",
    re.IGNORECASE,
)
#: The number alone a dose is added to, of a strength the article names in mg, after "to" with a verb that adds before
#: the dose, or after "on top of": "adding one of his old 40 mg tablets to the 80 each night", "she adds a 25 mg tablet to
#: her usual 50", "a 10 mg on top of the 20 he already takes" (not "from 40 mg to 80": no word before the number; "to the
#: 80 mg": an amount, read itself; "to the 80 tablets in the bottle").
_ADDED_TO_BARE = re.compile(
    r"[^.;:!?\d]{0,40}?\b(?P<to>to|on\s+top\s+of|in\s+addition\s+to)\s+"
    r"(?:(?:the|his|her|my|their|your|our|usual|regular|normal|nightly|daily|evening|morning|current|prescribed)\s+){1,3}"
    r"(?P<s>\d{1,4}(?:\.\d+)?)(?![\d.,/:%-])(?!\s*(?:mg|mcg|milli|micro|g\b|ml|units?\b|hours?\b|hrs?\b|days?\b|weeks?\b|months?\b"
    r"|years?\b|minutes?\b|[ap]\.?m\b|o['’]clock|percent|tab|tablets?\b|capsules?\b|pills?\b|caplets?\b|doses?\b|s\b|['’]s\b))",
    re.IGNORECASE,
)
#: A verb that adds one dose to another, before the first: "adding one of his old 40 mg tablets to the 80".
_ADDING_BEFORE = re.compile(r"\b(?:add(?:s|ed|ing)?|tack(?:s|ed|ing)?\s+on)\b[^.;:!?]{0,40}$", re.IGNORECASE)


#: A verb that puts two amounts together, before the first when a bare "with" joins them: "pair the daily 5 mg
#: with a 20 mg tablet on weekend nights", "stacks his 50 mg with a 25 mg", "combine the 10 mg with another 10 mg"
#: (not "start with 5 mg", "5 mg with a meal": no amount after; "compared with", "replaced with": no such verb;
#: "never pair the daily 5 mg with a 20 mg tablet").
_PAIRED_BEFORE = re.compile(
    r"(?<!\bnot\s)(?<!\bnever\s)(?<!n['’]t\s)\b(?:pair(?:s|ed|ing)?|combin(?:e|es|ed|ing)|stack(?:s|ed|ing)?|doubl(?:e|es|ed|ing)\s+up|top(?:s|ped|ping)?\s+up"
    r"|team(?:s|ed|ing)?\s+up|mix(?:es|ed|ing)?|boost(?:s|ed|ing)?|supplement(?:s|ed|ing)?)\b[^.;:!?]{0,40}$",
    re.IGNORECASE,
)
#: A range opened before the first of two amounts joined by "and": "Most people take between 2 mg and 10 mg once a day".
_RANGE_OPENED = re.compile(r"\bbetween\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: Taken at once, a few words after the second amount: "... and a 30 mg capsule together".
_AT_ONCE_AFTER = re.compile(rf"[^,;:.!?]{{0,30}}?\b{TOGETHER}", re.IGNORECASE)
#: The two amounts told as alternatives after the second, "both" or "either" doing something: "7.5 mg and 15 mg once a day
#: both eased arthritis pain", "10 mg and 20 mg a day were both studied", "either worked" (two strengths of a study, not one
#: day's sum; not "both at breakfast", "both together", "both taken with food": taken at once).
_ALTERNATIVES_AFTER = re.compile(
    r"[^,;:.!?]{0,40}?\b(?:both|either)\b(?!\s+(?:at|with|in|before|after|on|together|taken|swallowed|first|every|each|of|by|around|when)\b)",
    re.IGNORECASE,
)


def _alone(dose: Dose) -> bool:
    """Is ``dose`` an amount with no schedule, ceiling or part of the day of its own (a dose to add to another)?"""
    return not (dose.weekly or dose.each_daytime or dose.cap or dose.daily or dose.per_day or dose.again or dose.daytime or dose.listed)


def _strength_named(article: Article, mg: str) -> bool:
    """Does the article name ``mg`` (digits) as an amount in mg anywhere ("Starting dose: 30 mg")?"""
    named = re.compile(rf"(?<![\d.]){re.escape(mg)}\s*(?:mg|milligrams?)\b", re.IGNORECASE)
    return any(named.search(unit.text) for unit in article.prose_units)


#: The join after a dose taken again, to one more amount: "my 15 mg tablet and then another one a few hours later,
#: plus a 7.5 mg" (not a bare "and": "... later and a 7.5 mg the next day" may be another day's).
_JOINED_AFTER_REPEAT = re.compile(
    r"(?:,|\s)\s*(?P<join>plus|\+|along\s+with|together\s+with|as\s+well\s+as|on\s+top\s+of\s+(?:that|those|them))\s+"
    r"(?:(?:a|an|my|the|his|her|their|your|our|usual|extra|leftover|spare|old|other|second|third)\s+){0,3}$",
    re.IGNORECASE,
)


def _repeated_then_joined(item: _Stated, nxt: _Stated) -> list[_Stated] | None:
    """A dose taken again later the same day, told between it and the next amount, then that amount added with
    "plus": "my 15 mg tablet and then another one a few hours later, plus a 7.5 mg" (15 + 15 + 7.5 mg); the items
    of the sum, the first once per time it is taken. None when not so."""
    first, text = item.dose, item.sentence.text
    if not first.again or first.per_day is None or not first.per_day.is_integer() or first.per_day > 4:
        return None
    if first.weekly or first.each_daytime or first.cap or first.daily or first.daytime or first.listed:
        return None
    between = text[first.end : nxt.dose.start]
    joined = _JOINED_AFTER_REPEAT.search(between)
    if joined is None:
        return None
    repeat = repeat_in(between[: joined.start()], first)
    if repeat is None or repeat.per_day is not None or _NOT_SAME_DAY.search(between) or OTHER_DAY.search(between):
        return None
    if forbidden_at(text, first.start, nxt.dose.end):
        return None
    return [item] * int(first.per_day) + [nxt]


def _schedules_both(dose: Dose) -> bool:
    """Is ``dose``, the second of two amounts joined with no time of day between them, told with the time of day or
    schedule they are both taken on ("two of the 15 mg tablets plus one 5 mg tablet every morning": 35 mg each
    morning)? Not a total for the day, a ceiling, a weekly dose or one taken again."""
    return bool(dose.every_day or dose.daytime) and not (dose.daily or dose.again or dose.weekly or dose.cap or dose.listed)


def _joined_totals(article: Article, stated: list[_Stated]) -> Iterator[tuple[list[_Stated], float]]:
    """Doses of one drug in one sentence added together with no time of day between them: "my usual 50 mg capsule
    plus one of my leftover 30s" (80 mg), "a 50 mg capsule and a 30 mg capsule together", "20 mg + 10 mg", the second
    told with the time of day of both ("two of the 15 mg tablets plus one 5 mg tablet every morning": 35 mg; at least
    the first once and the second's day, "... plus one 5 mg tablet twice a day": 40 mg); the first taken again before
    the join ("my 15 mg tablet and then another one a few hours later, plus a 7.5 mg"). Not alternatives, switches,
    listed strengths, forbidden doses, or a first dose with a schedule of its own."""
    for index, item in enumerate(stated):
        first, text = item.dose, item.sentence.text
        nxt = stated[index + 1] if index + 1 < len(stated) else None
        if nxt and (nxt.sentence is not item.sentence or nxt.drug is not item.drug or not (_alone(nxt.dose) or _schedules_both(nxt.dose))):
            nxt = None
        if nxt and _alone(nxt.dose) and not forbidden_before(text, first.start) and (items := _repeated_then_joined(item, nxt)):
            yield items, sum(i.dose.high_mg for i in items)
            continue
        clause = text.rfind(",", 0, first.start) + 1  # "When his LDL stalled, he started adding ...": its own clause
        # "I add a 40 mg tablet to my usual 80": the dose is one more (taken again) only by the adding verb
        added_alone = _alone(replace(first, again=False, per_day=None) if first.again else first)
        if added_alone and not forbidden_before(text, first.start) and (added_to := _ADDED_TO_BARE.match(text, first.end)):
            if (
                not _NOT_SAME_DAY.search(text, clause, first.start)
                and (added_to.group("to").lower() != "to" or _ADDING_BEFORE.search(text, clause, first.start))
                and _strength_named(article, added_to.group("s"))
                and not unsafe_after(text, added_to.end())
            ):
                mg = parse_number(added_to.group("s"))
                added = replace(item, dose=replace(first, start=added_to.start("s"), end=added_to.end(), low_mg=mg, high_mg=mg, count=1.0))
                yield [item, added], first.high_mg + mg
            continue
        # a time of day told before the first ("Now every morning he swallows one 54 mg tablet and one 36 mg tablet
        # together") is the time of both, not a schedule of the first's own
        fronted = daytime_fronted(text[clause : first.start])
        if not _alone(replace(first, daytime=None) if fronted else first):
            continue
        if forbidden_before(text, first.start) or _NOT_SAME_DAY_BEFORE_BOTH.search(text, 0, first.start):
            continue
        if nxt:
            joined = _JOINED_AMOUNTS.match(text[first.end : nxt.dose.start])
            said_unsafe = forbidden_at(text, first.start, nxt.dose.end)
            join = joined.group("join").lower() if joined else ""
            if (
                joined
                and not said_unsafe
                and not (join == "and" and _ALTERNATIVES_AFTER.match(text, nxt.dose.end))
                and (
                    join != "and"
                    or _AT_ONCE_AFTER.match(text, nxt.dose.end)
                    or ((_schedules_both(nxt.dose) or fronted) and not _RANGE_OPENED.search(text, clause, first.start))
                )
                and (join != "with" or _PAIRED_BEFORE.search(text, 0, first.start))
            ):
                yield [item, nxt], first.high_mg + (nxt.dose.daily_mg("high") or nxt.dose.high_mg)
                continue
        plural = _JOINED_PLURAL.match(text, first.end)
        if plural is None or not _strength_named(article, plural.group("s")) or unsafe_after(text, plural.end()):
            continue
        if plural.group("join").lower() == "and" and not _AT_ONCE_AFTER.match(text, plural.end()):
            continue
        if plural.group("join").lower() == "with" and not _PAIRED_BEFORE.search(text, 0, first.start):
            continue
        if any(o.sentence is item.sentence and first.end < o.dose.start < plural.end() for o in stated):
            continue
        count = 1.0 if plural.group("n").lower() in {"a", "an"} else parse_number(plural.group("n")) or 1.0
        mg = count * parse_number(plural.group("s"))
        added = replace(item, dose=replace(first, start=plural.start("n"), end=plural.end(), low_mg=mg, high_mg=mg, count=count))
        yield [item, added], first.high_mg + mg


#: Between a dose at a part of the day and tablets called by their strength at another part of it, a word that adds them:
#: "a 30 mg tablet each morning plus one of the 10s at bedtime", "two of the 40 mg tablets with breakfast, and after my last
#: check they added one of the 20s with supper", "20 mg when she wakes, as well as a couple of the 5s after school".
_STRENGTH_COUNT_ADDED = re.compile(
    r"^[^.;:!?]{0,60}?\b(?:plus|and|along\s+with|together\s+with|as\s+well\s+as|on\s+top\s+of\s+(?:that|it|this)|add(?:s|ed|ing)?"
    r"|tack(?:s|ed|ing)?\s+on|throw(?:s|n)?\s+in)\b[^.;:!?]{0,50}$",
    re.IGNORECASE,
)


#: A dose asked about, not given: "Some people ask whether they can take ...", "Can I take ...?" (the sentence a question).
_ASKED_BEFORE = re.compile(r"\b(?:whether|ask(?:s|ed|ing)?\s+(?:if|about)|wonder(?:s|ed|ing)?\s+(?:if|about))\b", re.IGNORECASE)


def _told_as_taken(text: str, first: Dose) -> bool:
    """Whether the dose that opens a sum is told as taken that day: not forbidden, not moved to another day before both
    amounts, not asked about (a question, or "whether" before it)."""
    return not (
        forbidden_before(text, first.start)
        or _NOT_SAME_DAY_BEFORE_BOTH.search(text, 0, first.start)
        or _ASKED_BEFORE.search(text, 0, first.start)
        or text.rstrip().endswith("?")
    )


def _strength_counted_totals(article: Article, stated: list[_Stated]) -> Iterator[tuple[list[_Stated], float, bool]]:
    """A dose at one part of the day and, later in its sentence, tablets called by their strength ("one of the 10s", "two
    of the 20s") at another part of it, added: "a 30 mg tablet each morning plus one of the 10s at bedtime" (40 mg), "two of
    the 40 mg tablets with breakfast, and after my last check they added one of the 20s with supper" (100 mg). The strength
    named in mg in the article or one the drug is sold at (sure), else, for a drug whose entries list no strengths, one within
    its largest single dose (not sure: "10 or 15 mg" written, no "10 mg"). Not alternatives or doses of other days or stages
    ("or", "instead", "now", "switched"), a dose forbidden or asked about, or a dose that is a day's total, a ceiling or a
    schedule of its own."""
    for item in stated:
        first, text = item.dose, item.sentence.text
        if not first.daytime or first.daily or first.per_day is not None or first.weekly or first.cap or first.listed or first.again:
            continue
        if not _told_as_taken(text, first):
            continue  # "Some people ask whether they can take a 20 mg tablet with breakfast plus one of the 10s at night"
        later = [o.dose.start for o in stated if o.sentence is item.sentence and o.dose.start > first.start]
        for count in find_tablet_counts(text):
            if count.start < first.end or not count.strength or count.at_once or count.ordinal or count.per_day is not None:
                continue
            if count.count > 4 or any(start < count.end for start in later):
                break
            between = text[first.end : count.start]
            clause = _CLAUSE_END.search(text, count.end)
            part = daytime_in(text[count.start : clause.start() if clause else len(text)])
            named = _strength_named(article, f"{count.strength:g}") or Dosing.at_strength(item.drug.dosing, count.strength)
            guessed = not any(d.strengths for d in item.drug.dosing) and 0 < count.strength <= _largest_single(item.drug)
            if (
                part is None
                or part == first.daytime
                or not (named or guessed)
                or not _STRENGTH_COUNT_ADDED.match(past_daytime(between))
                or _NOT_SAME_DAY.search(between)
                or other_day(between)
                or forbidden_at(text, first.start, count.end)
                or unsafe_after(text, count.end)
            ):
                break
            mg = count.count * count.strength
            added = replace(
                item,
                dose=replace(
                    first, start=count.start, end=count.end, low_mg=mg, high_mg=mg, count=count.count, daytime=part, each_daytime=False
                ),
            )
            yield [item, added], first.high_mg + mg, bool(named)
            break


#: What between a dose on a schedule and one tablet more of a strength makes them no sum: alternatives, a change of dose
#: ("or", "instead", "switched", "used to", "went up").
_NOT_ON_TOP = re.compile(
    r"\b(?:or|either|instead|rather|anymore|any\s+more|switch\w*|chang\w*|used\s+to|until|then\s+(?:after|from)|increas\w*"
    r"|rais\w*|went|go\s+up|drop\w*|reduc\w*|lower\w*|unless)\b",
    re.IGNORECASE,
)
#: The time word that closes the schedule's own clause ("20 mg four times a day now, and ...").
_NOW_FIRST = re.compile(r"^\s*(?:now|nowadays|these\s+days|currently|at\s+the\s+moment)\b", re.IGNORECASE)


def _schedule_then_one_more(article: Article, stated: list[_Stated]) -> Iterator[tuple[list[_Stated], float, bool]]:
    """A dose on a schedule for the day and, later in its sentence, one tablet more called by its strength ("another one of
    the 20s", "one more of my 10s"), added: "I'm on 20 mg four times a day now, and on game days I take another one of the
    20s before warm-up" (100 mg; holdout269 ig07). Sure when the strength is named in mg in the article or the drug is sold
    at it. Not alternatives or a change of dose, nor a dose forbidden, asked about, a ceiling, a weekly dose or a day's
    total."""
    for item in stated:
        first, text = item.dose, item.sentence.text
        if not first.per_day or first.again or first.daily or first.weekly or first.cap or first.listed:
            continue
        if not _told_as_taken(text, first):
            continue
        later = [o.dose.start for o in stated if o.sentence is item.sentence and o.dose.start > first.start]
        for count in find_tablet_counts(text):
            if count.start < first.end or not count.more or not count.strength or count.count != 2:
                continue
            if any(start < count.end for start in later):
                break
            between = text[first.end : count.start]
            named = _strength_named(article, f"{count.strength:g}") or Dosing.at_strength(item.drug.dosing, count.strength)
            if (
                not named
                or not _STRENGTH_COUNT_ADDED.match(between)
                or _NOT_ON_TOP.search(between[(now.end() if (now := _NOW_FIRST.match(between)) else 0) :])
                or other_day(between)
                or forbidden_at(text, first.start, count.end)
                or unsafe_after(text, count.end)
            ):
                break
            mg = count.strength
            added = replace(
                item,
                dose=replace(
                    first, start=count.start, end=count.end, low_mg=mg, high_mg=mg, count=1.0, per_day=None, extra=0.0, daytime=None
                ),
            )
            yield [item, added], (first.daily_mg("high") or first.high_mg) + mg, True
            break


#: A part of the day told as the subject its amount is said of, right before the amount: "Tyler's morning tablet is", "the
#: bedtime one has been", "her evening dose is now" (not "the morning tablet was", a past regimen).
_PART_TOLD_BEFORE = re.compile(
    r"\b(?:morning|breakfast|lunchtime|lunch|midday|afternoon|evening|supper|dinner|teatime|bedtime|night-?time|night)\s+"
    r"(?:tablet|pill|capsule|caplet|dose|one)\s+(?:is|['’]s|has\s+been)\s+(?:now\s+|still\s+|currently\s+)?$",
    re.IGNORECASE,
)


def _parts_told_totals(stated: list[_Stated]) -> Iterator[tuple[list[_Stated], float]]:
    """The amounts of one drug said of the parts of a day told as subjects, in one sentence or the next of its paragraph:
    "Tyler's morning tablet is 0.2 mg. Since the October appointment the bedtime one has been 0.3 mg" (0.5 mg a day),
    "Her morning dose is 20 mg and her evening one is 10 mg". Only the present ("is", "has been", not "was"), each the only
    amount of its sentence or the two of one sentence, the parts different, nothing between them that makes them
    alternatives or doses of other days or stages ("used to", "switched", "if", "next week")."""
    for a, b in zip(stated, stated[1:], strict=False):
        if a.drug is not b.drug or a.sentence.unit is not b.sentence.unit:
            continue
        told = [_PART_TOLD_BEFORE.search(i.sentence.text, max(0, i.dose.start - 50), i.dose.start) for i in (a, b)]
        parts = [daytime_in(m.group()) if m else None for m in told]
        if None in parts or parts[0] == parts[1]:
            continue
        if any(i.dose.daily or i.dose.per_day is not None or i.dose.weekly or i.dose.cap or i.dose.listed for i in (a, b)):
            continue
        text = a.sentence.unit.text
        start, end = a.sentence.start + a.dose.end, b.sentence.start + b.dose.start
        if a.sentence.start != b.sentence.start:
            if text[a.sentence.end : b.sentence.start].strip() or any(
                o.sentence.unit is a.sentence.unit
                and o.sentence.start in (a.sentence.start, b.sentence.start)
                and o is not a
                and o is not b
                for o in stated
            ):
                continue  # a sentence between them, or another amount in either
        between = text[start:end]
        if _NOT_SAME_DAY.search(between) or other_day(between) or forbidden_before(a.sentence.text, a.dose.start):
            continue
        if any(_ASKED_BEFORE.search(i.sentence.text, 0, i.dose.start) or i.sentence.text.rstrip().endswith("?") for i in (a, b)):
            continue  # "Is it fine if her morning tablet is 20 mg and the bedtime one is 10 mg?"
        yield [a, b], a.dose.high_mg + b.dose.high_mg


def _part(dose: Dose) -> str:
    """A dose as a part of a day's total: "200 mg (morning)", or a schedule's day ("24 mg a day")."""
    if dose.per_day is not None and not dose.again and (daily := dose.daily_mg("high")) is not None:
        return f"{_fmt(daily)} a day"
    return _fmt(dose.high_mg) + (f" ({dose.daytime})" if dose.daytime else "")


def _day_mg(dose: Dose) -> float:
    """What a dose adds to a day's total: its amount, or, taken again later that day, every time it is taken."""
    return (dose.daily_mg() or dose.high_mg) if dose.again else dose.high_mg


def _narrowest(items: list[_Stated]) -> list[Dosing]:
    """The entries a day's doses are held to together: of the doses whose use is not inferred from outside their
    sentence, those of the one tied to a use (or product) when every other's entries hold them ("a 100 mg tablet in
    the morning plus a 50 mg tablet at night for their blood pressure": the hypertension entry, not the angina one the
    article named before), else the first's."""
    told = [i for i in items if not i.uses] or items
    for item in sorted(told, key=lambda i: len(i.entries)):
        if all(all(entry in other.entries for entry in item.entries) for other in told):
            return item.entries
    return told[0].entries


def _day_above_strength(article: Article, rule: Rule[Any], items: list[_Stated], entries: list[Dosing], total: float) -> Finding | None:
    """A day of doses of one strength that only some of ``entries`` are sold at, above their maximum though within the
    others' ("For High Blood Pressure ... one 25 mg Coreg with breakfast, another 25 mg with lunch, and a third 25 mg
    with dinner": the tablets' 50 mg a day, within the CR capsules' 80 mg): a warning, as for one such dose
    (``_above_strength``). None for doses of several strengths or a total for the day ("50 mg a day")."""
    if any(i.dose.daily or i.dose.low_mg != i.dose.high_mg for i in items):
        return None
    strengths = {i.dose.high_mg / i.dose.count for i in items}
    if len(strengths) != 1:
        return None
    strength = strengths.pop()
    limit = _above_strength(entries, strength, total)
    if limit is None:
        return None
    last = items[-1]
    at = items[0] if items[0].sentence.start == last.sentence.start else last
    return _strength_finding(article, at.sentence, replace(at.dose, end=last.dose.end), rule, items[0].drug, total, strength, limit)


def _day_total_above_max(article: Article, rule: Rule[Any], items: list[_Stated], total: float) -> Finding | None:
    """Doses at parts of one day (see ``_day_totals``), or one taken on top of another (see
    ``_added_totals``), whose sum is above the label maximum; at the doses when in one
    sentence, else at the last."""
    first = items[0]
    entries = _every_day(_narrowest(items))  # several doses in a day: not a dose given once
    limit = _limit(entries, "max_daily")
    if limit is None or total <= limit.mg:
        return _day_above_strength(article, rule, items, entries, total)
    last = items[-1]
    at = first if first.sentence.start == last.sentence.start else last
    span = replace(at.dose, end=last.dose.end)
    shown = [_part(i.dose) for i in items]
    end_dose = items[-1].dose
    if end_dose.again and end_dose.per_day and sum(i.dose.high_mg for i in items) < total:
        # the last dose taken again later that day, every time counted (``_day_totals``): "20 mg × 2 (morning)"
        shown[-1] = f"{_fmt(end_dose.high_mg)} × {end_dose.per_day:g}" + (f" ({end_dose.daytime})" if end_dose.daytime else "")
    elif len(items) == 1 and total > end_dose.high_mg:
        # one amount taken more than once a week (``_week_totals``): "10 mg × 2"
        shown = [f"{_fmt(end_dose.high_mg)} × {total / end_dose.high_mg:g}"]
    parts = " + ".join(shown)
    drug = first.drug.generic
    # a once-weekly medicine's doses add up over its week ("a 10 mg pen on Sunday morning and another 10 mg pen on
    # Wednesday night"), its label maximum a weekly amount
    period = "a week" if _weekly_only(entries) else "a day"
    return _graded(
        article,
        at.sentence,
        span,
        rule,
        first.drug,
        limit,
        f"{parts} is {_fmt(total)} of {drug} {period}, above {_maximum(first.drug, limit, entries)}",
        f"{parts} is {_fmt(total)} of {drug} {period}, above the usual range (up to {_fmt(limit.mg)} {period}); "
        f"the label sets no hard maximum, so have a pharmacist confirm it ({_where(limit.entry)})",
        total,
        _doubt(first, limit, total),
    )


#: How often a dose is raised by a step, after it: "one more 15 mg tablet every one to two weeks", "another 25 mg every
#: week" (a step, not the day's dose).
_STEP_AFTER = re.compile(
    r"(?:\s+(?:tablet|capsule|pill|dose)s?\b)?\s*,?\s*(?:every|each)\s+(?:(?:\d{1,2}|one|two|three|four|five|six)\s+(?:to|or|-|–)\s+)?"
    r"(?:\d{1,2}|one|two|three|four|five|six|other)?\s*(?:weeks?|fortnight)\b",
    re.IGNORECASE,
)


def _sold_at(article: Article, drug: DrugFacts, mg: float) -> bool:
    """Is ``mg`` a strength ``drug`` is sold at, or, for a drug whose entries list none, one the article names in mg within its
    largest single dose?"""
    return bool(Dosing.at_strength(drug.dosing, mg)) or (
        not any(d.strengths for d in drug.dosing) and 0 < mg <= _largest_single(drug) and _strength_named(article, f"{mg:g}")
    )


def _counts_above_max(article: Article, rule: Rule[Any], ctx: CheckContext) -> Iterator[Finding]:
    """Tablet counts with no amount beside them ("up to 12 tablets a day", "2 tablets every
    4 hours", "two Aleve every eight hours") times the one strength of the product they are
    of ("Aleve": 220 mg), else the smallest tablet strength the article names for that drug
    ("50 mg tablets"): at least that much is taken a day. Not for combination products."""
    owned = _owned(article, ctx)
    strengths: dict[str, float] = {}
    named_strengths: dict[str, set[float]] = {}
    #: per drug, the strengths each sentence names, by the sentence's place (unit index, start)
    near: dict[str, dict[tuple[int, int], float]] = {}
    #: the places (drug, place) whose strength is an amount told beside a count, the drug listing no such strength
    told: set[tuple[str, tuple[int, int]]] = set()
    units = {id(u): i for i, u in enumerate(article.prose_units)}
    sole = _sole(article, ctx)
    #: the places whose sentence tells of a child's dose ("Her son takes the 5 mg chewable")
    child_places: set[tuple[int, int]] = set()
    #: per drug, the strengths told with each look of the tablets before a place ("blue 1 mg tablets"): (place, look, mg)
    looks: dict[str, list[tuple[tuple[int, int], str, float]]] = {}
    for sentence in article.prose_sentences:
        at = (units.get(id(sentence.unit), -1), sentence.start)
        if told_looks := find_looks(sentence.text):
            owner = _Owner(article, ctx, sentence, sole)
            for pos, word, mg in told_looks:
                if (drug := owner(pos)) is not None and Dosing.at_strength(drug.dosing, mg):
                    looks.setdefault(drug.generic, []).append((at, word, mg))
        for generic, mg in _bare_strengths(article, ctx, sentence):
            near.setdefault(generic, {})[at] = min(mg, near.get(generic, {}).get(at, mg))
            named_strengths.setdefault(generic, set()).add(mg)
        named = find_strengths(sentence.text)
        # "naproxen sodium 220 mg, four tablets a day": an amount said once, beside a count of
        # tablets, is a strength when the drug is sold at it (an entry's ``strengths``)
        beside_count = (
            [(d.start, d.high_mg) for d in find_doses(sentence.text) if d.single and d.per_day is None and d.count == 1]
            if find_tablet_counts(sentence.text)
            else []
        )
        numbered = find_numbered_strengths(sentence.text)
        # ... or counted by it: "In March she bumped it to two of the 20s", then "So now it's two in the morning and a third
        # one after dinner" in the next paragraph (holdout240 hd07)
        numbered = (*numbered, *((c.start, c.strength) for c in find_tablet_counts(sentence.text) if c.strength))
        if not named and not beside_count and not numbered:
            continue
        if _told_of_a_child(sentence.text):
            child_places.add(at)  # "Ruth's 12-year-old son takes the 5 mg chewable": a child's strength
        owner = _Owner(article, ctx, sentence, sole)
        for pos, mg in numbered:
            # "My prescriber moved me to the 50s. Now it's two of them ...": tablets called by a strength the drug is sold at, or,
            # for a drug whose entries list none, one the article names in mg within its largest single dose ("I keep a few of
            # the 20s around" of tadalafil, "up to 20 mg" said above: holdout231 gu04); in a paragraph naming no drug, a
            # strength the article's only drug is sold at ("Mine are the 850s.": the plural is the tablets', holdout284 iv07)
            drug = owner(pos)
            if drug is None and sole is not None and _sold_at(article, sole, mg) and not analyse(article, ctx).in_unit(sentence.unit):
                # (also of a drug whose entries list no strengths, one the article names in mg: "cyclobenzaprine 10 mg" in the
                # first post, then "The 10s aren't cutting it" in a later one, holdout300 jl06)
                drug = sole
            if drug is not None and _sold_at(article, drug, mg):
                near.setdefault(drug.generic, {})[at] = min(mg, near.get(drug.generic, {}).get(at, mg))
        for pos, mg in [*named, *beside_count]:
            drug = owner(pos)
            if drug is None or mg <= 0:
                continue
            if (pos, mg) not in named and not Dosing.at_strength(drug.dosing, mg):
                # "Regular strength 325 mg: 1 or 2 tablets every 4 hours" of a drug whose entries list no strengths:
                # the strength of the tablets counted there and after it in the paragraph, not one named elsewhere
                # in the article (the "500 mg caplets" of another section), when those tablets at once are within
                # one dose; not the amount of a whole dose ("four Advil (that's 800 mg)", "1,000 mg: two caplets")
                beside = next((c for c in find_tablet_counts(sentence.text) if c.start > pos), None)
                one = beside is not None and not beside.daily and beside.count * mg <= _largest_single(drug)
                if one and at not in near.get(drug.generic, {}):
                    near.setdefault(drug.generic, {})[at] = mg
                    told.add((drug.generic, at))
                continue
            strengths[drug.generic] = min(mg, strengths.get(drug.generic, mg))
            named_strengths.setdefault(drug.generic, set()).add(mg)
            near.setdefault(drug.generic, {})[at] = min(mg, near.get(drug.generic, {}).get(at, mg))
    for sentence, owner, drug in owned:
        if drug.components:
            continue
        counts = find_tablet_counts(sentence.text)
        if listed := _listed_day(article, sentence):
            counts = (*counts, listed)  # "a typical working day looks like this:" and the day's tablets listed below it
        # (not a step of the dose raised every few weeks: "add one more 15 mg tablet every one to two weeks ..., up to four
        # tablets at bedtime", the count the step is raised to is the day's; holdout226 gp01)
        stated = [d for d in find_doses(sentence.text) if (d.daily or d.per_day) and not _STEP_AFTER.match(sentence.text, d.end)]
        # (not the tablets' strength called so, the count after it of those tablets: "Her capsules are now the 150 mg size, and
        # she takes two with breakfast and two more at bedtime", holdout268 if03)
        stated = [d for d in stated if not (d.count == 1 and not d.daily and called_strength(sentence.text, d.start))]
        at_here = (units.get(id(sentence.unit), -1), sentence.start)
        for count in counts:
            tablets = count.daily_tablets()
            if tablets is not None and count is counts[-1] and (more := _one_more_next(sentence, count)):
                tablets += more  # "... and one at bedtime. If the pain wakes you in the night, you can take one more."
            if tablets is not None and (later := _more_later(sentence, counts, count)):
                tablets += sum(c.count for c in later)  # "two of the 25s when I get into bed, and ... at 2 a.m., one more"
            # a ceiling in tablets beside a stated dose is checked itself ("..., up to 12 tablets a day")
            ceiling = count.daily and tablet_ceiling(sentence.text[max(0, count.start - 25) : count.end])
            if (stated and not count.ordinal and not ceiling) or tablets is None or owner(count.start) is not drug:
                continue
            if forbidden_at(sentence.text, count.start, count.end) or _forbidden_strength_before(sentence.text, count.start):
                continue  # "Never take two in the morning and one at night", "Never take ibuprofen 400, three at a time"
            if _hearsay_answered(article, ctx, sentence, count.start, count.end):
                continue  # "Some people say you can take three every four hours. That is wrong: ..."
            if any(other.start < count.start and other.daily_tablets() == tablets for other in counts):
                continue  # "two tablets a day: one with breakfast and one at around 2pm": the same tablets told again
            if not count.daily and any(other.daily and not other.at_least and not other.at_once for other in counts):
                # "1 or 2 tablets every 4 hours, no more than 8 tablets in 24 hours": the total is checked (not "three with
                # breakfast, and then another three every four hours", "two right away and then another two every three
                # hours": those at breakfast or at once are one dose, no total for the day)
                continue
            name = owner.name(count.start)
            if count.product and (product := _product_named(drug, count.product)):
                name = product  # "two Extra Strength caplets" in an article on acetaminophen: Tylenol Extra Strength
            elif not count.product and not count.strength and (product := _product_counted_before(drug, sentence.text, count.start)):
                name = product  # "He buys the Extra Strength caplets, and he takes two of them first thing": those caplets
            elif count.product and name.lower() not in count.product.lower():
                continue  # "two Tums every four hours": not tablets of this drug
            elif not owner.in_sentence(count.start) and _not_one_of(
                drug, name, count.strength or _nearest_strength(near.get(drug.generic, {}), at_here[0], at_here[1])
            ):
                # the strength its own sentence names, or the one named nearest before it ("the 37.5 wears off around 2
                # p.m. ... breaking a second tablet in half"), not a product named before that has no such tablet ("Lomaira
                # is a smaller 8 mg tablet ..." then "One whole 37.5 with breakfast, ... another tablet in half"), or the one
                # the tablets are called by ("a second whole tablet of the 37.5 after lunch"); Effexor XR named before "a
                # fourth 75 mg capsule" stays the product
                name = drug.generic
            product_strength = _product_strength(drug, name) or _stated_product_strength(article, drug, count.product)
            _, every = drug.for_product(name)
            every = [d for d in every if d.route not in _NOT_TABLETS] or every
            named_every = every
            # "On the worst nights he takes four" after the sleep-aid dose: that use's entries; else those of the
            # uses the article names ("two 20s" of tadalafil in an article on erectile dysfunction: not the PAH dose)
            use = _use_before(article, ctx, drug, sentence, count.start, listed_tells=False)
            # ... or the use its own sentence names after it: "On a really bad night I take two of them with my cocoa, and I
            # sleep like a log" (the sleep aid's, not the allergy dose named in the paragraph before)
            use = _use_before(article, ctx, drug, sentence, len(sentence.text), listed_tells=False) or use
            if use and not any(d.use == use for d in every):
                # the brand named last is another use's ("Under the names Adcirca and Alyq, ... for PAH"), the
                # section's use is dosed in the generic's entries: those ("two of the 20s" in the ED dosing section)
                every = [d for d in drug.dosing if d.use == use and not d.products] or every
            uses = frozenset({use}) if use else _article_uses(article, drug)
            entries = _of_form(drug, [d for d in every if d.use in uses] or every, _release_form(article, sentence, count.start, count.end))
            if not uses:
                # a heartburn page's tablets: the general entries, not Zollinger-Ellison's 640 mg (see ``_doses``)
                entries = _of_named_uses(article, ctx, drug, entries, sentence, count.start) or entries
            entries, _ = _for_a_child(sentence, count.start, entries)  # (a count within an adult's entry is a warning)
            entries = _at_home(sentence, entries)
            if (count.daily and not count.at_once) or count.per_day is not None:
                entries = _every_day(entries)  # not "4 tablets together": that may be the dose given once
            limit = _limit([d for d in entries if not _weekly(d)] or entries, "max_daily")
            # "three of the 100s": the strength the tablets are named by, when the article or the label names it;
            # else read in the label's unit when one such tablet is within the day's maximum ("three of my
            # 100s" of sertraline), a strength the tool infers
            own = (
                count.strength
                if count.strength in named_strengths.get(drug.generic, set())
                or Dosing.at_strength(drug.dosing, count.strength)
                or _amount_named_near(article, ctx, drug, sentence, count.strength)
                else None
            )
            if own is None and count.looks:
                # "two blue tablets" after "white 0.5 mg tablets and blue 1 mg tablets": the one strength told with that look
                # before the count (not when two strengths were told with it)
                of_look = {mg for place, word, mg in looks.get(drug.generic, []) if word == count.looks and place <= at_here}
                own = of_look.pop() if len(of_look) == 1 else None
            guessed = (
                limit.entry.mg(count.strength)
                if count.strength and not own and limit and (limit.entry.mg(count.strength) or 0.0) <= limit.mg
                else None
            )
            # a count not told of a child is of the strengths told of no child, when the article names some: "a small 10 mg
            # tablet" and "Ruth's 12-year-old son takes the 5 mg chewable", then "she takes two every evening" (holdout314
            # jz03: 10 mg tablets; a warning, the tablets are inferred)
            near_of = near.get(drug.generic, {})
            grown = {place: mg for place, mg in near_of.items() if place not in child_places}
            not_childs = bool(grown) and len(grown) < len(near_of) and not _count_of_a_child(sentence, count.start)
            near_of = grown if not_childs else near_of
            told_at = _nearest_place(near_of, units.get(id(sentence.unit), -1), sentence.start)
            # the strength named nearest, in the count's paragraph or the one before, else the one strength the article names
            # farther before the count ("You have been given famotidine 40 mg tablets" sections above "Take one tablet with
            # breakfast, one with your evening meal and one at bedtime", a shop's 20 mg tablets named after it: holdout253 hq01;
            # a warning, see ``inferred``), else the article's smallest
            told_before = {mg for place, mg in near_of.items() if place < at_here}
            far = next(iter(told_before)) if told_at is None and len(told_before) == 1 else None
            smallest = min(grown.values()) if not_childs else strengths.get(drug.generic)
            here = near_of[told_at] if told_at else far or smallest
            # the nth tablet after a dose said n - 1 times a day in its sentence: that dose is one tablet ("10 mg four times a day
            # for the back spasms, and on the worst nights ... a fifth tablet at bedtime": 10 mg; holdout242 hf06), inferred
            of_dose = next(
                (
                    d.high_mg
                    for d in reversed(stated)
                    if count.ordinal
                    and sentence.text[count.start : count.start + 2].lower() == "a "  # not "the third one in the pack is spare"
                    and d.end <= count.start
                    and d.count == 1
                    and d.low_mg == d.high_mg
                    and d.per_day == count.count - 1
                ),
                None,
            )
            strength = own or guessed or product_strength or here or of_dose
            if strength is None or _weekly_strength(every, strength):
                continue  # a once-weekly capsule taken daily: dosage.weekly-taken-daily
            # a strength read from an amount beside a count ("325 mg: 2 tablets"), not a listed one, is not sure
            inferred = (
                count is listed
                or count.done
                or strength == guessed
                or (of_dose is not None and not (own or guessed or product_strength or here))
                or (strength == here and (drug.generic, told_at) in told)
                or (strength == far and far != strengths.get(drug.generic))
                # (not when the strength is told in the count's own sentence: "I take a 10 mg tablet with breakfast, and then a
                # second one before bed", holdout244 hh03)
                or (strength == here and not_childs and told_at != at_here)
            )
            daily = tablets * strength
            if not use and limit and daily <= limit.mg and (lowest := _lowest_use_limit(entries, uses)) and daily > lowest.mg:
                what = f"{tablets:g} tablets of {drug.generic} a day at the {_fmt(strength)} strength is {_fmt(daily)} a day,"
                place = UnitSpan(sentence.unit, sentence.start + count.start, sentence.start + count.end)
                yield _other_use_finding(article, place, rule, drug, what, lowest, limit)
                continue
            single = _limit(entries, "max_single") if count.at_once else None
            if single and (limit is None or daily <= limit.mg) and count.count * strength > single.mg:
                # "ibuprofen 400, three tablets at a time": one dose above the label's largest
                place = UnitSpan(sentence.unit, sentence.start + count.start, sentence.start + count.end)
                message = (
                    f"{count.count:g} tablets at once of {drug.generic} at the {_fmt(strength)} strength is {_fmt(count.count * strength)} "
                    f"in one dose, above the label maximum single dose of {_fmt(single.mg)} ({_where(single.entry)})"
                )
                sure = not inferred and single.entry.max_daily_is_label_limit
                yield rule.finding(article, place, message, severity=None if sure else Severity.WARNING, drug=drug.generic)
                continue
            if limit is None or daily <= limit.mg:
                # a strength only one product is sold at ("7.5 mg capsules": BRISDELLE), the generic name used
                at_strength = _above_strength(entries if Dosing.at_strength(entries, strength) else drug.dosing, strength, daily)
                if at_strength:
                    yield _strength_finding(article, sentence, count, rule, drug, daily, strength, at_strength)
                continue
            place = UnitSpan(sentence.unit, sentence.start + count.start, sentence.start + count.end)
            # above the use's maximum but within another use's: the use is inferred from the text before
            overall = _limit([d for d in named_every if not _weekly(d)] or named_every, "max_daily")
            sure = limit.entry.max_daily_is_label_limit and not inferred and (overall is None or daily > overall.mg)
            severity = None if sure else Severity.WARNING
            of = f"of {name}" if product_strength else "the article names" if strength != guessed else "the tablets are called by"
            # a usual range where the label sets no ceiling ("about 200 mcg/kg" of ivermectin, up to 24 mg): said so
            above = (
                f"above the label maximum of {_fmt(limit.mg)} a day"
                if limit.entry.max_daily_is_label_limit
                else f"above the usual range (up to {_fmt(limit.mg)} a day); the label sets no hard maximum, so have a pharmacist "
                "confirm it"
            )
            message = (
                f"{tablets:g} tablets of {drug.generic} a day at the {_fmt(strength)} strength {of} is {_fmt(daily)} a day, {above} "
                f"({_where(limit.entry)})"
            )
            yield rule.finding(article, place, message, severity=severity, drug=drug.generic)


def _called_days_above_max(article: Article, rule: Rule[Any], ctx: CheckContext) -> Iterator[Finding]:
    """Tablets called by their strength's number alone at the parts of one day ("a 15 at breakfast and another 7.5 before
    bed", "mg" never written there): each number a strength the drug is sold at (``strengths``) and named in mg in the
    article; the day's sum held to the maximum of the entries sold at those strengths."""
    sole = _sole(article, ctx)
    for sentence in article.prose_sentences:
        if not (days := find_called_days(sentence.text)):
            continue
        owner = _Owner(article, ctx, sentence, sole)
        for start, end, numbers in days:
            if (drug := owner(start)) is None or drug.components or forbidden_at(sentence.text, start, end):
                continue
            if not all(Dosing.at_strength(drug.dosing, mg) and _strength_named(article, f"{mg:g}") for mg in numbers):
                continue
            entries = [d for mg in numbers for d in Dosing.at_strength(drug.dosing, mg)]
            limit = _limit(_every_day(entries), "max_daily")
            if limit is None or (total := sum(numbers)) <= limit.mg:
                continue
            place = UnitSpan(sentence.unit, sentence.start + start, sentence.start + end)
            message = (
                f"{' + '.join(_fmt(mg) for mg in numbers)} tablets of {drug.generic} in a day is {_fmt(total)}, above the label maximum "
                f"of {_fmt(limit.mg)} a day ({_where(limit.entry)})"
            )
            severity = None if limit.entry.max_daily_is_label_limit else Severity.WARNING
            yield rule.finding(article, place, message, severity=severity, drug=drug.generic)


def _stated_product_strength(article: Article, drug: DrugFacts, product: str | None) -> float | None:
    """The one strength the article gives the product tablets are counted by, named so ("Pepcid AC is 10 mg;
    Maximum Strength is 20 mg" ... "two Maximum Strength tablets"): the name is one of the drug's products
    (its dose entries'); None when the article names none or several."""
    named = _product_named(drug, product) if product else None
    if named is None:
        return None

    def stated() -> list[tuple[str, float]]:
        return [(name, mg) for sentence in article.prose_sentences for _, name, mg in find_product_strengths(sentence.text)]

    found = {mg for name, mg in article.memo("dosage-product-strengths", stated) if _product_named(drug, name) == named}
    return found.pop() if len(found) == 1 else None


def _puffs_above_max(article: Article, rule: Rule[Any], ctx: CheckContext) -> Iterator[Finding]:
    """Puffs of an inhaler counted with a schedule or a day's total ("4 puffs every 3 hours", "up to 16
    inhalations a day") times what one puff gives as the article says it, nearest before the count ("Each
    puff gives 90 mcg", "90 mcg per puff"), against the maximum of the drug's inhaled entries: never
    against its tablets. With no amount per puff stated, nothing is guessed."""
    units = {id(u): i for i, u in enumerate(article.prose_units)}
    sole = _sole(article, ctx)
    near: dict[str, dict[tuple[int, int], float]] = {}
    counted: list[tuple[Sentence, _Owner, TabletCount]] = []
    for sentence in article.prose_sentences:
        strengths, counts = find_puff_strengths(sentence.text), find_puff_counts(sentence.text)
        if not strengths and not counts:
            continue
        owner = _Owner(article, ctx, sentence, sole)
        # "One puff delivers 90 mcg." in a paragraph naming no drug: a strength of the article's only drug
        alone = sole if not analyse(article, ctx).in_unit(sentence.unit) else None
        for pos, mg in strengths:
            if (drug := owner(pos) or alone) is not None and mg > 0:
                at = (units.get(id(sentence.unit), -1), sentence.start)
                near.setdefault(drug.generic, {})[at] = min(mg, near.get(drug.generic, {}).get(at, mg))
        counted.extend((sentence, owner, count) for count in counts)
    for sentence, owner, count in counted:
        drug = owner(count.start)
        tablets = count.daily_tablets()
        if drug is None or drug.components or tablets is None or forbidden_at(sentence.text, count.start, count.end):
            continue
        named = near.get(drug.generic, {})
        strength = _nearest_strength(named, units.get(id(sentence.unit), -1), sentence.start)
        # "each puff gives 90 micrograms" in Part 1 of a how-to, "repeat the 2 puffs every 2 hours" in Part 3: the one
        # amount per puff the article names before the count, farther away (a warning: the puff may be another inhaler's)
        told = {mg for at, mg in named.items() if at < (units.get(id(sentence.unit), -1), sentence.start)}
        far = strength is None and len(told) == 1
        strength = next(iter(told)) if far else strength
        limit = _limit([d for d in drug.dosing if d.route == "inhaled"], "max_daily")
        if strength is None or limit is None or tablets * strength <= limit.mg:
            continue
        daily = tablets * strength
        place = UnitSpan(sentence.unit, sentence.start + count.start, sentence.start + count.end)
        sure = limit.entry.max_daily_is_label_limit and not far
        maximum = "label maximum" if limit.entry.max_daily_is_label_limit else "top of the usual range"
        message = (
            f"{tablets:g} puffs of {drug.generic} a day at {_fmt(strength)} a puff is {_fmt(daily)} a day, above the "
            f"{maximum} of {_fmt(limit.mg)} a day ({_where(limit.entry)})"
        )
        yield rule.finding(article, place, message, severity=None if sure else Severity.WARNING, drug=drug.generic)


def _amount_named_near(article: Article, ctx: CheckContext, drug: DrugFacts, sentence: Sentence, strength: float | None) -> bool:
    """Is ``strength`` (tablets called by their number: "two 850s with breakfast") an amount of one dose of
    ``drug`` said in mg in the count's paragraph or the one before it ("starts at 500 mg twice a day or 850 mg
    once a day"): the strength the article names, not one the tool guesses?"""
    if strength is None:
        return False

    def amounts() -> dict[str, set[tuple[int, float]]]:
        units = {id(u): i for i, u in enumerate(article.prose_units)}
        found: dict[str, set[tuple[int, float]]] = {}
        for s, owner, owned in _owned(article, ctx):
            for dose in find_doses(s.text):
                if dose.count == 1 and not dose.daily and not dose.weekly and owner(dose.start) is owned:
                    at = units.get(id(s.unit), -1)
                    found.setdefault(owned.generic, set()).update({(at, dose.low_mg), (at, dose.high_mg)})
        return found

    named: dict[str, set[tuple[int, float]]] = article.memo("dosage-amounts-named", amounts)
    unit = next((i for i, u in enumerate(article.prose_units) if u is sentence.unit), -1)
    return unit >= 0 and any((at, strength) in named.get(drug.generic, set()) for at in (unit - 1, unit))


#: A strength written as a bare number right after the drug's name: "phentermine 37.5 dosage", "ibuprofen 400,
#: three tablets at a time", "Zoloft 50 is what I'm on" (not "ibuprofen 200-400 mg", "lisinopril 20%", "Tylenol 3").
_BARE_STRENGTH = re.compile(
    r"\s*(?P<a>\d{1,4}(?:\.\d+)?)(?![\d/%×-]|[.,]\d|\s*(?:-|–|to|or|x|×|mg|mcg|µg|μg|g|milligrams?|micrograms?|grams?|ml|kg|lbs?|pounds?"
    r"|percent|years?|yrs?|months?|days?|weeks?|hours?|hrs?|minutes?|mins?|times?|people|patients|adults|children|%)\b)",
    re.IGNORECASE,
)


#: One tablet called by its bare strength: "One whole 37.5 with breakfast", "a 37.5 in the morning", "half a 37.5", or the
#: tablets someone is on: "the 37.5 wears off around 2 p.m.", "my 37.5 barely lasts till lunch", "one of the 10s" (not
#: another plural: "two of the 40s", counted as tablets of a strength).
_ONE_CALLED = re.compile(
    r"\b(?:(?:one|a|half\s+(?:of\s+)?a|the|my|your|his|her|their)\s+(?:(?:whole|full|single|entire)\s+)?(?=\d+(?:\.\d+)?(?![\d.]|['’]?s\b))"
    r"|one\s+of\s+(?:the|my|your|his|her|their|those)\s+(?=\d+(?:\.\d+)?['’]?s\b))",
    re.IGNORECASE,
)


def _bare_strengths(article: Article, ctx: CheckContext, sentence: Sentence) -> Iterator[tuple[str, float]]:
    """The strengths a sentence names as a bare number after a drug's name ("phentermine 37.5 dosage"),
    or as one tablet called by it when the article names that amount in mg ("One whole 37.5 with
    breakfast", of the drug the sentence's tablet is of): (generic, mg), when the number is a strength an
    entry of the drug lists, or one tablet within the drug's largest single dose (not a year, a code or a
    count: "ibuprofen 2019")."""
    facts = get_facts(ctx)
    end = sentence.start + len(sentence.text)
    found: list[tuple[DrugFacts, re.Match[str] | None]] = []
    for mention in analyse(article, ctx).in_unit(sentence.unit):
        drug = facts.drugs.get(mention.generic)
        if drug is not None and sentence.start <= mention.start < sentence.end:
            found.append((drug, _BARE_STRENGTH.match(sentence.unit.text, mention.end, end)))
    owner = _Owner(article, ctx, sentence, _sole(article, ctx))
    for one in _ONE_CALLED.finditer(sentence.text):
        m = _BARE_STRENGTH.match(sentence.text, one.end())
        if m and (drug := owner(one.start())) is not None and _strength_named(article, m.group("a")):
            found.append((drug, m))
    for drug, m in found:
        if m is None or not (mg := float(m.group("a"))):
            continue
        if Dosing.at_strength(drug.dosing, mg) or mg <= _largest_single(drug):
            yield drug.generic, mg


#: A strength named as a bare number, closing the clause before a count: "ibuprofen 400, three tablets at a time".
_BARE_BEFORE = re.compile(r"\d\s*,\s*$")


def _forbidden_strength_before(text: str, pos: int) -> bool:
    """Is the count at ``pos``, right after a strength named in the clause before it, said not to be taken
    in that clause ("Never take ibuprofen 400, three tablets at a time")?"""
    lead = text[:pos]
    return bool(_BARE_BEFORE.search(lead)) and forbidden_before(lead.rstrip(" ,"), len(lead.rstrip(" ,")))


def _largest_single(drug: DrugFacts) -> float:
    """The largest single dose of ``drug`` in mg its entries allow (a day's maximum where they give no single one)."""
    return max((d.mg(d.max_single if d.max_single is not None else d.max_daily) or 0.0 for d in drug.dosing), default=0.0)


def _nearest_place(named: dict[tuple[int, int], float], unit: int, start: int) -> tuple[int, int] | None:
    """The place of the strength named nearest before a count (its own sentence included), in its paragraph
    or the paragraph before: "Typical phentermine 37.5 dosage is two tablets a day" (37.5), "Most people are
    on the 25 mg tablets. They take two a day" (25); the smallest when a sentence names several."""
    before = [place for place in named if place <= (unit, start + 1) and place[0] >= unit - 1]
    return max(before) if before else None


def _nearest_strength(named: dict[tuple[int, int], float], unit: int, start: int) -> float | None:
    """The strength named nearest before a count (see :func:`_nearest_place`)."""
    place = _nearest_place(named, unit, start)
    return named[place] if place else None


def _other_use_finding(
    article: Article, place: UnitSpan, rule: Rule[Any], drug: DrugFacts, what: str, lowest: Limit, limit: Limit
) -> Finding:
    """A warning for a day's amount tied to no use, above the maximum of one use the article names
    (``lowest``) but within another's (``limit``): which use is meant, a human decides."""
    maximum = "label maximum" if lowest.entry.max_daily_is_label_limit else "top of the usual range"
    return rule.finding(
        article,
        place,
        f"{what} above the {maximum} of {_fmt(lowest.mg)} a day ({_where(lowest.entry)}); within the entry of "
        f"another use the article names ({_where(limit.entry)}): check which use is meant",
        severity=Severity.WARNING,
        drug=drug.generic,
    )


def _lowest_use_limit(entries: list[Dosing], uses: frozenset[str]) -> Limit | None:
    """The lowest daily maximum among several approved uses the article names, each its own
    entries' highest ("two 20s" of tadalafil, no use in the sentence, in an article on erectile
    dysfunction that names the PAH dose too: 20 mg); None for one use or none."""
    limits = [_limit([d for d in entries if d.use == u and not _weekly(d)], "max_daily") for u in uses]
    found = [limit for limit in limits if limit is not None]
    return min(found, key=lambda limit: limit.mg) if len(found) > 1 else None


def _product_strength(drug: DrugFacts, name: str) -> float | None:
    """The one tablet strength of the product ``name`` is (its own dose entries all list the
    same ``strengths``: "Aleve" is naproxen sodium 220 mg); None for the generic name, a brand
    without entries of its own, or one sold at several strengths."""
    key = name.strip().lower()
    own = [d for d in drug.dosing if key in {p.lower() for p in d.products}]
    if not own or not all(d.strengths for d in own):
        return None
    found = {d.mg(s) for d in own for s in d.strengths}
    return found.pop() if len(found) == 1 else None


#: Tablets named by their product earlier in the sentence, the ones a bare count after them is of: "He buys the Extra Strength
#: caplets, and he takes two of them first thing".
_PRODUCT_TABLETS = re.compile(
    r"\b(?:the|his|her|my|your|their|some)\s+(?-i:(?P<product>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))\s+"
    r"(?:tablets|caplets|capsules|pills|gel-?caps|softgels)\b",
    re.IGNORECASE,
)


def _product_counted_before(drug: DrugFacts, text: str, pos: int) -> str | None:
    """The product of ``drug`` whose tablets the sentence names last before ``pos`` ("buys the Extra Strength caplets, and
    he takes two of them": Tylenol Extra Strength), when nothing but a count's words stands between (no amount); else None."""
    found = [m for m in _PRODUCT_TABLETS.finditer(text, 0, pos) if not _DIGIT_RE.search(text, m.end(), pos)]
    return _product_named(drug, found[-1].group("product")) if found else None


_DIGIT_RE = re.compile(r"\d")


def _product_named(drug: DrugFacts, words: str) -> str | None:
    """The one product with dose entries of its own that ``words`` (the name tablets are counted by)
    names in full or in part, in any order: "Extra Strength" and "Extra Strength Tylenol" are Tylenol
    Extra Strength; None when it names none or several ("Tylenol")."""
    named = set(words.lower().split())
    found = {p for d in drug.dosing for p in d.products if named <= set(p.lower().split())}
    return found.pop() if len(found) == 1 else None


def _sole(article: Article, ctx: CheckContext) -> DrugFacts | None:
    facts = get_facts(ctx)
    primary = [g for g in analyse(article, ctx).primary if g in facts.drugs]
    return facts.drugs[primary[0]] if len(primary) == 1 else None


@rule_type("dose-above-max", NoOptions)
def check_above_max(article: Article, rule: Rule[NoOptions], ctx: CheckContext) -> Iterator[Finding]:
    yield from _combinations_above_max(article, rule, ctx)
    yield from _counts_above_max(article, rule, ctx)
    yield from _puffs_above_max(article, rule, ctx)
    yield from _called_days_above_max(article, rule, ctx)
    stated = list(_doses(article, ctx, by_form=True))
    summed: set[int] = set()  # the doses of a day's total reported above the maximum
    for items, total in _week_totals(stated):
        if finding := _day_total_above_max(article, rule, items, total):
            summed.update(id(i) for i in items)
            yield finding
    for items, total in _day_totals(stated):
        if finding := _day_total_above_max(article, rule, items, total):
            summed.update(id(i) for i in items)
            yield finding
    for items, total in _added_totals(stated):
        if id(items[-1]) not in summed and (finding := _day_total_above_max(article, rule, items, total)):
            summed.add(id(items[-1]))
            yield finding
    for items, total in _joined_totals(article, stated):
        if not summed & {id(i) for i in items} and (finding := _day_total_above_max(article, rule, items, total)):
            summed.update(id(i) for i in items)
            yield finding
    for items, total in _parts_told_totals(stated):
        if not summed & {id(i) for i in items} and (finding := _day_total_above_max(article, rule, items, total)):
            summed.update(id(i) for i in items)
            yield replace(finding, severity=Severity.WARNING)  # (read across sentences: not sure)
    for items, total, sure in _strength_counted_totals(article, stated):
        if id(items[0]) not in summed and (finding := _day_total_above_max(article, rule, items, total)):
            summed.add(id(items[0]))
            yield finding if sure else replace(finding, severity=Severity.WARNING)
    for items, total, sure in _schedule_then_one_more(article, stated):
        if id(items[0]) not in summed and (finding := _day_total_above_max(article, rule, items, total)):
            summed.add(id(items[0]))
            yield finding if sure else replace(finding, severity=Severity.WARNING)
    for item in stated:
        if id(item) in summed:
            continue
        sentence, dose, drug, entries = item.sentence, item.dose, item.drug, item.entries
        if _daily_of_weekly(dose, entries):
            continue  # a weekly amount taken every day: dosage.weekly-taken-daily
        daily_limit = _limit(entries, "max_daily")
        daily = dose.daily_mg("high")
        if (
            daily is not None
            and not dose.daily
            and _capped_beside(sentence, bool(daily_limit and daily > daily_limit.mg), dose, drug, entries)
        ):
            # "50 to 100 mg every 4 to 6 hours. Don't go over 400 mg in 24 hours.": a total for the
            # day stated beside it governs, and is checked itself; do not multiply this one out.
            daily = None
        if daily_limit and daily is not None and (lowest := _lowest_use_limit(entries, item.uses)) and lowest.mg < daily <= daily_limit.mg:
            place = UnitSpan(sentence.unit, sentence.start + dose.start, sentence.start + dose.end)
            yield _other_use_finding(article, place, rule, drug, f"{_fmt(daily)} of {drug.generic} a day is", lowest, daily_limit)
            continue
        if daily_limit and daily is not None and daily > daily_limit.mg:
            yield _graded(
                article,
                sentence,
                dose,
                rule,
                drug,
                daily_limit,
                f"{_fmt(daily)} of {drug.generic} a day is above {_maximum(drug, daily_limit, entries)}",
                f"{_fmt(daily)} of {drug.generic} a day is above the usual range (up to {_fmt(daily_limit.mg)} a day); "
                f"the label sets no hard maximum, so have a pharmacist confirm it ({_where(daily_limit.entry)})",
                daily,
                _doubt(item, daily_limit),
            )
            continue
        strength = _unit_strength(drug, sentence, dose) if daily is not None else None
        at_strength = _above_strength(entries, strength, daily) if strength and daily is not None else None
        if strength and daily is not None and at_strength:
            yield _strength_finding(article, sentence, dose, rule, drug, daily, strength, at_strength)
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
                    f"{_fmt(dose.high_mg)} of {drug.generic} is above {_maximum(drug, daily_limit, entries)}, "
                    "even as the only dose of the day",
                    f"{_fmt(dose.high_mg)} of {drug.generic} is above the usual range (up to {_fmt(daily_limit.mg)} a day), "
                    "even as the only dose of the day; "
                    f"the label sets no hard maximum, so have a pharmacist confirm it ({_where(daily_limit.entry)})",
                    dose.high_mg,
                    _doubt(item, daily_limit),
                )
                continue
            single_limit = _limit(entries, "max_single")
            if _day_ceiling_in_tablets(sentence, dose, daily_limit):
                continue
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


#: A ceiling in tablets said to be one dose before the count ("the most at one time is four of the 50 mg tablets") ...
_DOSE_OF_BEFORE = re.compile(r"\b(?:dose|at\s+(?:a|one)\s+time|at\s+once)\b[^,;:.!?]{0,30}$", re.IGNORECASE)
#: ... or after it, in its clause or a clause joined to it ("Four of the 50 mg tablets, and that's the most you can take at one time").
_DOSE_AFTER = re.compile(
    r"[^;:.!?]{0,60}?\b(?:(?:per|each|a|one|single|any)\s+dose|in\s+one\s+go|at\s+(?:a|one)\s+time|at\s+once)\b", re.IGNORECASE
)


def _day_ceiling_in_tablets(sentence: Sentence, dose: Dose, daily_limit: Limit | None) -> bool:
    """Is ``dose`` a ceiling counted in tablets with no period, no more than the day's maximum and not said to be one
    dose ("Extra Strength packs say no more than six 500 mg caplets, 3,000 mg, unless a doctor tells you otherwise"):
    the day's ceiling, not a single dose of six caplets."""
    if not (dose.cap and dose.count > 1 and dose.per_day is None and daily_limit and dose.high_mg <= daily_limit.mg):
        return False
    text = sentence.text
    if _DOSE_OF_BEFORE.search(text[max(0, dose.start - 60) : dose.start]):
        return False
    return not (_AT_ONCE_AFTER.match(text, dose.end) or _DOSE_AFTER.match(text, dose.end))


def _combinations_above_max(article: Article, rule: Rule[Any], ctx: CheckContext) -> Iterator[Finding]:
    """Combination strengths ("two Norco 10/325 tablets every 4 hours") checked per
    component against that component's label entries."""
    named: dict[str, CombinationDose] = {}  # the combination strength named last, per drug
    named_in: dict[str, tuple[int, int]] = {}  # ... and the paragraph and the end of the sentence it was named in
    for sentence, owner, drug in _owned(article, ctx):
        if not drug.components:
            continue
        combos = [c for c in _combinations_of(get_facts(ctx), drug, sentence.text) if owner(c.start) is drug]
        if not combos and drug.generic in named:
            # (a ceiling for the day in tablets is checked in the sentence right after the strength's: "Most people I see leaving
            # the surgery center have the 10/325 strength. Take one tablet every 4 to 6 hours ..., and don't go past eight tablets
            # in 24 hours": holdout233 gw02; not one of other strengths: "Lower strengths allow ..., up to eight a day")
            unit, end = named_in.get(drug.generic, (0, 0))
            ceilings = (
                unit == id(sentence.unit)
                and not sentence.unit.text[end : sentence.start].strip()
                and not _OTHER_STRENGTHS.search(sentence.text)
            )
            yield from _counts_of_combination(article, rule, sentence, owner, drug, named[drug.generic], ceilings=ceilings)
        for at, combo in enumerate(combos):
            named[drug.generic] = combo
            named_in[drug.generic] = (id(sentence.unit), sentence.end)
            if combo.named_only:  # "for the 10/325 tablets, one or two every 4 to 6 hours, up to eight a day"
                until = combos[at + 1].start if at + 1 < len(combos) else len(sentence.text)
                yield from _counts_of_combination(article, rule, sentence, owner, drug, combo, (combo.end, until))
                continue
            if forbidden_at(sentence.text, combo.start, combo.end):
                continue  # "Never take two of the 10/325 tablets at once"
            _, product_entries = drug.for_product(owner.name(combo.start))
            for index, component in enumerate(drug.components):
                entries = [d for d in product_entries if d.component == component]
                place = UnitSpan(sentence.unit, sentence.start + combo.start, sentence.start + combo.end)
                single, daily = _limit(entries, "max_single"), _limit(entries, "max_daily")
                per_day, per_dose = combo.daily(index), combo.per_dose(index)
                if single and per_dose is not None and per_dose > single.mg:
                    message = (
                        f"{_fmt(per_dose)} of {component} per dose ({combo.count:g} × {_fmt(combo.amounts[index])}) "
                        f"is above the label maximum single dose of {_fmt(single.mg)} ({_where(single.entry)})"
                    )
                    yield rule.finding(article, place, message, drug=drug.generic, component=component)
                elif daily and per_day is not None and per_day > daily.mg:
                    message = (
                        f"{_fmt(per_day)} of {component} a day is above the label maximum of {_fmt(daily.mg)} a day ({_where(daily.entry)})"
                    )
                    severity = None if daily.entry.max_daily_is_label_limit else Severity.WARNING
                    yield rule.finding(article, place, message, severity=severity, drug=drug.generic, component=component)


#: Other strengths than the one named before, spoken of: "Lower strengths allow one or two tablets at a time, up to eight a day".
_OTHER_STRENGTHS = re.compile(
    r"\b(?:lower|higher|other|smaller|weaker|stronger|larger|bigger|different)\s+(?:strengths?|doses?|tablets?|ones)\b", re.IGNORECASE
)


def _combinations_of(facts: FactsBase, drug: DrugFacts, text: str) -> list[CombinationDose]:
    """The combination strengths in ``text`` of ``drug``'s components, with their amounts in the label's order:
    "10/325", or each amount written with the name of a component, in any order ("325 mg acetaminophen with 10 mg
    hydrocodone", "7.5 mg hydrocodone and 325 mg paracetamol": a name of the component's own facts); not amounts of
    other medicines ("5 mg oxycodone and 325 mg acetaminophen" in a hydrocodone article). Empty for a single drug."""
    if not drug.components:
        return []

    def component(name: str) -> int | None:
        resolved = facts.resolve(name)
        generic = resolved.generic if resolved else name
        return next((i for i, c in enumerate(drug.components) if generic == c), None)

    found = []
    for combo in find_combination_doses(text):
        if len(combo.amounts) != len(drug.components):
            continue
        order = [component(name) for name in combo.names]
        if not combo.names:
            found.append(combo)
        elif sorted(i for i in order if i is not None) == list(range(len(drug.components))):
            found.append(replace(combo, amounts=tuple(combo.amounts[order.index(i)] for i in range(len(order)))))
    return found


def _counts_of_combination(
    article: Article,
    rule: Rule[Any],
    sentence: Sentence,
    owner: _Owner,
    drug: DrugFacts,
    strength: CombinationDose,
    span: tuple[int, int] | None = None,
    ceilings: bool = False,
) -> Iterator[Finding]:
    """Tablets counted with no amount ("She takes two tablets every four hours") of a combination
    strength an earlier sentence names ("Norco 10/325"), or, with ``span``, that this sentence
    names only, the counts in ``span`` after it ("for the 10/325 tablets, one or two every 4 to 6
    hours, up to eight a day"): each component's day is the tablets times its amount, tablets
    taken together ("double up and swallow 2 together") are one dose, and so, in the strength's
    own sentence, are the tablets of each time ("one or two every 4 to 6 hours"); a ceiling for
    the day in tablets there is checked itself, and so, with ``ceilings``, is one in a later sentence of the strength's
    paragraph. The amount is the count and the strength joined by reading, so a warning."""
    _, product_entries = drug.for_product(drug.generic)
    counts = find_tablet_counts(sentence.text)
    if span is not None:
        counts = tuple(c for c in counts if span[0] <= c.start < span[1])
    if span is not None or ceilings:
        lo, hi = span or (0, len(sentence.text))
        for ceiling, start, end in tablet_ceilings(sentence.text[lo:hi]):
            place = UnitSpan(sentence.unit, sentence.start + lo + start, sentence.start + lo + end)
            yield from _day_of_combination(article, rule, place, drug, product_entries, strength, ceiling)
    for count in counts:
        tablets = count.daily_tablets()
        if tablets is None or owner(count.start) is not drug or forbidden_at(sentence.text, count.start, count.end):
            continue
        place = UnitSpan(sentence.unit, sentence.start + count.start, sentence.start + count.end)
        at_once = count.at_once or (span is not None and not count.daily)
        if at_once and (single := _over_single(drug, product_entries, strength, count.count)):
            index, limit = single
            component = drug.components[index]
            taken = "at once" if count.at_once else "a dose"
            message = (
                f"{count.count:g} tablets {taken} of the {_fmt(strength.amounts[index])} {component} strength named earlier is "
                f"{_fmt(count.count * strength.amounts[index])} of {component} in one dose, above the label maximum single dose "
                f"of {_fmt(limit.mg)} ({_where(limit.entry)})"
            )
            yield rule.finding(article, place, message, severity=Severity.WARNING, drug=drug.generic, component=component)
            continue
        if not count.daily and _capped_beside(sentence, True):
            continue  # "one tablet every 4 hours, no more than 6 tablets a day": the ceiling governs
        if (
            (span is not None or ceilings)
            and count.daily
            and tablet_ceiling(sentence.text[max((span or (0,))[0], count.start - 25) : count.end])
        ):
            continue  # "up to 8 tablets a day": checked above as a ceiling
        # a schedule kept up day and night is the day's tablets said ("two every four hours, day and night": 12 of that strength)
        by_strength = count.daily or count.whole_day
        yield from _day_of_combination(article, rule, place, drug, product_entries, strength, tablets, by_strength=by_strength)


def _day_of_combination(
    article: Article,
    rule: Rule[Any],
    place: UnitSpan,
    drug: DrugFacts,
    entries: list[Dosing],
    strength: CombinationDose,
    tablets: float,
    by_strength: bool = True,
) -> Iterator[Finding]:
    """A warning for the first component whose amount in ``tablets`` a day of ``strength`` is above its label maximum for the
    day: ``by_strength``, of the strength's own entries (a day's tablets said: "until 12 tablets in one day" of 5/325 is
    above its 8 a day); else of every strength's (a schedule multiplied out: "1 or 2 tablets every 4 to 6 hours" is the 5/325
    label's own wording, its ceiling said apart)."""
    for index, component in enumerate(drug.components):
        own = (
            _component_entries(entries, component, strength.amounts[index])
            if by_strength
            else [d for d in entries if d.component == component]
        )
        daily = _limit(own, "max_daily")
        total = tablets * strength.amounts[index]
        if daily and total > daily.mg:
            message = (
                f"{tablets:g} tablets a day of the {_fmt(strength.amounts[index])} {component} strength named earlier is "
                f"{_fmt(total)} of {component} a day, above the label maximum of {_fmt(daily.mg)} a day ({_where(daily.entry)})"
            )
            yield rule.finding(article, place, message, severity=Severity.WARNING, drug=drug.generic, component=component)
            return


def _over_single(drug: DrugFacts, entries: list[Dosing], strength: CombinationDose, tablets: float) -> tuple[int, Limit] | None:
    """The first component of a combination whose amount in ``tablets`` of ``strength`` taken at
    once is above its label maximum single dose, with that maximum; None if none is."""
    for index, component in enumerate(drug.components):
        single = _limit(_component_entries(entries, component, strength.amounts[index]), "max_single")
        if single and tablets * strength.amounts[index] > single.mg:
            return index, single
    return None


def _component_entries(entries: list[Dosing], component: str, amount: float) -> list[Dosing]:
    """The entries of a combination's ``component``; of the strength named, when the facts tell its tablets apart by it
    ("5 mg/325 mg": not more than 8 tablets a day, 40 mg of hydrocodone, not the 10/325 tablets' 60 mg)."""
    own = [d for d in entries if d.component == component]
    return Dosing.at_strength(own, amount) or own


@rule_type("dose-start-above-label", NoOptions)
def check_start_dose(article: Article, rule: Rule[NoOptions], ctx: CheckContext) -> Iterator[Finding]:
    for stated in _doses(article, ctx):
        sentence, dose, drug, entries = stated.sentence, stated.dose, stated.drug, stated.entries
        if not dose.starting or _daily_of_weekly(dose, entries):
            continue
        start_daily = _limit(entries, "start_daily")
        # "go straight to two of the 40 mg tablets each evening": once a day at a part of the day
        daily = dose.daily_mg("low") or (dose.low_mg if dose.each_daytime else None)
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
        start_single = _limit(entries, "start_single")
        if start_daily and daily is not None:
            continue  # the day's total is within the usual start ("850 mg once a day" of 500 mg twice a day)
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


@dataclass(frozen=True)
class WeeklyTakenDaily:
    #: A sentence matching one of these before the amount says not to take it daily
    #: ("never take 7.5 mg every day", "do not take it daily").
    unless_before: Patterns | None = None
    #: A sentence matching one of these anywhere is about the danger or another regimen
    #: ("taken daily by mistake", "deaths", "instead of weekly"), not an instruction.
    unless: Patterns | None = None
    #: Weekly wording after the amount makes the daily words part of a weekly course
    #: ("2.5 mg every 12 hours for 3 doses, once a week").
    unless_after: Patterns | None = None
    #: Another medicine written with the amount ("folic acid 1 mg every day", "5 mg of
    #: folic acid daily"): its dose, not the weekly drug's.
    other_medicines: Patterns | None = None
    #: Words just before a name of the weekly drug that make it a landmark in another
    #: medicine's schedule ("on a different day from the methotrexate", "the day after your
    #: methotrexate"): such a name does not take an amount back from the other medicine.
    landmark_before: Patterns | None = None


#: The amount right after a name, with no comma between: "methotrexate 2.5 mg", "Trexall (methotrexate) 2.5 mg".
_AMOUNT_RIGHT_AFTER = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?$")


def _another_medicines_dose(
    article: Article, ctx: CheckContext, sentence: Sentence, dose: Dose, drug: DrugFacts, others: Patterns, landmarks: Patterns | None
) -> bool:
    """The daily dose is another medicine's: one of ``others`` (folic acid, a vitamin) is named
    earlier in its sentence after any name of the drug ("Folic acid, which your doctor adds,
    is usually 1 mg every day"), or the sentence tells it by a pronoun and names no drug before
    the amount while the sentence before it in the paragraph names that medicine last ("Your
    doctor will also prescribe folic acid. Take it as 1 mg every day"). A name of the drug
    after one of ``landmarks`` only places the other medicine's dose ("folic acid, 5 mg once a
    week on a different day from the methotrexate, or 1 mg daily"), unless the amount is
    written with it ("after methotrexate 2.5 mg daily")."""
    text = sentence.unit.text
    at = sentence.start + dose.start

    def landmark(m: Mention) -> bool:
        before = text[max(0, m.start - 60) : m.start]
        if not landmarks or not any(p.search(before) for p in landmarks):
            return False
        return not (m.end <= at and _AMOUNT_RIGHT_AFTER.match(text[m.end : at]))

    named = [m.start for m in analyse(article, ctx).in_unit(sentence.unit) if m.generic == drug.generic and not landmark(m)]

    def last_other(start: int, text: str) -> int:
        return max((start + m.start() for p in others for m in p.finditer(text)), default=-1)

    if last_other(sentence.start, sentence.text[: dose.start]) > max((n for n in named if n < at), default=-1):
        return True
    before = sentence.text[: dose.start]
    if any(sentence.start <= n < at for n in named) or not get_context_lexicon(ctx).has("pronoun_subject", before):
        return False
    earlier = [s for s in split_sentences(sentence.unit) if s.end <= sentence.start]
    if not earlier:
        return False
    previous = earlier[-1]
    return last_other(previous.start, previous.text) > max((n for n in named if n < previous.end), default=-1)


@rule_type("dose-weekly-taken-daily", WeeklyTakenDaily, placeholders=("drug", "schedule"))
def check_weekly_taken_daily(article: Article, rule: Rule[WeeklyTakenDaily], ctx: CheckContext) -> Iterator[Finding]:
    """A daily schedule stated for a drug (or brand) whose label dosing is once weekly only."""
    options = rule.options
    for stated in _doses(article, ctx):
        sentence, dose, drug, entries = stated.sentence, stated.dose, stated.drug, stated.entries
        if not _daily_of_weekly(dose, entries):
            continue
        text = sentence.text
        if options.unless_before and any(p.search(text[: dose.start]) for p in options.unless_before):
            continue
        if options.unless and any(p.search(text) for p in options.unless):
            continue
        if options.unless_after and any(p.search(text[dose.start :]) for p in options.unless_after):
            continue
        near = text[max(0, dose.start - 30) : dose.start], text[dose.start : dose.end + 20]
        if options.other_medicines and any(p.search(part) for p in options.other_medicines for part in near):
            continue
        if options.other_medicines and _another_medicines_dose(
            article, ctx, sentence, dose, drug, options.other_medicines, options.landmark_before
        ):
            continue
        entry = entries[0]
        products = {p for d in entries for p in d.products}
        name = f"{sorted(products)[0]} ({drug.generic})" if len(products) == 1 else drug.generic.capitalize()
        schedule = f"once a week ({_where(entry)})"
        default = (
            f"{name} is taken {schedule}; this sentence gives a daily schedule. "
            "Taking a once-weekly medicine every day is up to seven times the weekly amount each week"
        )
        # a product the article named before, in a paragraph naming no drug, is inferred: a pharmacist confirms it
        named_here = any(m.generic == drug.generic for m in analyse(article, ctx).in_unit(sentence.unit))
        severity = Severity.WARNING if stated.inferred and not named_here else None
        yield _finding(article, sentence, dose, rule, drug, rule.format_message(default, drug=drug.generic, schedule=schedule), severity)
