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
from collections.abc import Iterable, Iterator
from typing import Any

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


def automaton(words: Iterable[str]) -> Any:
    """An Aho-Corasick automaton over lower-case ASCII ``words``; the value of each is its length."""
    import ahocorasick  # type: ignore[import-not-found]

    machine = ahocorasick.Automaton()
    for word in words:
        machine.add_word(word, len(word))
    machine.make_automaton()
    return machine


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


#: Pattern id -> the pattern and its needles (by id: hashing a pattern hashes its program).
_NEEDLES: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The pattern's :func:`required_literals` (memoised per pattern, and kept with the
    patterns the knowledge cache stores; None for a verbose pattern, whose source is not
    read literally)."""
    known = _NEEDLES.get(id(pattern))
    if known is None or known[0] is not pattern:
        found = None if pattern.flags & re.VERBOSE else required_literals(pattern.pattern)
        known = _NEEDLES[id(pattern)] = (pattern, tuple(found) if found else None)
    return known[1]


def remember_needles(pattern: re.Pattern[str], found: tuple[str, ...] | None) -> None:
    """Record :func:`needles` of ``pattern`` (computed when the pattern was stored)."""
    _NEEDLES[id(pattern)] = (pattern, found)


def required_literals(pattern: str) -> list[str] | None:
    """Lower-case literal strings one of which every match of ``pattern`` contains:
    a run of literal ASCII characters that is not optional, or one such run from each
    alternative of an alternation that is not optional (the choice whose shortest
    string is longest); None when there is none."""
    try:
        parsed = _sre_parse.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    return _anchors(list(parsed))


def _anchors(items: list[tuple[Any, Any]]) -> list[str] | None:
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
    if not choices:
        return None
    return max(choices, key=lambda choice: min(len(a) for a in choice))
