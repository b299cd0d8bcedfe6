"""Fast look-up of many case-insensitive, whole-word patterns (issue 15).

Drug names are literals: one Aho-Corasick automaton (pyahocorasick) over their
lower-case forms finds every occurrence in one pass, and :func:`longest_words`
keeps what ``\\b(?:longest|...|shortest)\\b`` with ``re.IGNORECASE`` would match.
Condition patterns are regular expressions: :func:`required_literals` finds literal
text every match must contain, and a pattern runs only on texts that contain it.

Both rely on the lower-cased text standing for the text letter by letter, which
holds unless lower-casing changes its length ("İ") or it has one of the letters
``re.IGNORECASE`` folds onto an ASCII letter that ``str.lower`` keeps ("ı", "ſ"):
:func:`folded` returns None then, and callers use the plain regular expressions.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from typing import Any, Generic, TypeVar

try:
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python < 3.11
    import sre_parse as _sre_parse

_WORD = re.compile(r"\w")
#: Letters that match an ASCII letter under re.IGNORECASE but are not its lower case.
_FOLD_SPECIAL = ("ı", "ſ")


def folded(text: str) -> str | None:
    """``text.lower()`` when it matches ``text`` position for position, else None."""
    lowered = text.lower()
    if len(lowered) != len(text) or any(c in text for c in _FOLD_SPECIAL):
        return None
    return lowered


def _is_word(text: str, index: int) -> bool:
    return 0 <= index < len(text) and _WORD.match(text, index) is not None


def boundary(text: str, index: int) -> bool:
    """Whether ``\\b`` matches at ``index`` of ``text``."""
    return _is_word(text, index - 1) != _is_word(text, index)


def automaton(words: Iterable[str], value: Callable[[str], Any] = len) -> Any:
    """An Aho-Corasick automaton over lower-case ASCII ``words``; the value of each is
    ``value(word)``: its length (where a match is), or the word itself (which words a text
    holds, :func:`held`)."""
    import ahocorasick  # type: ignore[import-not-found]

    machine = ahocorasick.Automaton()
    for word in words:
        machine.add_word(word, value(word))
    machine.make_automaton()
    return machine


def held(machine: Any, lowered: str, start: int = 0, end: int | None = None) -> set[Any]:
    """The values of the words of ``machine`` found in ``lowered[start:end]``: the words
    themselves for an automaton built with ``value=str`` (one C-level pass, no slicing)."""
    found = machine.iter(lowered, start, len(lowered) if end is None else end)
    return set(map(_VALUE, found))


_VALUE = itemgetter(1)


def longest_words(machine: Any, text: str, lowered: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the words of ``machine`` in ``text``, as
    ``re.finditer(r"\\b(?:w1|w2|...)\\b", text, re.IGNORECASE)`` with the words longest
    first: left to right, not overlapping, at each start the longest word that
    begins and ends at a word boundary. ``lowered`` is ``folded(text)``."""
    longest: dict[int, int] = {}
    for last, length in machine.iter(lowered):
        end = last + 1
        start = end - length
        if longest.get(start, -1) < end and boundary(text, start) and boundary(text, end):
            longest[start] = end
    position = 0
    for start in sorted(longest):
        if start >= position:
            position = longest[start]
            yield start, position


#: A pattern's pre-filter: its alternatives, each the literal sets a match through it
#: contains one string of every set (at most _MAX_SETS sets, the most selective).
Prefilter = tuple[tuple[tuple[str, ...], ...], ...]
_MAX_SETS = 3

V = TypeVar("V")


class IdRegistry(Generic[V]):
    """A value per object, kept by the object's id for as long as the object lives.

    By id, because hashing the object costs too much (a pattern hashes its whole program) or
    cannot be done (a rule's options hold lists). Each entry holds the object weakly and goes
    when the object does: the language server loads the knowledge again after each edit of
    ``checks/``, and a registry that held its objects kept every load's patterns (5 to 12 MB a
    load). The reference also tells a later object that got the same id from the one it
    belonged to. An object that cannot take a weak reference (a tuple) is held."""

    def __init__(self) -> None:
        self._entries: dict[int, tuple[Callable[[], object], V]] = {}

    def get(self, obj: object) -> V | None:
        entry = self._entries.get(id(obj))
        return entry[1] if entry is not None and entry[0]() is obj else None

    def put(self, obj: object, value: V) -> V:
        key = id(obj)
        entries = self._entries

        def forget(ref: object) -> None:
            entry = entries.get(key)
            if entry is not None and entry[0] is ref:  # not a later object's, under the same id
                del entries[key]

        try:
            held: Callable[[], object] = weakref.ref(obj, forget)
        except TypeError:
            held = _Held(obj)
        entries[key] = (held, value)
        return value


class _Held:
    """A strong reference, called like a weak one."""

    __slots__ = ("obj",)

    def __init__(self, obj: object) -> None:
        self.obj = obj

    def __call__(self) -> object:
        return self.obj


#: A pattern's needles and pre-filter.
_Known = tuple[tuple[str, ...] | None, Prefilter | None]
_NEEDLES: IdRegistry[_Known] = IdRegistry()


def _known(pattern: re.Pattern[str]) -> _Known:
    known = _NEEDLES.get(pattern)
    if known is None:
        known = remember_parsed(pattern, None if pattern.flags & re.VERBOSE else _parse(pattern.pattern))
    return known


def remember_parsed(pattern: re.Pattern[str], parsed: list[tuple[Any, Any]] | None) -> _Known:
    """Compute and record :func:`needles` and :func:`prefilter` of ``pattern`` from its
    parse (case-insensitive; None: nothing can be told), for a caller that has just
    parsed it (:func:`~pipeline.knowledge.patterns.compile_pattern` while the knowledge
    cache is storing: parsing every pattern a second time doubled a cold run's cost)."""
    found = _best(_choices(parsed)) if parsed is not None else None
    return _NEEDLES.put(pattern, (tuple(found) if found else None, _prefilter(parsed) if parsed is not None else None))


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The pattern's :func:`required_literals` (memoised per pattern, and kept with the
    patterns the knowledge cache stores; None for a verbose pattern, whose source is not
    read literally)."""
    return _known(pattern)[0]


def prefilter(pattern: re.Pattern[str]) -> Prefilter | None:
    """What a text must contain for ``pattern`` to match in it (:func:`required_sets`),
    memoised and stored like :func:`needles`; None when nothing can be told."""
    return _known(pattern)[1]


def remember_needles(pattern: re.Pattern[str], found: tuple[str, ...] | None, pre: Prefilter | None) -> None:
    """Record :func:`needles` and :func:`prefilter` of ``pattern`` (computed when the pattern was stored)."""
    _NEEDLES.put(pattern, (found, pre))


def _parse(pattern: str) -> list[tuple[Any, Any]] | None:
    try:
        return list(_sre_parse.parse(pattern, re.IGNORECASE))
    except re.error:
        return None


def required_literals(pattern: str) -> list[str] | None:
    """Lower-case literal strings one of which every match of ``pattern`` contains:
    a run of literal ASCII characters that is not optional, or one such run from each
    alternative of an alternation that is not optional (the choice whose shortest
    string is longest); None when there is none."""
    parsed = _parse(pattern)
    return _best(_choices(parsed)) if parsed is not None else None


def required_sets(pattern: str) -> Prefilter | None:
    """Finer than :func:`required_literals`: a pattern that is an alternation is split
    into its alternatives, and each alternative keeps every literal set it requires
    (the most selective :data:`_MAX_SETS` of those without a one-character string), not
    only the best one. A text can match only if, for some alternative, it holds one string
    of each of that alternative's sets ("by the time|before" and an errand verb and a
    place: three words, not one)."""
    parsed = _parse(pattern)
    return _prefilter(parsed) if parsed is not None else None


def _best(choices: list[list[str]]) -> list[str] | None:
    return max(choices, key=lambda choice: min(len(a) for a in choice)) if choices else None


def _anchors(items: list[tuple[Any, Any]]) -> list[str] | None:
    return _best(_choices(items))


def _choices(items: list[tuple[Any, Any]]) -> list[list[str]]:
    """Every literal set a match of the sequence ``items`` must contain one string of."""
    choices: list[list[str]] = []
    run = ""
    for op, value in items:
        if op == _sre_parse.LITERAL and value < 128:
            run += chr(value).lower()
            continue
        if run:
            choices.append([run])
        run = ""
        if op == _sre_parse.BRANCH:
            alternatives = [_anchors(list(branch)) for branch in value[1]]
            if all(alternatives):
                choices.append(sorted({a for alternative in alternatives for a in alternative or ()}))
        elif op == _sre_parse.SUBPATTERN:
            inner = _anchors(list(value[3]))
            if inner:
                choices.append(inner)
    if run:
        choices.append([run])
    return choices


def _prefilter(items: list[tuple[Any, Any]]) -> Prefilter | None:
    content = [(op, value) for op, value in items if op != _sre_parse.AT]
    if len(content) == 1 and content[0][0] in (_sre_parse.SUBPATTERN, _sre_parse.BRANCH):
        op, value = content[0]
        branches = [list(value[3])] if op == _sre_parse.SUBPATTERN else [list(branch) for branch in value[1]]
        alternatives: list[tuple[tuple[str, ...], ...]] = []
        for branch in branches:
            inner = _prefilter(branch)
            if inner is None:
                return None  # an alternative that requires nothing: any text may match
            alternatives.extend(inner)
        return tuple(alternatives)
    # A set with a one-character string ("s", " ") is held by nearly every text: it tells
    # nothing, and looking for its strings was a third of every pre-filter pass.
    choices = [choice for choice in sorted(_choices(items), key=lambda choice: -min(len(a) for a in choice)) if min(map(len, choice)) > 1]
    return (tuple(tuple(choice) for choice in choices[:_MAX_SETS]),) if choices else None


def _commonness(choice: tuple[str, ...]) -> tuple[int, int]:
    """How often a text is likely to hold one of ``choice``'s strings, for ordering: a short
    word is common wherever it is ("and" as " and "), and each string is one more chance."""
    return -min(len(text.strip()) for text in choice), len(choice)


class PatternIndex:
    """Which of a fixed list of patterns may match a text, told in one pass over it.

    :func:`holds` asked of every pattern scans every string of every literal set for
    each text: for the hundreds of misstatement wordings of an article's drugs, asked of
    each sentence, that was the costliest step of a cold check (issue 15). Here one
    Aho-Corasick automaton holds every string of every pattern's :func:`prefilter`, so
    one pass finds all those the text contains; a text reaches only the patterns one of
    whose strings of the least common set of an alternative (:func:`_commonness`) it
    contains, and each of those is then decided with set look-ups, as :func:`holds`
    would. A pattern without a pre-filter is always possible."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        always: set[int] = set()
        #: Key string -> the patterns one of whose alternatives it is a key of and that
        #: alternative asks nothing more (possible as soon as the key is held) ...
        direct: dict[str, set[int]] = {}
        #: ... and those whose alternative also asks one string of each of other sets.
        keyed: dict[str, list[tuple[int, tuple[frozenset[str], ...]]]] = {}
        strings: set[str] = set()
        for pattern in patterns:
            pre = prefilter(pattern)
            if pre is None:
                always.add(id(pattern))
                continue
            for alternative in pre:
                strings.update(*alternative)
                key = min(alternative, key=_commonness)
                # The pattern may match iff, for some alternative, the text holds one string of
                # each of its sets: one of the key set (which reaches the pattern) and one of each other.
                rest = tuple(frozenset(choice) for choice in alternative if choice != key)
                for text in key:
                    if rest:
                        keyed.setdefault(text, []).append((id(pattern), rest))
                    else:
                        direct.setdefault(text, set()).add(id(pattern))
        self.always = frozenset(always)
        self._direct = direct
        self._keyed = keyed
        #: Every string of every pattern's pre-filter.
        self.strings = frozenset(strings)
        self._machine = automaton(strings, str) if strings else None

    def possible(self, lowered: str) -> set[int]:
        """The patterns (by id) that may match the text ``lowered`` is :func:`folded` from."""
        if self._machine is None:
            return set(self.always)
        return self.possible_holding(held(self._machine, lowered))

    def possible_holding(self, present: set[str]) -> set[int]:
        """:meth:`possible` of a text, told by the strings it holds: ``present`` holds every
        one of :attr:`strings` the text holds (and may hold others)."""
        found = set(self.always)
        direct = self._direct
        for key in present & direct.keys():
            found |= direct[key]
        keyed = self._keyed
        for key in present & keyed.keys():
            for pattern, rest in keyed[key]:
                if pattern not in found and all(not choice.isdisjoint(present) for choice in rest):
                    found.add(pattern)
        return found


def holds(pre: Prefilter, lowered: str) -> bool:
    """Whether the folded text ``lowered`` holds what some alternative of ``pre`` requires."""
    contains = lowered.__contains__
    for alternative in pre:
        for choice in alternative:
            if not any(map(contains, choice)):
                break
        else:
            return True
    return False
