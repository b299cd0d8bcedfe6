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
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

try:  # Python 3.11+: the parser moved to re._parser
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants
    import sre_parse


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
    compiled = re.compile(rf"\b(?:{text})\b" if whole_words else text, re.IGNORECASE)
    if _unbounded_repeat_inside(sre_parse.parse(text), False):
        raise re.error("a repetition inside a repetition can take exponential time; bound the outer one, e.g. {0,4}")
    return compiled
