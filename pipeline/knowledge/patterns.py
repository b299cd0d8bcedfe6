"""The one way knowledge patterns become regular expressions.

Rule patterns (``checks/rules``) are matched as written; fact and lexicon
patterns (``checks/drugs``, ``checks/conditions.yml``) are whole words
(``whole_words=True`` wraps them as ``\\b(?:PATTERN)\\b``). Both are
case-insensitive and compiled once per process.
"""

from __future__ import annotations

import re
from functools import cache


@cache
def compile_pattern(text: str, whole_words: bool = False) -> re.Pattern[str]:
    """``text`` compiled case-insensitively; raises ``re.error`` if it is not valid."""
    return re.compile(rf"\b(?:{text})\b" if whole_words else text, re.IGNORECASE)
