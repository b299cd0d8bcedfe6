"""The one way knowledge patterns become regular expressions.

Rule patterns (``checks/rules``) are matched as written; fact and lexicon
patterns (``checks/drugs``, ``checks/conditions.yml``) are whole words
(``whole_words=True`` wraps them as ``\\b(?:PATTERN)\\b``). Both are
case-insensitive and compiled once per process.

Python's engine backtracks, so a pattern with an unbounded repetition inside
another unbounded repetition (``(a+)+``, ``(\\w+\\s*)*``) can take exponential time
on a crafted line. Such a pattern is refused when the knowledge is loaded (an
error naming the file and line), whoever wrote it: bound the outer repetition
(``{0,4}``) instead.

A pattern is parsed once: the parse both feeds the check above and is compiled
(CPython's ``re`` does the same steps, and compiles the same program). While
:data:`PROGRAMS` is on (the knowledge cache is storing), each compiled program is
kept so that the cache can store it and rebuild the pattern without parsing
(:func:`rebuild`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pipeline.knowledge.literals import remember_parsed

try:  # Python 3.11+: the parser moved to re._parser
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants
    import sre_parse

try:  # CPython's compiler: a parsed pattern to its program, and a program to a Pattern
    import _sre  # type: ignore[import-not-found,unused-ignore]
    from re import _compiler as sre_compile  # type: ignore[attr-defined]

    SRE_MAGIC: int | None = int(_sre.MAGIC)
except (ImportError, AttributeError):  # pragma: no cover - another Python: re.compile only
    SRE_MAGIC = None

#: A compiled program: the code, the number of groups minus one, the group names.
Program = tuple[list[int], int, dict[str, int]]


class _Programs:
    """(source, flags) -> program of the patterns compiled while on (see the module docstring)."""

    def __init__(self) -> None:
        self.on = False
        self.found: dict[tuple[str, int], Program] = {}

    def clear(self) -> None:
        self.found.clear()


PROGRAMS = _Programs()
#: A plain int, as ``re.compile`` passes it on: the parser and compiler test flags many times.
_IGNORECASE = int(re.IGNORECASE)


def _unbounded_repeat_inside(parsed: Any, inside_unbounded: bool) -> bool:
    """Is there an unbounded repetition within an unbounded repetition?"""
    for op, arg in parsed:
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)):
            low, high, sub = arg
            unbounded = high == sre_constants.MAXREPEAT
            if unbounded and inside_unbounded:
                return True
            if _unbounded_repeat_inside(sub, inside_unbounded or unbounded):
                return True
        elif op is sre_constants.SUBPATTERN:
            if _unbounded_repeat_inside(arg[-1], inside_unbounded):
                return True
        elif op is sre_constants.BRANCH:
            if any(_unbounded_repeat_inside(branch, inside_unbounded) for branch in arg[1]):
                return True
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            if _unbounded_repeat_inside(arg[1], inside_unbounded):
                return True
    return False


@cache
def compile_pattern(text: str, whole_words: bool = False) -> re.Pattern[str]:
    """``text`` compiled case-insensitively; raises ``re.error`` if it is not valid
    or can take exponential time (a nested unbounded repetition)."""
    source = rf"\b(?:{text})\b" if whole_words else text
    if SRE_MAGIC is None:  # pragma: no cover - another Python
        compiled = re.compile(source, re.IGNORECASE)
        parsed = sre_parse.parse(text)
    else:
        parsed = sre_parse.parse(source, _IGNORECASE)
        program = ([int(op) for op in sre_compile._code(parsed, _IGNORECASE)], parsed.state.groups - 1, dict(parsed.state.groupdict))
        compiled = rebuild(source, _IGNORECASE | parsed.state.flags, program)
        if PROGRAMS.on:
            PROGRAMS.found[(source, compiled.flags)] = program
            remember_parsed(compiled, None if compiled.flags & re.VERBOSE else list(parsed))
    if _unbounded_repeat_inside(parsed, False):
        raise re.error("a repetition inside a repetition can take exponential time; bound the outer one, e.g. {0,4}")
    return compiled


def program_of(pattern: re.Pattern[str]) -> Program | None:
    """The compiled program of ``pattern`` (recorded, else compiled again), or None
    when it cannot be had (another Python)."""
    if SRE_MAGIC is None or not isinstance(pattern.pattern, str):
        return None
    found = PROGRAMS.found.get((pattern.pattern, pattern.flags))
    if found is not None:
        return found
    return _program_again(pattern.pattern, pattern.flags)


@cache
def _program_again(source: str, flags: int) -> Program | None:
    """The program of ``source`` compiled again, checked by rebuilding it; once per process:
    a pattern :func:`compile_pattern` returns from its cache was not recorded, and a process
    that stores the knowledge more than once (the language server after an edit of checks/,
    the test suite: each test its own cache) would otherwise parse every pattern again."""
    try:
        parsed = sre_parse.parse(source, flags)
        program = ([int(op) for op in sre_compile._code(parsed, flags)], parsed.state.groups - 1, dict(parsed.state.groupdict))
        again = rebuild(source, flags, program)
        pattern = re.compile(source, flags)
    except Exception:  # noqa: BLE001 - an internal API changed: no program
        return None
    same = (again.pattern, again.flags, again.groups, dict(again.groupindex))
    return program if same == (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)) else None


def rebuild(source: str, flags: int, program: Program | None) -> re.Pattern[str]:
    """The pattern ``source`` from its compiled program, as ``re.compile`` would make it
    (``re.compile`` itself when there is no program or it is refused)."""
    if program is not None and SRE_MAGIC is not None:
        try:
            code, groups, groupindex = program
            indexgroup: list[str | None] = [None] * (groups + 1)
            for name, index in groupindex.items():
                indexgroup[index] = name
            compiled: re.Pattern[str] = _sre.compile(source, flags, code, groups, groupindex, tuple(indexgroup))
            return compiled
        except Exception:  # noqa: BLE001, S110 - compile it the ordinary way
            pass
    return re.compile(source, flags)
