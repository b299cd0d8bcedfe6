"""What checks share while a run lasts: configuration, rules, and expensive
per-process resources (grammar engines, drug facts, dictionaries) created once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pipeline.config import Config
from pipeline.knowledge.rules import RuleSet

T = TypeVar("T")


@dataclass
class CheckContext:
    config: Config
    rules: RuleSet
    #: Engine name -> description ("harper-py 0.2.0"); reported per file as `engines`.
    engines: dict[str, str] = field(default_factory=dict)
    _resources: dict[str, Any] = field(default_factory=dict)

    def resource(self, key: str, factory: Callable[[], T]) -> T:
        """A per-process singleton: built on first use, reused for every later file."""
        if key not in self._resources:
            self._resources[key] = factory()
        return self._resources[key]
