"""The medical vocabulary both grammar engines accept as correctly spelled.

Four sources, merged once per process:

- the drug facts in ``checks/drugs/*.yml``: each file's ``generic``, ``aliases`` and
  ``brands`` (read with PyYAML directly: these files are validated by the drug
  checks, and spelling only needs the names);
- the project word list ``checks/dictionary.txt``: medical terms and abbreviations,
  one per line, ``#`` starts a comment;
- every word of five letters or more in the text of the drug facts (label wording:
  US government text, public domain, and the team's own) and of ``conditions.yml``;
- the drug-name list shipped inside the ``drug-named-entity-recognition`` wheel
  (``drug_ner_dictionary.pkl.bz2``: MedlinePlus, DrugBank and Wikipedia names). It is
  read straight from the package data, never through ``drugs_finder``: importing that
  module reads a pickle cache from the home directory and its lookups call web APIs.
  Only single-word names of five or more letters are taken, and foreign INN spellings
  (``simvastatine``, ``zopiclona``, ``metforminum``) are dropped when the English stem
  is in the list, so they keep being flagged as misspellings.

Besides these words, a word is accepted by its shape (:meth:`SpellingVocabulary.__contains__`):

- an abbreviation written in capitals, two to five letters, maybe with a plural "s"
  ("CBG", "PRCA", "TKIs"), or as capitals with full stops ("M.D.", "I.V."): what word
  processors call "ignore words in UPPERCASE", limited to short words so a misspelled
  word in a capitalised warning is still read;
- a gene, protein or trial code: letters and digits, mostly capitals ("BRCA2", "IgG4",
  "NCT00004992"); "type2" or "dose1" (a missing space) are still flagged;
- a medical word built of known parts (:class:`~pipeline.knowledge.medical_words.WordParts`,
  ``lexicons/medical-word-parts.yml`` of each knowledge layer): "hypercalcemia",
  "hepatomegaly", British "hyperkalaemia"; or a prefix and an everyday English word
  ("nonpregnant", "reinfestation"; the CMU Pronouncing Dictionary, see
  :func:`~pipeline.knowledge.medical_words.is_english_word`); or an English word and
  "-like" ("fingerlike").

Misspelled drug names must still be caught: :meth:`SpellingVocabulary.closest_drug` gives
the nearest drug name (difflib) to suggest when an engine has no better suggestion.
"""

from __future__ import annotations

import bz2
import difflib
import pickle
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from pipeline import installed
from pipeline.errors import ConfigError
from pipeline.knowledge.cache import cached
from pipeline.knowledge.medical_words import MAX_DISTANCE, WORD_PARTS_FILE, WordParts, is_english_word, read_word_parts
from pipeline.knowledge.sources import KnowledgeDirs, as_dirs
from pipeline.usercache import keep, user_cache_dir

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_DNER_PACKAGE = "drug_named_entity_recognition"
_DNER_FILE = "drug_ner_dictionary.pkl.bz2"
_SINGLE_NAME = re.compile(r"[a-z]{5,}")
#: Endings of Latin, French, Spanish and German INN forms (``-um``, ``-e``, ``-a``, ``-o``).
_FOREIGN_ENDINGS = ("um", "e", "a", "o")
#: An abbreviation: two to five capitals, maybe a plural "s" ("CBG", "TKIs"), or
#: capitals with full stops ("M.D.", "M.P.H.").
_ABBREVIATION = re.compile(r"[A-Z]{2,5}s?|(?:[A-Z]\.){2,6}")
#: A code of letters and digits starting with a letter ("BRCA2", "IgG4", "NCT00004992").
_CODE = re.compile(r"[A-Za-z]+[0-9][A-Za-z0-9]*")
#: difflib's cut-off for the project's drug names.
_DRUG_CUTOFF = 0.8
#: ... and for the bundled list (20,000 names: a closer match is asked).
_BUNDLED_CUTOFF = 0.85


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
    #: Medical word formation (prefixes, roots, suffixes) from the knowledge layers.
    parts: WordParts = field(default_factory=WordParts)
    _memo: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    _closest_memo: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    def __contains__(self, word: str) -> bool:
        """Case-insensitive; a possessive ("Crohn's", "NCI’s") counts as its word; an
        abbreviation, a code or a medical word built of known parts is accepted by its
        shape (see the module notes)."""
        if word in self._memo:
            return self._memo[word]
        lower = word.lower().strip("'’")
        possessive = lower.endswith(("'s", "’s"))
        bare = word.strip("'’")[:-2] if possessive else word.strip("'’")
        lower = bare.lower()
        found = (
            lower in self.words
            or (possessive and word.lower().strip("'’") in self.words)
            or bool(_ABBREVIATION.fullmatch(bare))
            or (bool(_CODE.fullmatch(bare)) and sum(c.isupper() for c in bare) >= sum(c.islower() for c in bare))
            or self.parts.splits(lower, self._known)
            or (lower.endswith("like") and is_english_word(lower[:-4]))
        )
        self._memo[word] = found
        return found

    def _known(self, word: str) -> bool:
        """A word after a prefix: a vocabulary word or an everyday English word."""
        return word in self.words or is_english_word(word)

    def closest_drug(self, word: str) -> str | None:
        """The nearest drug name to a misspelled ``word`` that is close enough to offer
        (:func:`~pipeline.knowledge.medical_words.is_close` asks the same first letter, so
        only names with it and a length within MAX_DISTANCE are compared): the project's
        names first, then the bundled ones; in the word's capitalisation (memoised per word)."""
        lower = word.lower()
        if lower not in self._closest_memo:
            self._closest_memo[lower] = _closest_near(lower, self._drug_index, self, _DRUG_CUTOFF) or _closest_near(
                lower, self._bundled_index, self, _BUNDLED_CUTOFF
            )
        found = self._closest_memo[lower]
        return _match_case(found, word) if found else None

    @property
    def _drug_index(self) -> dict[tuple[str, int], list[str]]:
        """The project's drug names by first letter and length (sorted, so ties are decided as before)."""
        if not hasattr(self, "_drugs_by_key"):
            self._drugs_by_key = _by_first_letter_and_length(sorted(self.drugs))
        return self._drugs_by_key

    @property
    def _bundled_index(self) -> dict[tuple[str, int], list[str]]:
        if not hasattr(self, "_index"):
            self._index = _by_first_letter_and_length(self.bundled_drugs)
        return self._index

    def _letters_of(self, names: list[str]) -> list[tuple[str, frozenset[str]]]:
        """``names`` (a list of one of the indexes, by identity) with their letter multisets (:func:`_letter_multiset`)."""
        if not hasattr(self, "_letters"):
            self._letters: dict[int, list[tuple[str, frozenset[str]]]] = {}
        found = self._letters.get(id(names))
        if found is None:
            found = self._letters[id(names)] = [(name, _letter_multiset(name)) for name in names]
        return found


def _by_first_letter_and_length(names: Iterable[str]) -> dict[tuple[str, int], list[str]]:
    """``names`` by (first letter, length), each list in the order given."""
    index: dict[tuple[str, int], list[str]] = {}
    for name in names:
        index.setdefault((name[0], len(name)), []).append(name)
    return index


def _closest_near(word: str, index: dict[tuple[str, int], list[str]], vocab: SpellingVocabulary, cutoff: float) -> str | None:
    """difflib's closest name to ``word`` among the names of ``index`` with its first
    letter and a length within MAX_DISTANCE (no other name could be offered)."""
    if not word:
        return None
    lists = [index[key] for delta in range(-MAX_DISTANCE, MAX_DISTANCE + 1) if (key := (word[0], len(word) + delta)) in index]
    return _closest(word, lists, vocab, cutoff)


def _letter_multiset(word: str) -> frozenset[str]:
    """The letters of ``word`` as a set of runs ("aab" -> {"a", "aa", "b"}): the size of
    two words' intersection is the count difflib's quick_ratio takes (the letters in
    common, with repeats)."""
    seen: dict[str, int] = {}
    runs = []
    for char in word:
        seen[char] = count = seen.get(char, 0) + 1
        runs.append(char * count)
    return frozenset(runs)


def _closest(word: str, lists: list[list[str]], vocab: SpellingVocabulary, cutoff: float) -> str | None:
    """``difflib.get_close_matches(word, names, n=1, cutoff)`` over the names of ``lists``:
    names whose quick_ratio (computed here at C speed, the same expression) is below
    ``cutoff`` are left out first, as difflib would (ratio <= quick_ratio)."""
    letters = _letter_multiset(word)
    size = len(word)
    pool = [
        name for names in lists for name, theirs in vocab._letters_of(names) if 2.0 * len(letters & theirs) / (len(name) + size) >= cutoff
    ]
    found = difflib.get_close_matches(word, pool, n=1, cutoff=cutoff)
    return found[0] if found else None


def _match_case(suggestion: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return suggestion.upper()
    if original[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


#: Strings that are patterns (regular-expression syntax) or identifiers (set ids,
#: addresses): their letters are stems ("diarrh(ea|oea)") or codes, not words.
_NOT_PROSE = re.compile(r"[\\()\[\]|?*+{}^$]|^\S*\d\S*$")
#: A word of the facts' text worth accepting: five letters or more, not touching a digit.
_TEXT_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{5,}(?![A-Za-z0-9])")


def text_words(data: object) -> set[str]:
    """Every word of five letters or more in the prose strings of a YAML document
    (lower case); patterns and identifiers are skipped."""
    words: set[str] = set()
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not _NOT_PROSE.search(item):
                words.update(w.lower() for w in _TEXT_WORD.findall(item))
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return words


def _read_yaml(path: Path) -> object:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 (a safe loader)
    except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read drug names: {exc}".splitlines()[0], path=str(path)) from None


def _knowledge_text_words(directory: Path) -> set[str]:
    """The words of the drug facts (label wording: US government text, public domain,
    and the team's own) and of conditions.yml (MedlinePlus and label names)."""
    words: set[str] = set()
    drugs_dir = directory / "drugs"
    for path in sorted(drugs_dir.glob("*.yml")) if drugs_dir.is_dir() else []:
        words |= text_words(_read_yaml(path))
    if (directory / "conditions.yml").is_file():
        words |= text_words(_read_yaml(directory / "conditions.yml"))
    return words


def _drug_fact_names(drugs_dir: Path) -> tuple[set[str], set[str]]:
    """(every word of every drug name, single-word drug names) from checks/drugs/*.yml."""
    words: set[str] = set()
    names: set[str] = set()
    for path in sorted(drugs_dir.glob("*.yml")) if drugs_dir.is_dir() else []:
        data = _read_yaml(path)
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
    return user_cache_dir() / f"dner-drug-names-{version}.txt"


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
    if names:
        keep(cache, "\n".join(sorted(names)) + "\n")
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
    return installed.version("drug-named-entity-recognition")


def load_spelling_vocabulary(dirs: KnowledgeDirs, *, bundled: bool = True) -> SpellingVocabulary:
    """The merged vocabulary of the knowledge layers: every layer's drug names and
    dictionary.txt words (``bundled``: include the DNER list), through the knowledge
    cache when one is on (building it reads every drug facts file again)."""
    name = "spelling" if bundled else "spelling-own"
    return cached(name, dirs, SpellingVocabulary, lambda: _build_spelling_vocabulary(dirs, bundled))


def _build_spelling_vocabulary(dirs: KnowledgeDirs, bundled: bool) -> SpellingVocabulary:
    drug_words: set[str] = set()
    drug_names: set[str] = set()
    project: set[str] = set()
    facts_text: set[str] = set()
    for directory in as_dirs(dirs):
        words, names = _drug_fact_names(directory / "drugs")
        drug_words |= words
        drug_names |= names
        project |= read_word_list(directory / "dictionary.txt")
        facts_text |= _knowledge_text_words(directory)
    parts = WordParts()
    for directory in as_dirs(dirs):
        parts = parts.merged(read_word_parts(directory / WORD_PARTS_FILE))
    extra = set(bundled_drug_names()) if bundled else set()
    vocab = SpellingVocabulary(
        words=drug_words | project | facts_text | extra,
        drugs=drug_names,
        bundled_drugs=extra,
        sources={
            "drug facts": len(drug_words),
            "dictionary.txt": len(project),
            "drug facts and conditions text": len(facts_text),
            "drug-named-entity-recognition": len(extra),
            "medical word parts": len(parts.prefixes | parts.roots | parts.suffixes),
        },
        parts=parts,
    )
    return vocab
