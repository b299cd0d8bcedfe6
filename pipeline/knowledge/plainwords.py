"""The plain-language thesaurus: ``lexicons/plain-words.yml`` of every knowledge
layer (a later layer adds entries and replaces a term it lists again), validated on
load, with every problem a one-line ConfigError naming file and line.

:meth:`Thesaurus.find` matches terms and their forms case-insensitively on whole
words, the longest match winning; :meth:`Thesaurus.suggestion` gives the first
alternative in the matched word's form (a plural form gets a plural alternative,
``-ed``/``-ing`` forms an inflected verb) and capitalisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pipeline.errors import ConfigError
from pipeline.knowledge.literals import folded
from pipeline.knowledge.sources import KnowledgeDirs, files_in
from pipeline.yamlload import load_yaml_file, validate

if TYPE_CHECKING:
    from pipeline.run.context import CheckContext

PLAIN_WORDS_FILE = "lexicons/plain-words.yml"
_VOWELS = "aeiou"
#: Verbs whose -ed form is not regular (the alternatives are mostly short everyday verbs).
_PARTICIPLES = {
    "give": "given",
    "take": "taken",
    "get": "got",
    "go": "gone",
    "make": "made",
    "tell": "told",
    "find": "found",
    "keep": "kept",
    "feel": "felt",
    "put": "put",
    "cut": "cut",
    "set": "set",
    "let": "let",
    "hurt": "hurt",
    "show": "shown",
    "see": "seen",
    "send": "sent",
    "think": "thought",
    "buy": "bought",
    "leave": "left",
    "begin": "begun",
    "do": "done",
    "say": "said",
    "pay": "paid",
    "lay": "laid",
    "build": "built",
    "spend": "spent",
    "lose": "lost",
    "hold": "held",
    "bring": "brought",
    "break": "broken",
    "write": "written",
    "eat": "eaten",
    "drink": "drunk",
    "swallow": "swallowed",
}


@dataclass(frozen=True)
class PlainEntry:
    term: str
    plain: tuple[str, ...]
    kind: str
    source: str
    explain: str | None = None
    forms: tuple[str, ...] = ()
    #: "file:line" of the entry.
    origin: str = ""


@dataclass(frozen=True)
class PlainMatch:
    start: int
    end: int
    #: The words as written in the text.
    text: str
    entry: PlainEntry


@dataclass
class Thesaurus:
    entries: dict[str, PlainEntry] = field(default_factory=dict)
    #: Every term and form (lower case) -> its entry.
    surfaces: dict[str, PlainEntry] = field(default_factory=dict)
    #: The sources named by the files (key -> title and licence).
    sources: dict[str, dict[str, str]] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = field(default=None, repr=False)
    #: The word index, None before it is built, False if some surface does not suit it.
    _index: _WordIndex | bool | None = field(default=None, repr=False)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The regex :meth:`find` equals: every surface, longest first, on whole words."""
        if self._pattern is None:
            # Longest first: at one position the longest term or form wins.
            alternatives = sorted(self.surfaces, key=lambda s: (-len(s), s))
            body = "|".join(_surface_regex(s) for s in alternatives) or "(?!)"
            self._pattern = re.compile(rf"(?<![\w’'-])(?:{body})(?![\w-])", re.IGNORECASE)
        return self._pattern

    def __getstate__(self) -> dict[str, Any]:
        # Pickled (the knowledge cache) with the word index built and without the
        # regex (unpickling a pattern compiles it again; only odd text needs it).
        _ = self.index
        return {**self.__dict__, "_pattern": None}

    @property
    def index(self) -> _WordIndex | None:
        """The surfaces by words (None if some surface does not suit it: the regex is used)."""
        if self._index is None:
            self._index = _WordIndex.build(self.surfaces) or False
        return self._index if isinstance(self._index, _WordIndex) else None

    def find(self, text: str) -> list[PlainMatch]:
        """Non-overlapping whole-word matches in ``text``, left to right, the longest winning.

        Equal to :meth:`find_by_regex`: the words at each place a surface's first word
        starts are looked up in the surfaces, the longest first."""
        index = self.index
        # Lower case stands for the text letter by letter unless folded says otherwise ("İ", "ı", "ſ").
        lowered = folded(text) if index is not None else None
        if index is None or lowered is None:
            return self.find_by_regex(text)
        return index.find(text, lowered, self.surfaces)

    def find_by_regex(self, text: str) -> list[PlainMatch]:
        found = []
        for m in self.pattern.finditer(text):
            entry = self.surfaces.get(_normalise(m.group()))
            if entry is not None:
                found.append(PlainMatch(m.start(), m.end(), m.group(), entry))
        return found

    def lookup(self, word: str) -> PlainEntry | None:
        return self.surfaces.get(_normalise(word))

    def suggestion(self, written: str, entry: PlainEntry | None = None, index: int = 0) -> str:
        """The ``index``-th alternative for ``written`` (a term or form), in its form and capitalisation."""
        entry = entry or self.lookup(written)
        if entry is None:
            raise KeyError(written)
        plain = entry.plain[min(index, len(entry.plain) - 1)]
        return match_case(inflect(plain, entry.term, _normalise(written)), written)


def _normalise(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _surface_regex(surface: str) -> str:
    """A term or form as a regex: any run of spaces between words, either apostrophe."""
    parts = [re.escape(word).replace("'", "['’]") for word in surface.split()]
    return r"\s+".join(parts)


#: A word's first run of word characters where the thesaurus regex may start a match.
_FIRST_RUN = re.compile(r"(?<![\w’'-])\w+")
_RUN_AT = re.compile(r"\w+")
_CHUNK = re.compile(r"\S+")
_NEXT_CHUNK = re.compile(r"\s+(\S+)")
#: Cuts inside a chunk where a match may end ((?![\w-]) holds after them).
_CUT = re.compile(r"[^\w-]")


@dataclass(frozen=True)
class _WordIndex:
    """The surfaces by their first run of word characters, and the multi-word
    surfaces' leading words, for :meth:`Thesaurus.find` without the long regex."""

    #: First run of word characters of every surface ("half" of "half-life").
    first_runs: frozenset[str]
    #: Word count -> the first count-1 words (space-joined) of surfaces of that many words.
    heads: dict[int, frozenset[str]]
    #: The first 1..n-1 words (space-joined) of every surface of n words.
    leads: frozenset[str]
    most_words: int

    @staticmethod
    def build(surfaces: dict[str, PlainEntry]) -> _WordIndex | None:
        first_runs = set()
        heads: dict[int, set[str]] = {}
        leads = set()
        if not surfaces:
            return None
        for surface in surfaces:
            run = _RUN_AT.match(surface)
            # The index assumes ASCII surfaces in normal form starting with a word character.
            if run is None or not surface.isascii() or surface != _normalise(surface):
                return None
            first_runs.add(run.group())
            words = surface.split(" ")
            for count in range(2, len(words) + 1):
                heads.setdefault(count, set()).add(" ".join(words[: count - 1]))
                leads.add(" ".join(words[: count - 1]))
        most = max(len(s.split(" ")) for s in surfaces)
        return _WordIndex(frozenset(first_runs), {k: frozenset(v) for k, v in heads.items()}, frozenset(leads), most)

    def find(self, text: str, lowered: str, surfaces: dict[str, PlainEntry]) -> list[PlainMatch]:
        """The matches in ``text``; ``lowered`` is ``folded(text)`` (same positions)."""
        norm = lowered.replace("’", "'")
        hits = self.first_runs.intersection(_FIRST_RUN.findall(norm))
        if not hits:
            return []
        found: list[PlainMatch] = []
        after = 0
        for start in [m.start() for m in _FIRST_RUN.finditer(norm) if m.group() in hits]:
            if start < after:
                continue
            key, end = self._longest_at(norm, start, surfaces)
            if key:
                found.append(PlainMatch(start, end, text[start:end], surfaces[key]))
                after = end
        return found

    def _longest_at(self, norm: str, start: int, surfaces: dict[str, PlainEntry]) -> tuple[str, int]:
        """The longest surface at ``start`` (normalised) and where it ends, or ("", 0)."""
        chunk = _CHUNK.match(norm, start)
        assert chunk is not None  # start is a word character
        chunks = [chunk]
        words = [chunk.group()]
        # Further whitespace-separated chunks while the words so far begin a longer surface.
        while len(words) < self.most_words and " ".join(words) in self.leads:
            chunk = _NEXT_CHUNK.match(norm, chunk.end())
            if chunk is None:
                break
            chunks.append(chunk)
            words.append(chunk.group(1))
        for count in range(len(words), 0, -1):
            head = " ".join(words[: count - 1])
            if count > 1 and head not in self.heads.get(count, ()):
                continue
            prefix = head + " " if count > 1 else ""
            last = words[count - 1]
            last_start = chunks[count - 1].end() - len(last)
            # Whole chunk first, then each shorter cut before a non-word, non-hyphen character.
            if prefix + last in surfaces:
                return prefix + last, last_start + len(last)
            for cut in reversed([m.start() for m in _CUT.finditer(last) if m.start() > 0]):
                key = prefix + last[:cut]
                if key in surfaces:
                    return key, last_start + cut
        return "", 0


def _suffix(term: str, form: str) -> str | None:
    """How ``form`` inflects ``term``: "s", "ed", "ing" or None (another spelling or word)."""
    if form == term:
        return None
    stem = term[:-1] if term.endswith("e") else term
    if form in (term + "s", term + "es") or (term.endswith("y") and form == term[:-1] + "ies"):
        return "s"
    if form in (term + "d", term + "ed", stem + "ed") or (term.endswith("y") and form == term[:-1] + "ied"):
        return "ed"
    if form in (term + "ing", stem + "ing") or (len(term) > 2 and form == term + term[-1] + "ing"):
        return "ing"
    if len(term) > 2 and form == term + term[-1] + "ed":
        return "ed"
    return None


def _double_final(word: str) -> bool:
    """Short consonant-vowel-consonant words double their last letter (stop → stopped)."""
    return len(word) <= 4 and len(word) >= 3 and word[-1] not in _VOWELS + "wxy" and word[-2] in _VOWELS and word[-3] not in _VOWELS


def _inflect_word(word: str, suffix: str) -> str:
    if suffix == "s":
        if word.endswith(("s", "x", "z", "ch", "sh")):
            return word + "es"
        if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
            return word[:-1] + "ies"
        return word + "s"
    if suffix == "ed":
        if word in _PARTICIPLES:
            return _PARTICIPLES[word]
        if word.endswith("e"):
            return word + "d"
        if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
            return word[:-1] + "ied"
        return word + word[-1] + "ed" if _double_final(word) else word + "ed"
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return word[:-1] + "ing"
    return word + word[-1] + "ing" if _double_final(word) else word + "ing"


def inflect(plain: str, term: str, written: str) -> str:
    """``plain`` (written for ``term``) in the form ``written`` takes: a plural noun
    inflects its last word, a verb form its first; other forms (British spellings)
    leave it unchanged."""
    suffix = _suffix(term, written)
    if suffix is None:
        return plain
    words = plain.split(" ")
    if suffix == "s" and len(words) > 1 and words[0] not in _VERBISH:
        # A noun phrase, or a list of them ("doctor, nurse or pharmacist"): each head noun,
        # the word before a preposition ("change in dose") or else the last word.
        parts = re.split(r"(,\s*|\s+(?:or|and)\s+)", plain)
        return "".join(_plural_phrase(part) if i % 2 == 0 else part for i, part in enumerate(parts))
    words[0] = _inflect_word(words[0], suffix)
    return " ".join(words)


_PREPOSITIONS = frozenset({"in", "of", "for", "to", "with", "on", "at", "from", "by", "that", "who"})


def _plural_phrase(phrase: str) -> str:
    words = phrase.split(" ")
    head = next((i - 1 for i, w in enumerate(words) if i > 0 and w in _PREPOSITIONS), len(words) - 1)
    words[head] = _inflect_word(words[head], "s")
    return " ".join(words)


#: First words that make a multi-word alternative a verb phrase ("stop taking").
_VERBISH = frozenset({"stop", "use", "give", "take", "get", "make", "keep", "help", "go", "put", "let", "find", "start", "try", "ask"})


def match_case(suggestion: str, original: str) -> str:
    """``suggestion`` capitalised like ``original``: Title stays Title, a capitalised
    first letter capitalises the suggestion's, an all-capitals word of more than five
    letters is written in capitals (a shorter one is an abbreviation: lower case)."""
    letters = [c for c in original if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return suggestion.upper() if len(letters) > 5 else suggestion
    if original[:1].isupper():
        words = original.split()
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            return " ".join(w[:1].upper() + w[1:] for w in suggestion.split(" "))
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def load_thesaurus(dirs: KnowledgeDirs) -> Thesaurus:
    """Every layer's ``lexicons/plain-words.yml``; a term or form listed twice in one
    file, or a ``source`` that names no source, is a ConfigError naming file and line."""
    thesaurus = Thesaurus()
    for path in files_in(dirs, PLAIN_WORDS_FILE):
        doc = load_yaml_file(path)
        validate(doc, "plain-words.schema.json", str(path))
        sources = {**thesaurus.sources, **(doc.data.get("sources") or {})}
        seen: dict[str, int] = {}
        for index, raw in enumerate(doc.data["entries"]):
            line = doc.line_of(("entries", index))
            if raw["source"] not in sources:
                known = ", ".join(sorted(sources)) or "none"
                raise ConfigError(
                    f"entry '{raw['term']}': unknown source '{raw['source']}' (known: {known})",
                    path=str(path),
                    line=doc.line_of(("entries", index, "source")),
                )
            forms = tuple(raw.get("forms") or ())
            for j, surface in enumerate((raw["term"], *forms)):
                key = _normalise(surface)
                where = doc.line_of(("entries", index, "term") if j == 0 else ("entries", index, "forms", j - 1))
                if key in seen:
                    raise ConfigError(f"'{surface}' is listed twice (first at line {seen[key]})", path=str(path), line=where)
                seen[key] = where
            entry = PlainEntry(
                term=_normalise(raw["term"]),
                plain=tuple(raw["plain"]),
                kind=raw["kind"],
                source=raw["source"],
                explain=raw.get("explain"),
                forms=tuple(_normalise(f) for f in forms),
                origin=f"{path}:{line}",
            )
            replaced = thesaurus.entries.pop(entry.term, None)
            if replaced is not None:  # a later layer redefines the term
                for surface in (replaced.term, *replaced.forms):
                    thesaurus.surfaces.pop(surface, None)
            thesaurus.entries[entry.term] = entry
            for surface in (entry.term, *entry.forms):
                thesaurus.surfaces[surface] = entry
        thesaurus.sources = sources
    return thesaurus


def get_thesaurus(ctx: CheckContext) -> Thesaurus:
    """The thesaurus, loaded once per process."""
    return ctx.resource("plain-words", lambda: load_thesaurus(ctx.config.knowledge_dirs))
