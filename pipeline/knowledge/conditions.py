"""The condition vocabulary: checks/conditions.yml, conditions as named concepts
with their surface forms (whole-word, case-insensitive patterns) and the outcomes
that say the condition was relieved ("out like a light"), validated on load."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.errors import ConfigError
from pipeline.knowledge.literals import PatternIndex, automaton, folded, held, needles
from pipeline.knowledge.patterns import compile_pattern
from pipeline.knowledge.sources import KnowledgeDirs, as_dirs, files_in
from pipeline.yamlload import load_yaml_file, validate

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from pipeline.run.context import CheckContext

CONDITIONS_FILE = "conditions.yml"


@dataclass(frozen=True)
class Condition:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    #: The condition relieved, a use on its own when said of a medicine ("half a tab has me
    #: out like a light", "the pounds just fell off").
    outcomes: tuple[re.Pattern[str], ...] = ()
    #: A symptom of many conditions: its relief named right after an approved use ("for
    #: rheumatoid arthritis, to reduce joint pain") is part of that use.
    symptom: bool = False
    #: The conditions it is a symptom of ("headache" of migraine): its bare name relieved by a
    #: drug approved for one of them, named in the sentence or the one before, is part of that use.
    symptom_of: tuple[str, ...] = ()
    #: Lay descriptions among ``patterns`` that do not name the condition ("keep her weight down").
    lay: tuple[re.Pattern[str], ...] = ()
    #: Conditions whose treatment also brings it back ("lifts low mood and helps people sleep better").
    improves_with: tuple[str, ...] = ()
    #: Conditions that, found earlier in the sentence, take its lay descriptions as their own signs ("eleven weeks along
    #: and can't keep even water down" is morning sickness, not a stomach bug).
    yields_to: tuple[str, ...] = ()


#: The end of a sentence between two matches.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def longest_first(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Matches (start, end, name) without overlaps: leftmost first, the longest at a start."""
    kept: list[tuple[int, int, str]] = []
    for item in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


#: How many texts :meth:`ConditionVocabulary.find` keeps the results of.
_FOUND_KEPT = 4096


@dataclass
class ConditionVocabulary:
    conditions: list[Condition]
    source: str
    _prefilter: _Prefilter | None = field(default=None, repr=False, compare=False)
    _outcome_prefilter: _Prefilter | None = field(default=None, repr=False, compare=False)
    _name_prefilter: _Prefilter | None = field(default=None, repr=False, compare=False)
    #: Condition name -> the conditions it yields its lay descriptions to (built on first use).
    _yields_to: dict[str, tuple[str, ...]] | None = field(default=None, repr=False, compare=False)
    #: :meth:`find`'s results by text: the use finders search a sentence and the one before it again for each reading of it
    #: (about 60 % of the searches of a check repeat an earlier one); cleared when full, so that a server's stays bounded.
    _found: dict[str, tuple[tuple[int, int, str], ...]] = field(default_factory=dict, repr=False, compare=False)
    #: Where the medicines' names are in a text (the drug-names index's ``spans``), given by the check that knows them: the
    #: use finders read a name written in lower case as a name ("I take a hydroxyzine", "one propranolol at lunchtime"), as
    #: they read a brand by its capital.
    name_spans: Callable[[str], Iterable[tuple[int, int]]] | None = field(default=None, repr=False, compare=False)

    def names_as_brands(self, text: str) -> str:
        """``text`` with every medicine's name written in lower case given a capital, as a brand is written (the same length,
        so every position holds)."""
        if self.name_spans is None:
            return text
        starts = [start for start, _ in self.name_spans(text) if text[start].islower()]
        if not starts:
            return text
        chars = list(text)
        for start in starts:
            chars[start] = chars[start].upper()
        return "".join(chars)

    def _candidates(self, text: str, outcomes: bool = False, names: bool = False) -> list[tuple[str, re.Pattern[str]]]:
        """(name, pattern) in vocabulary order (of the outcomes with ``outcomes``, of the
        names without the lay descriptions with ``names``), leaving out patterns whose
        required literal text (``literals.needles``) is not in ``text``."""
        if outcomes:
            if self._outcome_prefilter is None:
                self._outcome_prefilter = _Prefilter.build([Condition(c.name, c.outcomes) for c in self.conditions])
            prefilter = self._outcome_prefilter
        elif names:
            if self._name_prefilter is None:
                self._name_prefilter = _Prefilter.build(
                    [Condition(c.name, tuple(p for p in c.patterns if p not in c.lay)) for c in self.conditions]
                )
            prefilter = self._name_prefilter
        else:
            if self._prefilter is None:
                self._prefilter = _Prefilter.build(self.conditions)
            prefilter = self._prefilter
        lowered = folded(text) if prefilter.automaton is not None else None
        if lowered is None:
            return prefilter.entries
        chosen = set(prefilter.unanchored)
        for literal in held(prefilter.automaton, lowered):
            chosen.update(prefilter.by_literal[literal])
        # Then, finer: a word of each literal set of some alternative of the pattern
        # (literals.prefilter), told for every pattern by one more automaton pass.
        possible = prefilter.index.possible(lowered)
        entries = prefilter.entries
        return [entries[i] for i in sorted(chosen) if id(entries[i][1]) in possible]

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping condition matches (start, end, name), the longest winning, the lay
        descriptions that a condition found before them in their sentence takes as its signs (``yields_to``) read as that
        condition's ("eleven weeks along and can't keep even water down" is the morning sickness; "people with a drinking
        problem get baclofen to quiet the cravings", the drinking's cravings)."""
        known = self._found.get(text)
        if known is None:
            if len(self._found) >= _FOUND_KEPT:
                self._found.clear()
            known = self._found[text] = tuple(self._find(text))
        return list(known)

    def _find(self, text: str) -> list[tuple[int, int, str]]:
        found = longest_first([(m.start(), m.end(), name) for name, p in self._candidates(text) for m in p.finditer(text)])
        if self._yields_to is None:
            self._yields_to = {c.name: c.yields_to for c in self.conditions if c.yields_to}
        if len(found) < 2 or not self._yields_to:
            return found
        out: list[tuple[int, int, str]] = []
        for f in found:
            taker = self._taken_as_signs(text, found, f)
            out.append(f if taker is None else (f[0], f[1], taker))
        return out

    def _taken_as_signs(self, text: str, found: list[tuple[int, int, str]], match: tuple[int, int, str]) -> str | None:
        """The condition found before ``match`` in its sentence that takes it as its signs (the nearest), else None."""
        start, end, name = match
        takers = (self._yields_to or {}).get(name, ())
        if not takers or not self.is_lay(name, text, start, end):
            return None
        return next(
            (n for s, e, n in reversed(found) if n in takers and e <= start and not _SENTENCE_END.search(text, e, start)),
            None,
        )

    def find_names(self, text: str) -> list[tuple[int, int, str]]:
        """:meth:`find` of the conditions' names only, not their lay descriptions ("the pounds
        just fell off"): a cheaper search where only a name matters."""
        return longest_first([(m.start(), m.end(), name) for name, p in self._candidates(text, names=True) for m in p.finditer(text)])

    def find_outcomes(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping outcome matches (start, end, condition name), the longest winning."""
        return longest_first([(m.start(), m.end(), name) for name, p in self._candidates(text, True) for m in p.finditer(text)])

    def is_symptom(self, name: str) -> bool:
        return any(c.symptom for c in self.conditions if c.name == name)

    def symptom_of(self, name: str) -> tuple[str, ...]:
        return next((c.symptom_of for c in self.conditions if c.name == name), ())

    def improves_with(self, name: str) -> tuple[str, ...]:
        return next((c.improves_with for c in self.conditions if c.name == name), ())

    def is_lay(self, name: str, text: str, start: int, end: int) -> bool:
        """Is ``text[start:end]`` (a match of condition ``name``) a lay description or an outcome, not a name of it? Also a
        lay description of a condition that yields it to ``name`` (``yields_to``: "the cravings" read as a drinking problem's).
        Read in its text, so that a lay pattern ending in a look-ahead ("my back went" before a comma or "when ...") still
        matches it."""
        surface = text[start:end]
        return any(
            p.fullmatch(surface) or _ends_at(p.match(text, start), end)
            for c in self.conditions
            if c.name == name or name in c.yields_to
            for p in (c.lay + c.outcomes if c.name == name else c.lay)
        )

    def mentions(self, name: str, text: str) -> bool:
        return any(p.search(text) for c in self.conditions if c.name == name for p in c.patterns)


def _ends_at(found: re.Match[str] | None, end: int) -> bool:
    return found is not None and found.end() == end


@dataclass
class _Prefilter:
    """The vocabulary's patterns indexed by their required literals, so that a text is
    searched only with the patterns one of whose literals it holds."""

    #: (condition name, pattern), in vocabulary order.
    entries: list[tuple[str, re.Pattern[str]]]
    #: Entries (by index) with no required literal: always searched.
    unanchored: tuple[int, ...]
    #: Literal -> the entries (by index) a match of which contains it.
    by_literal: dict[str, list[int]]
    automaton: Any
    #: Which patterns hold what some alternative of theirs requires (``holds`` of their
    #: ``literals.prefilter``), for all the patterns at once.
    index: PatternIndex

    @classmethod
    def build(cls, conditions: list[Condition]) -> _Prefilter:
        entries: list[tuple[str, re.Pattern[str]]] = []
        unanchored: list[int] = []
        by_literal: dict[str, list[int]] = {}
        for condition in conditions:
            for pattern in condition.patterns:
                index = len(entries)
                entries.append((condition.name, pattern))
                anchors = needles(pattern)
                if not anchors:
                    unanchored.append(index)
                for literal in anchors or ():
                    by_literal.setdefault(literal, []).append(index)
        every = PatternIndex(pattern for _, pattern in entries)
        return cls(entries, tuple(unanchored), by_literal, automaton(set(by_literal), str) if by_literal else None, every)


def load_conditions(dirs: KnowledgeDirs) -> ConditionVocabulary:
    """The conditions.yml of every knowledge layer; a later layer adds conditions
    (and patterns of a condition it names again)."""
    paths = files_in(dirs, CONDITIONS_FILE)
    if not paths:
        where = as_dirs(dirs)[-1] / CONDITIONS_FILE if as_dirs(dirs) else Path(CONDITIONS_FILE)
        raise ConfigError("condition vocabulary not found (the off-label check needs it)", path=str(where))
    conditions: dict[str, dict[str, list[re.Pattern[str]]]] = {}
    symptoms: set[str] = set()
    symptom_of: dict[str, list[str]] = {}
    improves_with: dict[str, list[str]] = {}
    yields_to: dict[str, list[str]] = {}
    taken_by: list[tuple[str, str, int]] = []
    sources = []
    for path in paths:
        doc = load_yaml_file(path)
        validate(doc, "conditions.schema.json", str(path))
        sources.append(doc.data["source"])
        for i, raw in enumerate(doc.data["conditions"]):
            forms = conditions.setdefault(raw["name"], {"patterns": [], "outcomes": [], "lay": []})
            if raw.get("symptom"):
                symptoms.add(raw["name"])
            symptom_of.setdefault(raw["name"], []).extend(raw.get("symptom_of", []))
            improves_with.setdefault(raw["name"], []).extend(raw.get("improves_with", []))
            yields_to.setdefault(raw["name"], []).extend(raw.get("yields_to", []))
            for j, taker in enumerate(raw.get("yields_to", [])):
                taken_by.append((taker, str(path), doc.line_of(("conditions", i, "yields_to", j))))
            for key, compiled in forms.items():
                for j, text in enumerate(raw.get(key, [])):
                    try:
                        compiled.append(compile_pattern(text, whole_words=True))
                    except re.error as exc:
                        line = doc.line_of(("conditions", i, key, j))
                        raise ConfigError(f"bad regular expression {text!r}: {exc}", path=str(path), line=line) from None
    for taker, named_in, line in taken_by:
        if taker not in conditions:
            raise ConfigError(f"yields_to names {taker!r}, which is not a condition of the vocabulary", path=named_in, line=line)
    return ConditionVocabulary(
        [
            Condition(
                name,
                tuple(f["patterns"] + f["lay"]),
                tuple(f["outcomes"]),
                name in symptoms,
                tuple(symptom_of[name]),
                tuple(f["lay"]),
                tuple(improves_with[name]),
                tuple(yields_to[name]),
            )
            for name, f in conditions.items()
        ],
        "; ".join(sources),
    )


def get_conditions(ctx: CheckContext) -> ConditionVocabulary:
    return ctx.resource("conditions", lambda: load_conditions(ctx.config.knowledge_dirs))
