"""Knowledge patterns as the phrases they stand for, for people to read.

`pipeline facts` shows what counts as mentioning an interaction or giving a
warning; ``'(chronic |congestive )?heart failure'`` reads better as "heart
failure, chronic heart failure, congestive heart failure". The pattern is
expanded through Python's own regex parser: literals, alternatives, optional
parts and small character classes; anything else (``\\w+``, unbounded repeats,
look-arounds) is shown as "…". At most ``limit`` phrases are shown per pattern.
"""

from __future__ import annotations

import itertools
from typing import Any

try:  # Python 3.11+: the parser moved to re._parser
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants
    import sre_parse

_GAP = "…"


def _expand(parsed: Any, limit: int) -> list[str]:
    """The strings a parsed pattern matches, at most ``limit`` (gaps as "…")."""
    results = [""]
    for op, arg in parsed:
        options: list[str]
        if op is sre_constants.LITERAL:
            options = [chr(arg)]
        elif op is sre_constants.BRANCH:
            options = [s for branch in arg[1] for s in _expand(branch, limit)]
        elif op is sre_constants.SUBPATTERN:
            options = _expand(arg[-1], limit)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, high, sub = arg
            inner = _expand(sub, limit)
            if high == 1 and low == 0 and all(len(s) == 1 and not s.isalnum() for s in inner):
                options = [*inner, ""]  # "anti-?inflammatory": the hyphenated spelling first
            elif high == 1:
                options = ([""] if low == 0 else []) + inner
            elif low == high and high <= 3:
                options = ["".join(p) for p in itertools.product(inner, repeat=low)]
            else:
                options = [_GAP]
        elif op is sre_constants.IN:
            literals = [chr(v) for kind, v in arg if kind is sre_constants.LITERAL]
            options = literals[:1] if literals and len(literals) == len(arg) else [_GAP]
        elif op is sre_constants.AT:
            options = [""]
        else:
            options = [_GAP]
        results = [r + o for r in results for o in options][: limit * 4]
    return results


def readable(pattern: str, limit: int = 6) -> list[str]:
    """Phrases a knowledge pattern matches, tidied, at most ``limit`` (the pattern
    itself if it cannot be parsed)."""
    try:
        expanded = _expand(sre_parse.parse(pattern), limit)
    except Exception:  # a pattern the parser refuses is shown as written
        return [pattern]
    phrases: list[str] = []
    for text in expanded:
        tidy = " ".join(text.replace("\\", "").replace(_GAP, f" {_GAP} ").split())
        if tidy and tidy not in phrases:
            phrases.append(tidy)
    return phrases[:limit] or [pattern]
