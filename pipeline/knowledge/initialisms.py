"""The a/an table for initialisms (``lexicons/initialisms.yml`` of the knowledge
layers): how each initialism is said, so that "an MRI", "an NSAID" and "a NASA
study" are right although the engines, which look at spelling, say otherwise.

An initialism said letter by letter takes the article of its first letter's name
("an" for A E F H I L M N O R S X: "an MRI", "an SSRI"; "a" otherwise: "a UTI");
one said as a word, or either way, has its article in the table ("a NASA study",
"an ACE inhibitor", "either" when both are heard). The table is validated when it
loads; any problem is a ConfigError naming file and line. The words of the table
are also known to spelling (UTI, PPI, CYP3A4, GLP-1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import ConfigError
from pipeline.yamlload import load_yaml_file, validate

TABLE = Path("lexicons") / "initialisms.yml"
#: An initialism as written after an article: letters, digits and inner hyphens ("GLP-1").
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)*")


@dataclass
class Initialisms:
    #: Capital letters whose names start with a vowel sound.
    vowel_letters: frozenset[str] = frozenset()
    #: text (case as written in the table) -> "a", "an" or "either".
    articles: dict[str, str] = field(default_factory=dict)

    def lookup(self, word: str) -> str | None:
        """The table's text for ``word`` ("SSRIs", "NSAID's" and "GLP-1" count as
        theirs), or None when the word is not in the table."""
        for candidate in (word, re.sub(r"(?:['’]?s)$", "", word)):
            if candidate in self.articles:
                return candidate
        return None

    def article_for(self, following: str) -> str | None:
        """ "a", "an" or "either" before the text ``following`` (which starts with the
        initialism), or None when it does not start with one in the table."""
        token = _TOKEN.match(following)
        if token is None:
            return None
        word = token.group()
        parts = re.split(r"[-/]", word)
        for candidate in (word, parts[0]):
            text = self.lookup(candidate)
            if text is not None:
                return self.articles[text]
        return None

    def agrees(self, article: str, following: str) -> bool:
        """Is ``article`` ("a"/"an", any case) right before ``following`` by the table?"""
        expected = self.article_for(following)
        return expected is not None and expected in ("either", article.lower())


def _said_article(text: str, said: str, article: str | None, vowels: frozenset[str]) -> str:
    if said == "letters":
        return "an" if text[:1].upper() in vowels else "a"
    return article or "either"


def read_table(path: Path) -> Initialisms:
    """One table file, validated: schema, then the rules the file's header states."""
    doc = load_yaml_file(path)
    validate(doc, "initialisms.schema.json", str(path))
    vowels = frozenset(doc.data["letters_with_vowel_sound"])
    articles: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for index, entry in enumerate(doc.data["initialisms"]):
        line = doc.line_of(("initialisms", index))
        text, said, article = entry["text"], entry["said"], entry.get("article")
        if text in articles:
            raise ConfigError(f"initialism '{text}' is listed twice (first at line {first_line[text]})", path=str(path), line=line)
        if said == "letters" and article is not None:
            raise ConfigError(
                f"initialism '{text}': said: letters takes no article (it follows from the first letter)", path=str(path), line=line
            )
        if said == "word" and article not in ("a", "an"):
            raise ConfigError(f"initialism '{text}': said: word needs article: a or an", path=str(path), line=line)
        if said == "either" and article is None:
            raise ConfigError(f"initialism '{text}': said: either needs article: a, an or either", path=str(path), line=line)
        articles[text] = _said_article(text, said, article, vowels)
        first_line[text] = line
    return Initialisms(vowels, articles)


def load_initialisms(dirs: list[Path]) -> Initialisms:
    """The tables of the knowledge layers merged (a later layer's entry wins); through
    the knowledge cache when the run has one on."""
    from pipeline.knowledge.cache import cached

    return cached("initialisms", dirs, Initialisms, lambda: _merge_tables(dirs))


def _merge_tables(dirs: list[Path]) -> Initialisms:
    merged = Initialisms()
    for directory in dirs:
        path = directory / TABLE
        if path.is_file():
            table = read_table(path)
            merged = Initialisms(merged.vowel_letters | table.vowel_letters, {**merged.articles, **table.articles})
    return merged
