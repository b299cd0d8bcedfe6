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
(CPython's ``re`` does the same steps, and compiles the same program). Each compiled
program is kept in :data:`PROGRAMS`, packed (:func:`pack`: 32-bit words, zlib), so that
the knowledge cache can store it and rebuild the pattern without parsing (:func:`rebuild`),
and so that a second store in the same process (the language server after an edit of
``checks/``, a test suite whose tests each have their own cache) does not compile every
pattern again. Packed, the ~4,000 fact patterns' 15 million code words take about 7 MB
instead of a 41 MB cache entry.

A program also tells the engine where a match can start (issue 15). CPython's ``re``
skips, in C, the characters no match can start with only when it can tell them: for a
case-insensitive pattern opening with a letter, or with ``\\b`` or a look-behind (most of
ours), it cannot, and runs the whole pattern at every character of the text. :func:`program`
works the first characters out from the parse (the literals and classes a match can open
with, and every character that matches them case-insensitively) and puts them in the
program's header, where ``re`` looks for them; matches are the same, found sooner. The
program also gathers alternatives by their first letter and tries a ``\\b`` (or ``^``) that
every alternative opens with once, before them all (:func:`_grouped`); a program opening with
``^`` gets no header, so that ``re`` still tries it at the start of the text only.
"""

from __future__ import annotations

import re
import sys
import zlib
from array import array
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
#: A program packed: its code as 32-bit words, zlib-compressed, then the same.
Packed = tuple[bytes, int, dict[str, int]]
#: The array type of a code word (``_sre``'s are 32-bit).
_WORD = next(t for t in "IL" if array(t).itemsize == 4)


def pack(program: Program) -> Packed:
    code, groups, names = program
    return zlib.compress(array(_WORD, code).tobytes(), 1), groups, names


def unpack(packed: Packed) -> Program:
    code = array(_WORD)
    code.frombytes(zlib.decompress(packed[0]))
    return code.tolist(), packed[1], packed[2]


class _Programs:
    """(source, flags) -> packed program of every pattern :func:`compile_pattern` compiled; ``on`` while
    the knowledge cache is storing (then loaders compile what they would leave for later, and
    parses are read for the pre-filters: see :mod:`pipeline.knowledge.cache`)."""

    def __init__(self) -> None:
        self.on = False
        self.found: dict[tuple[str, int], Packed] = {}


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
        program = _program(parsed, _IGNORECASE)
        compiled = rebuild(source, _IGNORECASE | parsed.state.flags, program)
        PROGRAMS.found[(source, compiled.flags)] = pack(program)
        if PROGRAMS.on:
            remember_parsed(compiled, None if compiled.flags & re.VERBOSE else list(parsed))
    if _unbounded_repeat_inside(parsed, False):
        raise re.error("a repetition inside a repetition can take exponential time; bound the outer one, e.g. {0,4}")
    return compiled


def program_of(pattern: re.Pattern[str]) -> Program | None:
    """The compiled program of ``pattern`` (recorded, else compiled again), or None
    when it cannot be had (another Python)."""
    packed = packed_program_of(pattern)
    return None if packed is None else unpack(packed)


def packed_program_of(pattern: re.Pattern[str]) -> Packed | None:
    """:func:`program_of`, packed (as the knowledge cache stores it)."""
    if SRE_MAGIC is None or not isinstance(pattern.pattern, str):
        return None
    found = PROGRAMS.found.get((pattern.pattern, pattern.flags))
    if found is not None:
        return found
    return _program_again(pattern.pattern, pattern.flags)


@cache
def _program_again(source: str, flags: int) -> Packed | None:
    """The program of ``source`` (not compiled by :func:`compile_pattern`) compiled again, checked
    by rebuilding it; once per process."""
    try:
        parsed = sre_parse.parse(source, flags)
        program = _program(parsed, flags)
        again = rebuild(source, flags, program)
        pattern = re.compile(source, flags)
    except Exception:  # noqa: BLE001 - an internal API changed: no program
        return None
    same = (again.pattern, again.flags, again.groups, dict(again.groupindex))
    return pack(program) if same == (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)) else None


def _program(parsed: Any, flags: int) -> Program:
    """The program of the parsed pattern, as ``re`` compiles it, with its alternatives grouped by
    their first letter (:func:`_grouped`) and the characters a match can start with in its header
    when ``re`` put none there (see the module docstring)."""
    parsed = _grouped(parsed, flags | parsed.state.flags)
    code = [int(op) for op in sre_compile._code(parsed, flags)]
    flags |= parsed.state.flags  # with the pattern's own, and re.UNICODE (\\w in the header as in the pattern)
    starts = _opening_charset(parsed, flags)
    if (
        starts is not None
        and code[0] == sre_constants.INFO
        and not code[2] & (sre_constants.SRE_INFO_PREFIX | sre_constants.SRE_INFO_CHARSET)
        and code[1 + code[1] : 3 + code[1]] not in _AT_START
    ):
        charset, _ = sre_compile._optimize_charset(starts)
        header = [sre_constants.INFO, 0, sre_constants.SRE_INFO_CHARSET, code[3], code[4]]
        sre_compile._compile_charset(charset, flags, header)  # case-sensitive items: the flags only choose \\w's meaning
        header[1] = len(header) - 1
        code = [int(op) for op in header] + code[1 + code[1] :]
    return (code, parsed.state.groups - 1, dict(parsed.state.groupdict))


#: A program opening with ``^`` or ``\\A`` (not in multi-line mode): ``re`` tries it at the start of the text only, unless
#: a header tells it where a match can start.
_AT_START = ([sre_constants.AT, sre_constants.AT_BEGINNING], [sre_constants.AT, sre_constants.AT_BEGINNING_STRING])


def _grouped(parsed: Any, flags: int) -> Any:
    """A copy of the parsed pattern whose alternations ``re`` runs faster, matching the same.

    ``re`` tries the alternatives of ``(?:take|takes|taking|use|...)`` one by one at every
    place; it skips one without entering it only when it opens with a case-sensitive literal
    or class, and ours are case-insensitive. Here each alternative opening with a letter opens
    with a case-sensitive class of every character that letter matches (:func:`_cased`), and
    the alternatives opening with the same letter are gathered behind it, one level deep
    (``t(?:ake|akes|aking)|u(?:se|...)``): at a place where the text has a "u", only the "u"
    group is entered. No match changes: only alternatives that open with the same letter can
    match at the same place, and their order among themselves, and around every alternative
    that opens otherwise, is kept. The parse itself is left as it was (its literals pre-filter
    the pattern, :mod:`pipeline.knowledge.literals`)."""
    flags = int(flags)  # (a plain int: RegexFlag's operators are slow)
    if flags & _NOT_UNICODE:  # _cased reads Unicode case-folding
        return parsed
    grouped = _grouped_items(parsed, flags)
    guards = _opening_assertions(list(grouped)) if len(grouped) and grouped[0][0] is not sre_constants.AT else None
    if guards:
        # every alternative opens with \b (or ^): tried once first, it turns most places away at once, instead of each
        # alternative trying it in turn ("\b(?:take|...)...|\b(?:help|...)...|^\W*for ...")
        first = [sre_parse.SubPattern(grouped.state, [(sre_constants.AT, code)]) for code in sorted(guards)]
        guard = first[0][0] if len(first) == 1 else (sre_constants.BRANCH, (None, first))
        grouped = sre_parse.SubPattern(grouped.state, [guard, *grouped])
    return grouped


_NOT_UNICODE = int(re.ASCII | re.LOCALE)
#: The assertions :func:`_opening_assertions` reads: ``\b``, ``^`` and ``\A``.
_GUARDS = frozenset({sre_constants.AT_BOUNDARY, sre_constants.AT_BEGINNING, sre_constants.AT_BEGINNING_STRING})


def _opening_assertions(items: list[tuple[Any, Any]]) -> frozenset[Any] | None:
    """The assertions among :data:`_GUARDS` one of which every match of ``items`` opens with;
    None when a match may open otherwise."""
    if not items:
        return None
    op, av = items[0]
    if op is sre_constants.AT:
        return frozenset({av}) if av in _GUARDS else None
    if op is sre_constants.SUBPATTERN:
        _, add, delete, sub = av
        return None if (add | delete) & ~(re.IGNORECASE | re.VERBOSE) else _opening_assertions(list(sub))
    if op is sre_constants.BRANCH:
        found: set[Any] = set()
        for branch in av[1]:
            opens = _opening_assertions(list(branch))
            if opens is None:
                return None
            found |= opens
        return frozenset(found)
    return None


def _grouped_items(items: Any, flags: int) -> Any:
    out: list[tuple[Any, Any]] = []
    for op, av in items.data:  # (the list itself: a SubPattern's own indexing is slow)
        if op not in _NESTING:
            pass
        elif op is sre_constants.BRANCH:
            av = (av[0], _grouped_branch([_grouped_items(branch, flags) for branch in av[1]], flags, items.state))
        elif op is sre_constants.SUBPATTERN:
            group, add, delete, sub = av
            av = (group, add, delete, _grouped_items(sub, (flags | int(add)) & ~int(delete)))
        elif op in _REPEATS:
            av = (av[0], av[1], _grouped_items(av[2], flags))
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            av = (av[0], _grouped_items(av[1], flags))
        elif op is getattr(sre_constants, "ATOMIC_GROUP", None):
            av = _grouped_items(av, flags)
        elif op is sre_constants.GROUPREF_EXISTS:
            av = (av[0], _grouped_items(av[1], flags), None if av[2] is None else _grouped_items(av[2], flags))
        out.append((op, av))
    return sre_parse.SubPattern(items.state, out)


def _grouped_branch(branches: list[Any], flags: int, state: Any) -> list[Any]:
    """The alternatives ``branches``, those opening with a literal gathered by the characters
    it matches (see :func:`_grouped`); an alternative opening otherwise is kept in its place."""
    out: list[Any] = []
    run: dict[frozenset[int], list[Any]] = {}  # the literal-opening alternatives since the last other one

    def close_run() -> None:
        for group in run.values():
            first = _sensitive_first(group[0], flags)
            if len(group) == 1:
                out.append(sre_parse.SubPattern(state, [first, *group[0].data[1:]]))
            else:
                rest = [sre_parse.SubPattern(state, branch.data[1:]) for branch in group]
                out.append(sre_parse.SubPattern(state, [first, (sre_constants.BRANCH, (None, rest))]))
        run.clear()

    for branch in branches:
        opening = branch.data[:1]
        matched = _cased(opening[0][1], flags) if opening and opening[0][0] is sre_constants.LITERAL else None
        if matched is None:
            close_run()
            out.append(branch)
        else:
            run.setdefault(frozenset(char for _, char in matched[0]), []).append(branch)
    close_run()
    return out


def _sensitive_first(branch: Any, flags: int) -> tuple[Any, Any]:
    """The opening literal of ``branch`` as ``re`` skips it fastest: a case-insensitive letter as
    a case-sensitive class of the characters it matches (a literal ``re`` compares as it is, else)."""
    op, char = branch.data[0]
    matched = _cased(char, flags)
    # (a class holding a character past 255, the Kelvin sign or the long s, takes re long to compile: left as it was)
    if not flags & _IGNORECASE or matched is None or len(matched[0]) == 1 or any(c > 255 for _, c in matched[0]):
        return op, char
    return sre_constants.SUBPATTERN, (None, 0, re.IGNORECASE, sre_parse.SubPattern(branch.state, [(sre_constants.IN, matched[0])]))


#: Class items of the characters a match may open with; None: any character, or not worked out.
_Starts = list[tuple[Any, Any]] | None
_ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)
_REPEATS = tuple(
    op for op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)) if op is not None
)
#: The operations :func:`_grouped_items` looks inside.
_NESTING = frozenset(
    op
    for op in (
        sre_constants.BRANCH,
        sre_constants.SUBPATTERN,
        sre_constants.ASSERT,
        sre_constants.ASSERT_NOT,
        sre_constants.GROUPREF_EXISTS,
        getattr(sre_constants, "ATOMIC_GROUP", None),
        *_REPEATS,
    )
    if op is not None
)


def _opening_charset(parsed: Any, flags: int) -> _Starts:
    """Case-sensitive class items holding every character a match of ``parsed`` can start
    with, under ``flags``; None when that cannot be told (a match may be empty, start with
    any character, or a construct this does not read)."""
    found = _opening(list(parsed), flags)
    return found[0] if found is not None and not found[1] else None


def _opening(items: list[tuple[Any, Any]], flags: int) -> tuple[list[tuple[Any, Any]], bool] | None:
    """The class items a match of the sequence ``items`` can start with, and whether it can
    match the empty string (then what follows it opens the match too)."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op in _ZERO_WIDTH:  # \b, ^, look-arounds: the character after them opens the match
            continue
        inner: tuple[list[tuple[Any, Any]], bool] | None
        if op is sre_constants.LITERAL:
            inner = _cased(av, flags)
        elif op is sre_constants.IN:
            inner = _class(av, flags)
        elif op is sre_constants.SUBPATTERN:
            _, add, delete, sub = av
            if add & ~re.VERBOSE or delete & ~(re.IGNORECASE | re.VERBOSE):
                return None  # a group that turns case-insensitivity (or \w's meaning) on
            inner = _opening(list(sub), flags & ~delete)
        elif op is sre_constants.BRANCH:
            branches = [_opening(list(branch), flags) for branch in av[1]]
            if any(b is None for b in branches):
                return None
            inner = ([i for b in branches if b for i in b[0]], any(b[1] for b in branches if b))
        elif op in _REPEATS:
            low, _, sub = av
            inner = _opening(list(sub), flags)
            if inner is not None and low == 0:
                inner = (inner[0], True)
        elif op is getattr(sre_constants, "ATOMIC_GROUP", None):
            inner = _opening(list(av), flags)
        else:
            return None  # any character, a back-reference, ...
        if inner is None:
            return None
        out += inner[0]
        if not inner[1]:
            return out, False
    return out, True


def _class(items: list[tuple[Any, Any]], flags: int) -> tuple[list[tuple[Any, Any]], bool] | None:
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is sre_constants.LITERAL:
            found = _cased(av, flags)
        elif op is sre_constants.RANGE and av[1] - av[0] < 128:
            found = ([], False)
            for char in range(av[0], av[1] + 1):
                one = _cased(char, flags)
                if one is None:
                    return None
                found[0].extend(one[0])
        elif op is sre_constants.CATEGORY:  # \w, \s, \d and their negations: not changed by case
            found = ([(op, av)], False)
        else:
            return None  # a negated class, a wide range
        if found is None:
            return None
        out += found[0]
    return out, False


def _cased(char: int, flags: int) -> tuple[list[tuple[Any, Any]], bool] | None:
    """Every character the literal ``char`` matches under ``flags``: itself, and when
    case-insensitive its other cases and the few others ``re`` folds onto it (the Kelvin
    sign onto "k", "ſ" onto "s"); None for a non-ASCII letter (not worked out)."""
    found = _cased_items(char, bool(flags & _IGNORECASE))
    return None if found is None else (list(found), False)


@cache
def _cased_items(char: int, ignorecase: bool) -> tuple[tuple[Any, Any], ...] | None:
    if not ignorecase or not _sre.unicode_iscased(char):
        return ((sre_constants.LITERAL, char),)
    if char >= 128:
        return None
    lower = chr(char).lower()
    return tuple((sre_constants.LITERAL, ord(c)) for c in (lower, lower.upper(), *_folded_onto_ascii().get(lower, ())))


@cache
def _folded_onto_ascii() -> dict[str, tuple[str, ...]]:
    """ASCII letter -> the other characters that match it case-insensitively, as this
    Python's ``re`` says (once per process, and only when a pattern is compiled afresh)."""
    import array

    # every other code point as one string (about 0.1 s: through a 4-byte array, not chr() by chr())
    codes = array.array(next(t for t in "IL" if array.array(t).itemsize == 4), range(128, 0xD800))
    codes.extend(range(0xE000, 0x110000))
    others = codes.tobytes().decode(f"utf-32-{'le' if sys.byteorder == 'little' else 'be'}")
    found: dict[str, list[str]] = {}
    for match in re.finditer("[a-z]", others, re.IGNORECASE):
        char = match.group()
        for letter in "abcdefghijklmnopqrstuvwxyz":
            if re.fullmatch(letter, char, re.IGNORECASE):
                found.setdefault(letter, []).append(char)
    return {letter: tuple(chars) for letter, chars in found.items()}


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
