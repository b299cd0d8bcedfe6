"""Text-pattern rule types: `required-pattern` (some wording must be present, e.g. a
medical disclaimer) and `forbidden-pattern` (some wording must not be, e.g. sales
language or leftover web boilerplate). The patterns are data: regular expressions
in the rule's YAML, matched case-insensitively against prose units."""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pipeline.concepts.drugs import analyse
from pipeline.document.article import WHOLE_ARTICLE, Article
from pipeline.document.prose import ProseUnit, UnitSpan
from pipeline.document.sentences import Sentence, split_sentences
from pipeline.findings import Finding
from pipeline.knowledge.literals import IdRegistry, PatternIndex, Prefilter, automaton, folded, held, holds, needles, prefilter
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
    #: The statement may also be made of parts, each a lexicon of patterns (see :func:`_parts_of`
    #: and :func:`_complete`): the text as subject; the text as general (information,
    #: background, one person's story ...); the text as not advice; the writer as not a
    #: professional; the reader's professional and the reader's own situation (both in one
    #: sentence or adjacent ones: a deferral); advice, and a replacement word before it with
    #: only ``filler`` words between (a replacement: "not a substitute for the advice of").
    subject: Patterns | None = None
    general: Patterns | None = None
    not_advice: Patterns | None = None
    not_professional: Patterns | None = None
    professional: Patterns | None = None
    personal: Patterns | None = None
    advice: Patterns | None = None
    replacement: Patterns | None = None
    filler: Patterns | None = None
    #: The severity when only half the statement is there: a deferral alone, or the subject
    #: with its generality or the writer not a professional.
    partial_severity: Literal["error", "warning"] = "warning"


#: The lexicons of a statement's parts. A unit's parts are those of ``subject`` and
#: ``_LIMITS`` it holds, and three derived: ``defers`` (a professional and the reader's own
#: situation in one sentence or adjacent ones), ``refers`` (a professional of the reader's in the
#: sentence of the writer's not being one, or an adjacent one: "Not a doctor, just a girl with a ring
#: light. If it keeps coming back, see your GP") and ``replaces`` (a replacement of advice).
#: The last three count only with one of the first five (the anchors) in the unit: they are
#: searched only in the units holding an anchor.
_PART_NAMES = ("general", "not_advice", "not_professional", "personal", "replacement", "subject", "professional", "advice")
_ANCHORS = frozenset(_PART_NAMES[:5])
_LIMITS = frozenset({"general", "not_advice", "not_professional"})
#: What a replacement word may refer back to: "alongside your GP's advice, not instead of it".
_PRONOUN = re.compile(r"[\s,]*(?:it|one|them|that)\b", re.IGNORECASE)


def _complete(parts: set[str]) -> bool:
    """Do ``parts`` make a whole statement: a replacement of advice; a deferral with the
    subject or a limit; not advice with the subject or another limit; not a professional
    with the text as general, or sending the reader to one."""
    return (
        "replaces" in parts
        or ("defers" in parts and bool(parts & (_LIMITS | {"subject"})))
        or ("not_advice" in parts and bool(parts & {"subject", "general", "not_professional"}))
        or {"not_professional", "general"} <= parts
        or {"not_professional", "refers"} <= parts
    )


def _partial(parts: set[str]) -> bool:
    """Half a statement: a deferral alone, or the subject with its generality or the writer not a professional."""
    return "defers" in parts or ("subject" in parts and bool(parts & {"general", "not_professional"}))


def _parts_of(article: Article, opts: RequiredPattern) -> dict[int, set[str]]:
    """The parts each unit (by id) states, from the lexicons of ``opts``: searched only in
    the units holding a pattern's needles (:func:`live_patterns`)."""
    spans: dict[int, dict[str, list[tuple[int, int]]]] = {}
    by_id = {id(unit): unit for unit in article.units}
    for name in _PART_NAMES:
        lexicon = getattr(opts, name)
        if not lexicon:
            continue
        searched = set(by_id) if name in _ANCHORS else set(spans)  # the others: only beside an anchor
        for pattern, holders in live_patterns(article, lexicon):
            for unit_id in searched if holders is None else searched & holders:
                found = [m.span() for m in pattern.finditer(by_id[unit_id].text)]
                if found:
                    spans.setdefault(unit_id, {}).setdefault(name, []).extend(found)
    parts: dict[int, set[str]] = {}
    for unit_id, named in spans.items():
        unit = by_id[unit_id]
        found_parts = {name for name in named if name in _LIMITS or name == "subject"}
        sentence_of = _sentence_index(unit)
        professional, personal = named.get("professional", []), named.get("personal", [])
        near = {sentence_of(start) + step for start, _ in professional for step in (-1, 0, 1)}
        if near & {sentence_of(start) for start, _ in personal}:
            found_parts.add("defers")
        not_one = named.get("not_professional", [])
        # (not the professional the writer is not: "a doctor" in "I'm not a doctor")
        elsewhere = [start for start, _ in professional if not any(a <= start < b for a, b in not_one)]
        if {sentence_of(start) + step for start in elsewhere for step in (-1, 0, 1)} & {sentence_of(start) for start, _ in not_one}:
            found_parts.add("refers")
        if any(_replaces(unit.text, span, named, opts.filler, sentence_of) for span in named.get("replacement", [])):
            found_parts.add("replaces")
        parts[unit_id] = found_parts
    return parts


def _sentence_index(unit: ProseUnit) -> Callable[[int], int]:
    """The index of the sentence of ``unit`` an offset is in."""
    starts = [sentence.start for sentence in split_sentences(unit)]
    return lambda offset: bisect_right(starts, offset)


#: What edges a gap between a replacement word and its object: spaces, line breaks, commas.
_GAP_EDGES = " \t\n\r\f\v,"


def _replaces(
    text: str, span: tuple[int, int], named: dict[str, list[tuple[int, int]]], filler: Patterns | None, sentence_of: Callable[[int], int]
) -> bool:
    """Does the replacement word at ``span`` replace advice or a professional: one follows
    with only filler words between ("not a substitute for the advice of"), or it refers back
    to advice earlier in its sentence ("alongside your GP's advice, not instead of it")?"""
    start, end = span
    objects = named.get("advice", []) + named.get("professional", [])
    for object_start, _ in objects:
        gap = text[end:object_start].strip(_GAP_EDGES)
        if object_start >= end and (not gap or any(p.fullmatch(gap) for p in filler or ())):
            return True
    earlier = [a_start for a_start, a_end in named.get("advice", []) if a_end <= start]
    return bool(_PRONOUN.match(text, end)) and sentence_of(start) in map(sentence_of, earlier)


def _statement(units: list[ProseUnit], article: Article, opts: RequiredPattern) -> tuple[UnitSpan, bool] | None:
    """Where in ``units`` the statement is: (the span, True) for the first whole one (a
    pattern's earliest match, or a unit whose parts, or whose parts with the next unit's
    other than its subject, are whole), else (the unit, False) for the first half of one."""
    matched = _first_match(units, opts.patterns, article)
    if matched:
        unit, match = matched
        return UnitSpan(unit, match.start(), match.end()), True
    parts = article.memo(f"statement-parts-{id(opts)}", lambda: _parts_of(article, opts))
    partial = None
    for index, unit in enumerate(units):
        here = parts.get(id(unit), set())
        after = parts.get(id(units[index + 1]), set()) - {"subject"} if index + 1 < len(units) else set()
        if _complete(here) or _complete((here - {"subject"}) | after):
            return UnitSpan(unit, 0, len(unit.text)), True
        if partial is None and _partial(here):
            partial = UnitSpan(unit, 0, len(unit.text))
    return (partial, False) if partial else None


def _first_match(units: list[ProseUnit], patterns: Patterns, article: Article) -> tuple[ProseUnit, re.Match[str]] | None:
    """The first of ``units`` (units of ``article``) that a pattern matches, and its earliest match."""
    live = live_patterns(article, patterns)
    if not live:
        return None
    for unit in units:
        matches = [m for m in (p.search(unit.text) for p, holders in live if holders is None or id(unit) in holders) if m]
        if matches:
            return unit, min(matches, key=lambda m: m.start())
    return None


@rule_type("required-pattern", RequiredPattern, placeholders=("position", "window"))
def check_required(article: Article, rule: Rule[RequiredPattern], ctx: CheckContext) -> Iterator[Finding]:
    """One of ``patterns`` must match some prose unit, or the unit's parts make the whole
    statement; with ``position: start``/``end`` it must be within the first/last ``window``
    units. Missing: reported at the title; half a statement: at it, with ``partial_severity``."""
    opts = rule.options
    position = family_setting(ctx, rule, "position") or opts.position
    window = family_setting(ctx, rule, "window") or opts.window
    units = article.units
    allowed = units if position == "anywhere" else units[:window] if position == "start" else units[-window:]
    found = _statement(allowed, article, opts)
    if found and found[1]:
        return
    elsewhere = None if position == "anywhere" else _statement(units, article, opts)  # "anywhere": just searched
    if elsewhere and elsewhere[1]:
        where = "first" if position == "start" else "last"
        yield rule.finding(
            article,
            elsewhere[0],
            f"{rule.description.rstrip('.')}: found here, but it must be in the {where} {window} paragraphs of the article",
        )
        return
    if found:
        yield rule.finding(
            article,
            found[0],
            f"{rule.description.rstrip('.')}: only half of one found here (what the text is not, or whom to ask, not both);"
            " say both, or check that it is one",
            severity=opts.partial_severity,
        )
        return
    yield rule.finding(article, WHOLE_ARTICLE, rule.format_message(rule.description, position=position, window=window))


# -- forbidden-pattern ---------------------------------------------------------------
@dataclass(frozen=True)
class ForbiddenPattern:
    patterns: Patterns
    #: A guard for patterns with no literal word to pre-filter on: a unit is searched only
    #: if one of these matches it (a listing's strength, "\d\s?mg", before its long pattern).
    requires: Patterns | None = None
    #: A heading's question answered safely: a match in a heading is not reported when the first paragraph under it
    #: matches one of these ("## Where To Buy Cialis Online" over "You need a prescription, and you should only buy from a
    #: licensed US pharmacy that asks for one": a section on buying safely, not a call to buy).
    heading_answered_by: Patterns | None = None
    #: A match told as something that happened, not an offer: not reported when one of these matches its sentence
    #: before it ("The finance committee bought the large 500-count bottles at the wholesale club": a purchase told;
    #: its price, if it has one, is promotional.price's).
    not_after: Patterns | None = None
    #: A script to be spoken: in an article one of these matches anywhere (a video's or a radio show's production cues,
    #: "[B-ROLL: ...]", "[ON SCREEN: ...]", "[SPONSOR READ]"), a match that one of ``spoken_in_script`` matches is the
    #: host's own words, not a page's leftovers ("Hit subscribe, and I'll see you next week"): not reported.
    script_marks: Patterns | None = None
    spoken_in_script: Patterns | None = None
    #: The harmless wording that holds a match: a match inside a match of one of these (inside its group ``held``, when it
    #: has one) is not reported ("Any drugstore or supermarket carries it, no prescription needed": an over-the-counter
    #: medicine told as on the shelf, not a pitch).
    unless_within: Patterns | None = None
    #: What a match must be about to be reported at the rule's severity: a match whose paragraph (its block: the list
    #: item, the table row) holds none of these and names no drug is reported as a warning, with ``aside_message``
    #: ("Bake sale on Friday: brownies $1", "Spring dues ($40) are due at the clubhouse": a price, but of nothing that is
    #: a medicine, a pharmacy's service or a product sold with the article).
    about: Patterns | None = None
    aside_message: str | None = None
    #: Money or a pitch that is plainly of something else: a match inside a match of one of these (inside its group
    #: ``held``, when it has one) is a warning with ``aside_message``, whatever its paragraph ("she has saved around $40 a
    #: week since she stopped buying drive-through lunches", "spectators are $10 at the door", "$50 off your first visit":
    #: money saved, an admission, a discount's amount; a human looks, nothing is blocked). A match that names a drug in
    #: its own span is no aside ("A pack a day costs more than Chantix at $5 a day").
    aside_within: Patterns | None = None


def _is_script(article: Article, marks: Patterns) -> bool:
    """Does one of ``marks`` match some unit of the article (a script's production cues)?"""
    return any(mark.search(unit.text) for unit in article.units for mark in marks)


def _told_before(text: str, start: int, guards: Patterns) -> bool:
    """Does one of ``guards`` match in the sentence of ``text`` that holds ``start``, before it?"""
    opening = max(text.rfind(mark, 0, start) for mark in ".!?") + 1
    return any(guard.search(text, opening, start) for guard in guards)


def _held_within(text: str, start: int, end: int, guards: Patterns, clear: Callable[[int, int], bool] | None = None) -> bool:
    """Is ``text[start:end]`` inside a match of one of ``guards`` (inside its group ``held``, when it has one) whose
    whole span ``clear`` accepts, when given?"""
    for guard in guards:
        held = "held" in guard.groupindex
        for found in guard.finditer(text):
            if found.start("held" if held else 0) <= start and end <= found.end("held" if held else 0):
                if clear is None or clear(found.start(), found.end()):
                    return True
    return False


def _aside(article: Article, unit: ProseUnit, start: int, end: int, guards: Patterns, ctx: CheckContext) -> bool:
    """Is ``unit.text[start:end]`` inside a match of one of ``guards`` that names no drug ("A pack a day around here runs
    you over $3,000 a year" is the cost of smoking; "A pack a day costs more than Chantix at $5 a day" is a price)?"""

    def names_no_drug(s: int, e: int) -> bool:  # the drug analysis only for a match that holds the money
        return not any(s < m.end and m.start < e for m in analyse(article, ctx).in_unit(unit))

    return _held_within(unit.text, start, end, guards, names_no_drug)


def _answered(article: Article, heading: ProseUnit, answers: Patterns) -> bool:
    """Does the first paragraph under ``heading`` (before any subheading) match one of ``answers``?"""
    under = article.sections.headed(heading)[1:]
    if not under or under[0].kind == "heading":
        return False
    first = [unit for unit in under if unit.block == under[0].block]
    return any(answer.search(unit.text) for unit in first for answer in answers)


#: Joins an article's unit texts for :func:`_absent`: a character that is not a word
#: character, so ``\b`` and ``\B`` read it as they read the start or end of a text.
_JOIN = "\x00"
#: By source and flags (not by pattern: hashing one hashes its program, and keeping one keeps a load of the knowledge).
_CONTEXT_FREE_CACHE: dict[tuple[str, int], bool] = {}


def _context_free(pattern: re.Pattern[str]) -> bool:
    r"""Does whether ``pattern`` matches at a position depend only on the text from there
    on, up to where the match ends? True unless it has anchors other than ``\b``/``\B``,
    lookarounds, back-references or atomic/possessive parts (unknown parts: not free)."""
    key = (pattern.pattern, pattern.flags)
    known = _CONTEXT_FREE_CACHE.get(key)
    if known is None:
        try:
            parsed = sre_parse.parse(pattern.pattern, pattern.flags)
            known = _free(parsed)
        except Exception:  # a construct this check does not know: take the slow, exact way
            known = False
        _CONTEXT_FREE_CACHE[key] = known
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


def live_patterns(article: Article, patterns: Iterable[re.Pattern[str]]) -> list[tuple[re.Pattern[str], frozenset[int] | None]]:
    r"""The ``patterns`` that may match some unit of the article, in order, each with the
    units (by id) that hold what it requires (:func:`needle_units`; None: any unit may).
    Left out: a pattern whose requirements no unit holds, and a context-free pattern without
    needles that does not match the units' texts joined by _JOIN (a match inside a unit
    would match there: the text after it only grows, and ``\b`` reads _JOIN as a text's
    edge). A pattern with needles some unit has is not searched here: the callers search
    only the units that hold them, which is less than the whole."""
    live = []
    possible = _group_possible(article, patterns)
    for pattern in patterns:
        if possible is not None and id(pattern) not in possible:
            continue  # the article lacks what each alternative of it requires: no unit holds it
        units = needle_units(article, pattern)
        if units is None:
            if _context_free(pattern) and pattern.search(_joined(article)) is None:
                continue
        elif not units:
            continue
        live.append((pattern, units))
    return live


def units_live(holders: Iterable[frozenset[int] | None]) -> Callable[[ProseUnit], list[int]]:
    """For the units of :func:`live_patterns` (in its order), a function giving the places
    in that list of the patterns a unit may match, in order: told from each pattern's units
    in one pass, not by asking every pattern of every unit."""
    everywhere: list[int] = []
    by_unit: dict[int, list[int]] = {}
    for index, units in enumerate(holders):
        if units is None:
            everywhere.append(index)
            continue
        for unit_id in units:
            by_unit.setdefault(unit_id, []).append(index)
    if not everywhere:
        return lambda unit: by_unit.get(id(unit), [])
    return lambda unit: sorted(everywhere + by_unit.get(id(unit), []))


#: Groups of at least this many patterns are first told by one automaton pass over the
#: article which of them may match it at all (:func:`_group_possible`).
_GROUP_INDEXED = 8


def _group_possible(article: Article, patterns: Iterable[re.Pattern[str]]) -> set[int] | None:
    """For a rule's group of patterns (a tuple kept by its options), the patterns (by id) that
    may match the article's units joined (:class:`~pipeline.knowledge.literals.PatternIndex`):
    one that may not has no unit holding what it requires, as :func:`needle_units` would find
    one by one. None (ask each pattern) for a short group, or a text
    :func:`~pipeline.knowledge.literals.folded` refuses."""
    if not isinstance(patterns, tuple) or len(patterns) < _GROUP_INDEXED:
        return None
    index: _NeedleIndex | None = article.cache.get(_NEEDLE_INDEX)
    if index is None:
        index = article.cache[_NEEDLE_INDEX] = _NeedleIndex(article)
    if index.lowered is None:
        return None
    group = pattern_index(patterns, lambda: patterns)
    _GROUP_STRINGS.include(group)
    machine, words = _GROUP_STRINGS.automaton()
    if index.group_strings is not words:  # the strings every group's pre-filter asks, held by the article
        index.group_present = held(machine, index.lowered) if machine is not None else set()
        index.group_strings = words
    return group.possible_holding(index.group_present)


def _joined(article: Article) -> str:
    joined: str = article.memo("units-joined-nul", lambda: _JOIN.join(unit.text for unit in article.units))
    return joined


def needle_units(article: Article, pattern: re.Pattern[str]) -> frozenset[int] | None:
    """The units of the article (by id) that hold what the pattern requires (no other
    unit can match it): for some alternative, one string of each of its literal sets
    (:func:`~pipeline.knowledge.literals.prefilter`), else one of the pattern's needles;
    None when that cannot be told (neither, or a character
    :func:`~pipeline.knowledge.literals.folded` refuses). Memoised per article and
    pattern (by id: hashing a pattern hashes its whole compiled program)."""
    index: _NeedleIndex | None = article.cache.get(_NEEDLE_INDEX)
    if index is None:
        index = article.cache[_NEEDLE_INDEX] = _NeedleIndex(article)
    return index.units_of(pattern)


_NEEDLE_INDEX = "needle-index"


class _NeedleIndex:
    """Where the needles of patterns are in one article: its units' texts joined by _JOIN
    and folded (:func:`~pipeline.knowledge.literals.folded` keeps the length, so offsets
    are the joined text's), the units holding each needle, and the answer per pattern.
    Sets of units are bit masks (bit i: the article's unit i) until the answer."""

    def __init__(self, article: Article) -> None:
        self.units = article.units
        self.lowered = folded(_joined(article))
        self.starts = _unit_starts(article)
        self.by_needle: dict[str, int] = {}
        self.by_choice: dict[tuple[str, ...], int] = {}
        self.by_pattern: dict[int, tuple[re.Pattern[str], frozenset[int] | None]] = {}
        #: A bit mask of units -> their ids (many patterns reach the same units, or none).
        self.by_hits: dict[int, frozenset[int]] = {0: frozenset()}
        #: The strings of the groups' pre-filters (:data:`_GROUP_STRINGS`, as it was) the joined text holds.
        self.group_strings: frozenset[str] | None = None
        self.group_present: set[str] = set()
        if self.lowered is not None and _SCANNED.words:
            self._scan(self.lowered)

    def _scan(self, lowered: str) -> None:
        """Every needle asked for in earlier articles, found in one pass of an automaton
        per unit: the units holding each (none for the needles the text lacks)."""
        machine, words = _SCANNED.automaton()
        found = dict.fromkeys(words, 0)
        for index, (unit, start) in enumerate(zip(self.units, self.starts, strict=True)):
            bit = 1 << index
            for needle in held(machine, lowered, start, start + len(unit.text)):
                found[needle] |= bit
        self.by_needle = found

    def units_of(self, pattern: re.Pattern[str]) -> frozenset[int] | None:
        known = self.by_pattern.get(id(pattern))
        if known is not None and known[0] is pattern:
            return known[1]
        result: frozenset[int] | None = None
        pre = prefilter(pattern) if self.lowered is not None else None
        found = needles(pattern) if self.lowered is not None and pre is None else None
        if pre is not None or found is not None:
            hits = self._choice_units(found) if found is not None else self._prefilter_units(pre or ())
            result = self.by_hits.get(hits)
            if result is None:
                result = self.by_hits[hits] = frozenset(id(unit) for unit in _units_at(self.units, hits))
        self.by_pattern[id(pattern)] = (pattern, result)
        return result

    def _prefilter_units(self, pre: Prefilter) -> int:
        """The units holding one string of each set of some alternative of ``pre``."""
        hits = 0
        by_choice = self.by_choice
        for alternative in pre:
            common = -1
            for choice in alternative:
                held = by_choice.get(choice)
                common &= self._choice_units(choice) if held is None else held
                if not common:
                    break
            hits |= common
        return hits

    def _choice_units(self, choice: tuple[str, ...]) -> int:
        """The units holding one of the strings of ``choice`` (memoised in ``by_choice``)."""
        hits = 0
        for needle in choice:
            holders = self.by_needle.get(needle)
            if holders is None:
                holders = self.by_needle[needle] = self._holders(needle)
                _SCANNED.add(needle)
            hits |= holders
        self.by_choice[choice] = hits
        return hits

    def _holders(self, needle: str) -> int:
        """The units whose text holds ``needle``."""
        assert self.lowered is not None
        lowered, starts = self.lowered, self.starts
        hits = 0
        pos = lowered.find(needle)
        while pos != -1:
            index = bisect_right(starts, pos) - 1
            hits |= 1 << index
            # The rest of this unit need not be searched.
            pos = lowered.find(needle, starts[index + 1]) if index + 1 < len(starts) else -1
        return hits


def _units_at(units: list[ProseUnit], mask: int) -> Iterator[ProseUnit]:
    """The units whose bits are set in ``mask``, lowest first (one step per set bit)."""
    while mask:
        low = mask & -mask
        yield units[low.bit_length() - 1]
        mask ^= low


class _ScannedNeedles:
    """The needles (of at least three letters: shorter ones are too common to list every
    place of) that articles have been searched for so far in this process, and an
    Aho-Corasick automaton over them, rebuilt when one was added (patterns are those of
    the rules, so after the first article it stays as it is)."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self._built: tuple[Any, frozenset[str]] | None = None

    def add(self, needle: str) -> None:
        if len(needle) >= 3:
            self.words.add(needle)

    def automaton(self) -> tuple[Any, frozenset[str]]:
        if self._built is None or len(self._built[1]) != len(self.words):
            words = frozenset(self.words)
            self._built = (automaton(words, str), words)
        return self._built


_SCANNED = _ScannedNeedles()


class _GroupStrings:
    """The strings of the pre-filters of every group of patterns :func:`_group_possible` has
    been asked about in this process, and one Aho-Corasick automaton over them, rebuilt when
    a group added some (the groups are those of the rules: after the first article it stays
    as it is): one pass over an article tells every group which of its patterns may match."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self._built: tuple[Any, frozenset[str]] | None = None
        #: Weakly: an index goes with its group when the knowledge is loaded again.
        self._indexes: weakref.WeakSet[PatternIndex] = weakref.WeakSet()

    def include(self, index: PatternIndex) -> None:
        """Add the strings of ``index``, once per index (testing that they are in, a subset
        test over thousands of strings, cost as much as the pass it was asked before)."""
        if index not in self._indexes:
            self._indexes.add(index)
            self.words |= index.strings

    def automaton(self) -> tuple[Any, frozenset[str]]:
        if self._built is None or len(self._built[1]) != len(self.words):
            words = frozenset(self.words)
            self._built = (automaton(words, str) if words else None, words)
        return self._built


_GROUP_STRINGS = _GroupStrings()


def _unit_starts(article: Article) -> list[int]:
    starts, offset = [], 0
    for unit in article.units:
        starts.append(offset)
        offset += len(unit.text) + len(_JOIN)
    return starts


_UNSET: Any = object()


def sentence_folded(article: Article, sentence: Sentence) -> str | None:
    """:func:`~pipeline.knowledge.literals.folded` of a sentence of ``article``, once per
    sentence (the checks that search sentences pre-filter their patterns with it)."""
    found: dict[int, str | None] = article.memo("folded-sentences", dict)
    lowered = found.get(id(sentence), _UNSET)
    if lowered is _UNSET:
        lowered = found[id(sentence)] = folded(sentence.text)
    return lowered


#: The strings of the pre-filters of the rules' indexes asked of sentences (:func:`sentence_possible`).
_SENTENCE_STRINGS = _GroupStrings()


def sentence_possible(article: Article, lowered: str, index: PatternIndex) -> set[int]:
    """``index.possible(lowered)`` for a sentence of ``article`` (``lowered`` its
    :func:`sentence_folded`), told by one automaton pass per sentence over the strings of
    every rule's index asked so far: the rules that ask each sentence (claims, confused words)
    share it instead of each running its own. For the indexes of rule options, which are
    fixed: a drug's wordings are asked of the sentences naming it only."""
    _SENTENCE_STRINGS.include(index)
    machine, words = _SENTENCE_STRINGS.automaton()
    found: dict[str, tuple[frozenset[str], set[str]]] = article.memo("sentence-strings", dict)
    known = found.get(lowered)
    if known is None or known[0] is not words:
        known = found[lowered] = (words, held(machine, lowered) if machine is not None else set())
    return index.possible_holding(known[1])


#: Per owner of a fixed list of patterns (a rule's options, a drug's facts), the index of its patterns.
_INDEXES: IdRegistry[PatternIndex] = IdRegistry()


def pattern_index(owner: object, patterns: Callable[[], Iterable[re.Pattern[str]]]) -> PatternIndex:
    """The :class:`~pipeline.knowledge.literals.PatternIndex` of ``owner``'s ``patterns``, made
    once per owner: the checks that ask many patterns of every sentence ask it which may match.

    A list of patterns of the options (:class:`~pipeline.knowledge.options.Patterns`, a tuple,
    which takes no weak reference) keeps its own index, in an attribute its pickling leaves out,
    so that the index goes with it."""
    if isinstance(owner, Patterns):
        attributes = vars(owner)
        found: PatternIndex | None = attributes.get(_INDEX_ATTRIBUTE)
        if found is None:
            found = attributes[_INDEX_ATTRIBUTE] = PatternIndex(patterns())
        return found
    index = _INDEXES.get(owner)
    return index if index is not None else _INDEXES.put(owner, PatternIndex(patterns()))


_INDEX_ATTRIBUTE = "pattern_index"


def may_match(pattern: re.Pattern[str], lowered: str) -> bool:
    """False if ``pattern`` certainly matches nowhere in the text ``lowered`` is
    :func:`~pipeline.knowledge.literals.folded` from: for no alternative of the pattern
    does it hold what that alternative requires (:func:`~pipeline.knowledge.literals.prefilter`)."""
    pre = prefilter(pattern)
    return pre is None or holds(pre, lowered)


@rule_type("forbidden-pattern", ForbiddenPattern, placeholders=("match",))
def check_forbidden(article: Article, rule: Rule[ForbiddenPattern], ctx: CheckContext) -> Iterator[Finding]:
    """Every match of any of ``patterns`` in any prose unit (headings included) is a finding
    at the match; overlapping matches of several patterns are reported once. A heading whose
    first paragraph matches ``heading_answered_by`` is not searched, and a match after one of ``not_after`` in its
    sentence is not reported, nor one inside a match of ``unless_within``, nor, in a script (``script_marks``), one of
    ``spoken_in_script``; one in a paragraph that is not ``about`` what the rule is about, or inside a match of ``aside_within``,
    is a warning."""
    about, aside_within = rule.options.about, rule.options.aside_within
    for unit, start, end in _find_forbidden(article, rule):
        text = unit.text[start:end].strip()
        message = rule.format_message(f'{rule.description.rstrip(".")}: "{text}"', match=text)
        if (about and not _is_about(article, unit, about, ctx)) or (aside_within and _aside(article, unit, start, end, aside_within, ctx)):
            aside = rule.options.aside_message
            yield rule.finding(article, UnitSpan(unit, start, end), aside.format(match=text) if aside else message, severity="warning")
            continue
        yield rule.finding(article, UnitSpan(unit, start, end), message)


def _is_about(article: Article, unit: ProseUnit, about: Patterns, ctx: CheckContext) -> bool:
    """Does the paragraph of ``unit`` (the units of its block: a list item, a table row) match one of ``about`` or name a drug?"""
    block = [other for other in article.units if other.block == unit.block]
    if any(pattern.search(other.text) for other in block for pattern in about):
        return True
    drugs = analyse(article, ctx)
    return any(drugs.in_unit(other) for other in block)


def _find_forbidden(article: Article, rule: Rule[ForbiddenPattern]) -> Iterator[tuple[ProseUnit, int, int]]:
    """Every match of ``rule``'s patterns that its own options leave reported, unit by unit, in order."""
    patterns = live_patterns(article, rule.options.patterns)
    if not patterns:
        return
    live_at = units_live(holders for _, holders in patterns)
    units = [unit for unit in article.units if live_at(unit)]  # only the units holding some pattern's needles
    if rule.options.requires:
        units = [unit for unit in units if any(guard.search(unit.text) for guard in rule.options.requires)]
    answers, told, within = rule.options.heading_answered_by, rule.options.not_after, rule.options.unless_within
    spoken = rule.options.spoken_in_script
    if spoken and not (rule.options.script_marks and _is_script(article, rule.options.script_marks)):
        spoken = None
    for unit in units:
        if answers and unit.kind == "heading" and _answered(article, unit, answers):
            continue
        spans: list[tuple[int, int]] = []
        for index in live_at(unit):
            for match in patterns[index][0].finditer(unit.text):
                if match.end() > match.start() and not any(s < match.end() and match.start() < e for s, e in spans):
                    if told and _told_before(unit.text, match.start(), told):
                        continue
                    if spoken and any(said.search(match.group()) for said in spoken):
                        continue
                    if within and _held_within(unit.text, match.start(), match.end(), within):
                        continue
                    spans.append((match.start(), match.end()))
        for start, end in sorted(spans):
            yield unit, start, end
