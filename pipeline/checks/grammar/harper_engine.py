"""Harper (harper-py): the embedded grammar and spelling engine that works on every
machine, offline, with nothing to install beyond the wheel.

One ``harper.Linter`` per process (building it loads the curated dictionary, the
expensive step), configured once: the rules this project turns off (see
checks/rules/grammar.yml, ``harper_off``) and the medical vocabulary
(``import_words``). Harper's spans are in code points of the string it was given,
which is what the offset table of :mod:`text` expects.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import metadata

import harper

from pipeline.checks.grammar.text import EngineMatch
from pipeline.errors import ConfigError
from pipeline.knowledge.spelling import SpellingVocabulary

SPELLING_RULES = frozenset({"SpellCheck"})


@lru_cache(maxsize=1)
def harper_version() -> str:
    """ "harper-py 0.2.0 (Harper 2.13.0)": the binding's version and harper-core's,
    read from the wheel's software bill of materials."""
    py_version = metadata.version("harper-py")
    core = "unknown"
    try:
        for file in metadata.files("harper-py") or []:
            if file.name.endswith(".cyclonedx.json"):
                sbom = json.loads(file.read_text(encoding="utf-8"))
                for component in sbom.get("components", []):
                    if component.get("name") == "harper-core":
                        core = component.get("version", core)
    except (OSError, ValueError):
        pass
    return f"harper-py {py_version} (Harper {core})"


def known_rules() -> set[str]:
    return set(harper.get_default_lint_config())


def _replacement(problem: str, suggestion: harper.Suggestion) -> str:
    """What the problem text becomes: Harper's insert-after suggestions carry only the
    inserted text (" to" for "need"), removals carry none."""
    if suggestion.kind == harper.SuggestionKind.INSERT_AFTER:
        return problem + suggestion.replacement_text
    if suggestion.kind == harper.SuggestionKind.REMOVE:
        return ""
    return suggestion.replacement_text


class HarperEngine:
    name = "harper"

    def __init__(self, disabled: set[str], vocabulary: SpellingVocabulary | None) -> None:
        unknown = sorted(disabled - known_rules())
        if unknown:
            raise ConfigError(f"unknown Harper rule(s) in grammar.harper_disabled_rules or harper_off: {', '.join(unknown)}")
        self.linter = harper.Linter(harper.Dialect.AMERICAN)
        if disabled:
            self.linter.set_lint_config({rule: False for rule in disabled})
        self.vocabulary = vocabulary
        if vocabulary and vocabulary.words:
            # Lower case: Harper then accepts the word capitalised and in capitals too.
            self.linter.import_words(sorted(vocabulary.words))
        self.description = harper_version()

    def check(self, text: str) -> list[EngineMatch]:
        matches = []
        for base, chunk in _chunks(text):
            for rule, lints in self.linter.organized_lints(chunk, language="plaintext").items():
                for lint in lints:
                    span = lint.span
                    matches.append(
                        EngineMatch(
                            base + span.start,
                            base + span.end,
                            lint.message,
                            rule,
                            lint.lint_kind,
                            [_replacement(lint.problem_text, s) for s in lint.suggestions],
                            spelling=rule in SPELLING_RULES,
                        )
                    )
        return matches


#: Harper's organized_lints grows faster than linearly with the text's length (2.5 s
#: for one 4,000-character article, 0.07 s for the same text in paragraphs), so an
#: article is linted in pieces of about this many characters, cut only at paragraph
#: breaks (the blank lines that join prose units, see text.SEPARATOR).
CHUNK_CHARS = 1000


def _chunks(text: str) -> list[tuple[int, str]]:
    """``text`` cut at blank lines into (offset, piece) of about CHUNK_CHARS each."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > CHUNK_CHARS:
        cut = text.rfind("\n\n", start + 1, start + CHUNK_CHARS)
        if cut == -1:
            cut = text.find("\n\n", start + CHUNK_CHARS)
            if cut == -1:
                break
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces
