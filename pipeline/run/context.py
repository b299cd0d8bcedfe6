"""What checks share while a run lasts: configuration, rules, and expensive
per-process resources (grammar engines, drug facts, dictionaries) created once."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pipeline.config import Config
from pipeline.knowledge.cache import cached
from pipeline.knowledge.rules import RuleSet

T = TypeVar("T")

#: Resources built from the knowledge files alone (and this code), with the type each
#: is: loaded through the knowledge cache when a run has one on (pipeline/knowledge/cache.py);
#: a cached object of another type is a miss.
KNOWLEDGE_RESOURCES = {
    "drug-facts": "pipeline.knowledge.facts:FactsBase",
    "drug-names": "pipeline.concepts.drugs:DrugNames",
    "conditions": "pipeline.knowledge.conditions:ConditionVocabulary",
    "context-lexicon": "pipeline.concepts.context:ContextLexicon",
    "plain-words": "pipeline.knowledge.plainwords:Thesaurus",
}


def _resource_type(key: str) -> type[Any]:
    module, _, name = KNOWLEDGE_RESOURCES[key].partition(":")
    kind: type[Any] = getattr(importlib.import_module(module), name)
    return kind


@dataclass
class CheckContext:
    config: Config
    rules: RuleSet
    #: Engine name -> description ("harper-py 0.2.0"); reported per file as `engines`.
    engines: dict[str, str] = field(default_factory=dict)
    #: Start Harper's lint of an article on its own thread while the other checks run
    #: (pipeline.checks.grammar.prefetch): worth it for one draft (the editor's, a one-file
    #: check), where the answer comes sooner; over many drafts the two threads slow each
    #: other down (measured on the NIH corpus: about 15 % more CPU, no shorter wall time).
    lint_ahead: bool = True
    #: Whether the draft being checked has changed since (set by the language server while
    #: it checks a buffer): the check then stops at its next rule with :class:`Superseded`.
    superseded: Callable[[], bool] | None = None
    _resources: dict[str, Any] = field(default_factory=dict)

    def resource(self, key: str, factory: Callable[[], T]) -> T:
        """A per-process singleton: built on first use, reused for every later file."""
        if key not in self._resources:
            if key in KNOWLEDGE_RESOURCES:
                self._resources[key] = cached(key, self.config.knowledge_dirs, _resource_type(key), factory)
            else:
                self._resources[key] = factory()
        return self._resources[key]
