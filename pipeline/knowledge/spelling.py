"""The medical vocabulary both grammar engines accept as correctly spelled.

Three sources, merged once per process:

- the drug facts in ``checks/drugs/*.yml``: each file's ``generic``, ``aliases`` and
  ``brands`` (read with PyYAML directly: these files are validated by the drug
  checks, and spelling only needs the names);
- the project word list ``checks/dictionary.txt``: medical terms and abbreviations,
  one per line, ``#`` starts a comment;
- the drug-name list shipped inside the ``drug-named-entity-recognition`` wheel
  (``drug_ner_dictionary.pkl.bz2``: MedlinePlus, DrugBank and Wikipedia names). It is
  read straight from the package data, never through ``drugs_finder``: importing that
  module reads a pickle cache from the home directory and its lookups call web APIs.
  Only single-word names of five or more letters are taken, and foreign INN spellings
  (``simvastatine``, ``zopiclona``, ``metforminum``) are dropped when the English stem
  is in the list, so they keep being flagged as misspellings.

Misspelled drug names must still be caught: :meth:`SpellingVocabulary.closest_drug` gives
the nearest drug name (difflib) to suggest when an engine has no better suggestion.
"""

from __future__ import annotations

import bz2
import difflib
import os
import pickle
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

import yaml

from pipeline.errors import ConfigError
from pipeline.knowledge.sources import KnowledgeDirs, as_dirs

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_DNER_PACKAGE = "drug_named_entity_recognition"
_DNER_FILE = "drug_ner_dictionary.pkl.bz2"
_SINGLE_NAME = re.compile(r"[a-z]{5,}")
#: Endings of Latin, French, Spanish and German INN forms (``-um``, ``-e``, ``-a``, ``-o``).
_FOREIGN_ENDINGS = ("um", "e", "a", "o")


@dataclass
class SpellingVocabulary:
    """Words to accept (``words``, compared case-insensitively) and drug names to suggest."""

    words: set[str] = field(default_factory=set)
    #: Drug names (generic and brand, lower case) from the project's drug facts: the
    #: first place to look for a suggestion for a misspelled drug.
    drugs: set[str] = field(default_factory=set)
    #: Drug names from drug-named-entity-recognition (lower case).
    bundled_drugs: set[str] = field(default_factory=set)
    #: Where the words came from, for `pipeline doctor` and the engine description.
    sources: dict[str, int] = field(default_factory=dict)

    def __contains__(self, word: str) -> bool:
        """Case-insensitive; a possessive ("Crohn's", "NCI’s") counts as its word."""
        lower = word.lower().strip("'’")
        return lower in self.words or (lower.endswith(("'s", "’s")) and lower[:-2] in self.words)

    def closest_drug(self, word: str) -> str | None:
        """The nearest drug name to a misspelled ``word``, in the word's capitalisation."""
        found = _closest(word.lower(), frozenset(self.drugs), 0.8) or _closest_bundled(word.lower(), self)
        return _match_case(found, word) if found else None

    @property
    def _bundled_index(self) -> dict[tuple[str, int], list[str]]:
        if not hasattr(self, "_index"):
            index: dict[tuple[str, int], list[str]] = {}
            for name in self.bundled_drugs:
                index.setdefault((name[0], len(name)), []).append(name)
            self._index = index
        return self._index


@lru_cache(maxsize=4096)
def _closest(word: str, pool: frozenset[str], cutoff: float) -> str | None:
    found = difflib.get_close_matches(word, pool, n=1, cutoff=cutoff)
    return found[0] if found else None


def _closest_bundled(word: str, vocab: SpellingVocabulary) -> str | None:
    """Closest bundled drug name: only names with the same first letter and a length
    within two are compared (a misspelling rarely changes either), which keeps this
    fast over 20,000 names."""
    if not word:
        return None
    pool = [name for delta in range(-2, 3) for name in vocab._bundled_index.get((word[0], len(word) + delta), [])]
    found = difflib.get_close_matches(word, pool, n=1, cutoff=0.85)
    return found[0] if found else None


def _match_case(suggestion: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return suggestion.upper()
    if original[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def _drug_fact_names(drugs_dir: Path) -> tuple[set[str], set[str]]:
    """(every word of every drug name, single-word drug names) from checks/drugs/*.yml."""
    words: set[str] = set()
    names: set[str] = set()
    for path in sorted(drugs_dir.glob("*.yml")) if drugs_dir.is_dir() else []:
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 (a safe loader)
        except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read drug names: {exc}".splitlines()[0], path=str(path)) from None
        if not isinstance(data, dict):
            continue
        entries = [data.get("generic")] + list(data.get("aliases") or []) + list(data.get("brands") or [])
        for entry in entries:
            if not isinstance(entry, str):
                continue
            for word in words_of(entry):
                words.add(word.lower())
                if len(word) >= 4:
                    names.add(word.lower())
    return words, names


def read_word_list(path: Path) -> set[str]:
    """A word list: one word per line, ``#`` starts a comment, blank lines ignored."""
    words: set[str] = set()
    if not path.is_file():
        return words
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if " " in line:
            raise ConfigError(f"one word per line expected, got {line!r}", path=str(path), line=number)
        words.add(line.lower())
    return words


def _names_cache_file() -> Path | None:
    version = bundled_version()
    if version is None:
        return None
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "pipeline" / f"dner-drug-names-{version}.txt"


@lru_cache(maxsize=1)
def bundled_drug_names() -> frozenset[str]:
    """Single-word drug names from the drug-named-entity-recognition wheel (offline).

    Unpickling the wheel's data takes seconds, so the extracted names are kept in
    ~/.cache/pipeline/dner-drug-names-<version>.txt (a derived, versioned file; if
    it cannot be written, the names are simply extracted again next time)."""
    cache = _names_cache_file()
    if cache is not None and cache.is_file():
        try:
            return frozenset(cache.read_text(encoding="utf-8").split())
        except (OSError, UnicodeDecodeError):
            pass
    names = _extract_bundled_names()
    if cache is not None and names:
        from pipeline.atomic import write_atomic

        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(cache, "\n".join(sorted(names)) + "\n")
        except OSError:
            pass
    return frozenset(names)


def _extract_bundled_names() -> set[str]:
    try:
        data_file = resources.files(_DNER_PACKAGE).joinpath(_DNER_FILE)
        with resources.as_file(data_file) as path, bz2.open(path, "rb") as handle:
            # The pickle is package data of a pinned dependency, as trusted as its code.
            data = pickle.load(handle)  # noqa: S301
    except (ModuleNotFoundError, FileNotFoundError, OSError, pickle.UnpicklingError):
        return set()
    canonical = {name for name in data.get("drug_canonical_to_data", {}) if _SINGLE_NAME.fullmatch(name)}
    variants = {name for name in data.get("drug_variant_to_canonical", {}) if _SINGLE_NAME.fullmatch(name)}
    return canonical | {name for name in variants - canonical if not _is_foreign_variant(name, canonical)}


def _is_foreign_variant(name: str, canonical: set[str]) -> bool:
    """``simvastatine``, ``zopiclona``, ``metforminum``: a canonical (English) name plus
    a foreign INN ending."""
    for ending in _FOREIGN_ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 4:
            stem = name[: -len(ending)]
            if stem in canonical or (stem + "e") in canonical:
                return True
    return False


def bundled_version() -> str | None:
    try:
        return metadata.version("drug-named-entity-recognition")
    except metadata.PackageNotFoundError:
        return None


def load_spelling_vocabulary(dirs: KnowledgeDirs, *, bundled: bool = True) -> SpellingVocabulary:
    """The merged vocabulary of the knowledge layers: every layer's drug names and
    dictionary.txt words (``bundled``: include the DNER list)."""
    drug_words: set[str] = set()
    drug_names: set[str] = set()
    project: set[str] = set()
    for directory in as_dirs(dirs):
        words, names = _drug_fact_names(directory / "drugs")
        drug_words |= words
        drug_names |= names
        project |= read_word_list(directory / "dictionary.txt")
    extra = set(bundled_drug_names()) if bundled else set()
    vocab = SpellingVocabulary(
        words=drug_words | project | extra,
        drugs=drug_names,
        bundled_drugs=extra,
        sources={"drug facts": len(drug_words), "dictionary.txt": len(project), "drug-named-entity-recognition": len(extra)},
    )
    return vocab
