"""Spelling help beyond the project vocabulary: a system medical word list, and which
engine suggestions are close enough to offer.

- The OpenMedSpel list packaged by Debian and Ubuntu as ``hunspell-en-med``
  (``/usr/share/hunspell/en_med_glut.dic``, GPL-3+, about 90,000 medical words; see
  checks/lexicons/MEDICAL-WORDS.md) is read from the system when it is installed:
  a word in it is never flagged. It is optional (``apt-get install
  hunspell-en-med``) and never copied into this project.
- A suggestion is offered for an unknown word only when it is close: the same first
  letter and at most :data:`MAX_DISTANCE` edits (insert, delete, replace, swap two
  neighbours). "hyperhidrosis" is not turned into "hypertrichosis", nor "CYP3A4"
  into "Cuppa": such a word is reported without a guess.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

#: Where Debian and Ubuntu install the hunspell-en-med list.
SYSTEM_MEDICAL_LIST = Path("/usr/share/hunspell/en_med_glut.dic")
#: Set to a path to read another copy of the list, or to "" to read none.
LIST_ENV = "PIPELINE_MEDICAL_WORDS"
MAX_DISTANCE = 2


def read_hunspell_dic(path: Path) -> frozenset[str]:
    """The words of a hunspell .dic (lower case): the count line and the indented
    header are skipped, ``/FLAGS`` stripped; flag S adds the plural, M the possessive."""
    words: set[str] = set()
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, raw in enumerate(handle):
            if number == 0 or not raw.strip() or raw[:1].isspace():
                continue
            word, _, flags = raw.strip().partition("/")
            word = word.lower()
            words.add(word)
            if "S" in flags:
                words.add(word + "s")
            if "M" in flags:
                words.add(word + "'s")
    return frozenset(words)


def medical_list_path() -> Path | None:
    """The system medical word list in use, or None (not installed, or turned off)."""
    configured = os.environ.get(LIST_ENV)
    if configured is not None:
        return Path(configured) if configured and Path(configured).is_file() else None
    return SYSTEM_MEDICAL_LIST if SYSTEM_MEDICAL_LIST.is_file() else None


@lru_cache(maxsize=4)
def _read_cached(path: Path) -> frozenset[str]:
    try:
        return read_hunspell_dic(path)
    except OSError:
        return frozenset()


def system_medical_words() -> frozenset[str]:
    """The words of the system medical list (lower case); empty when it is absent."""
    path = medical_list_path()
    return _read_cached(path) if path is not None else frozenset()


def is_system_medical_word(word: str) -> bool:
    words = system_medical_words()
    if not words:
        return False
    lower = word.lower().replace("’", "'")
    return lower in words or (lower.endswith("'s") and lower[:-2] in words)


def edit_distance(a: str, b: str, limit: int = MAX_DISTANCE) -> int:
    """Edits (insert, delete, replace, swap of neighbours) from ``a`` to ``b``,
    case-insensitive; anything above ``limit`` is returned as ``limit + 1``."""
    a, b = a.lower(), b.lower()
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if before is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return min(previous[len(b)], limit + 1)


def is_close(word: str, suggestion: str, limit: int = MAX_DISTANCE) -> bool:
    """Same first letter (case-insensitive) and at most ``limit`` edits apart."""
    return bool(word and suggestion) and word[0].lower() == suggestion[0].lower() and edit_distance(word, suggestion, limit) <= limit


def close_suggestions(word: str, suggestions: list[str]) -> list[str]:
    """The suggestions worth offering for a misspelled ``word``, in order."""
    return [s for s in suggestions if is_close(word, s)]
