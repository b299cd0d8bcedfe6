"""Rule packs: the rules in checks/rules/*.yml, validated on load.

A rule is data (id, family, default severity, texts, examples, type options); its
``type`` names code registered with :func:`rule_type`. Content teams add rules by
adding YAML; code is only needed for a new *type* of rule.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from pipeline.errors import ConfigError
from pipeline.yamlload import load_yaml_file, validate

if TYPE_CHECKING:
    from pipeline.document.article import Article
    from pipeline.run.context import CheckContext
    from pipeline.findings import Finding

_COMMON_KEYS = {"id", "family", "type", "severity", "description", "explanation", "message", "suggestion", "examples"}


@dataclass
class Rule:
    id: str
    family: str
    type: str
    severity: str
    description: str
    explanation: str = ""
    message: str = ""
    suggestion: str | None = None
    examples: dict[str, list[str]] = field(default_factory=dict)
    #: Type-specific options (every key not common to all rules).
    options: dict[str, Any] = field(default_factory=dict)
    #: Where the rule was defined, for error messages.
    origin: str = ""


RuleImpl = Callable[["Article", Rule, "CheckContext"], Iterable["Finding"]]


@dataclass(frozen=True)
class RuleType:
    name: str
    run: RuleImpl
    #: Validates a rule's options at load time; raises ValueError with a message.
    validate: Callable[[Rule], None] | None = None


RULE_TYPES: dict[str, RuleType] = {}


def rule_type(name: str, validate_options: Callable[[Rule], None] | None = None) -> Callable[[RuleImpl], RuleImpl]:
    """Register the code for one rule type."""

    def register(func: RuleImpl) -> RuleImpl:
        RULE_TYPES[name] = RuleType(name, func, validate_options)
        return func

    return register


@dataclass
class RuleSet:
    rules: dict[str, Rule]
    #: sha256 of every rule file's bytes (part of cache keys and the build's review block).
    digest: str

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rules.values())

    def get(self, rule_id: str) -> Rule | None:
        return self.rules.get(rule_id)


def load_rules(checks_dir: Path) -> RuleSet:
    """Every rule in ``checks_dir/rules/*.yml``; any problem is a ConfigError naming file and line."""
    import pipeline.checks  # noqa: F401  (registers the built-in rule types)

    rules: dict[str, Rule] = {}
    digest = hashlib.sha256()
    rules_dir = checks_dir / "rules"
    if not rules_dir.is_dir():
        raise ConfigError("rules directory not found (set checks_dir in the configuration)", path=str(rules_dir))
    for path in sorted(rules_dir.glob("*.yml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
        doc = load_yaml_file(path)
        validate(doc, "rules.schema.json", str(path))
        for index, raw in enumerate(doc.data["rules"]):
            line = doc.line_of(("rules", index))
            options = {k: v for k, v in raw.items() if k not in _COMMON_KEYS}
            common = {k: v for k, v in raw.items() if k in _COMMON_KEYS}
            rule = Rule(**common, options=options, origin=f"{path}:{line}")
            if not rule.id.startswith(rule.family + ".") and not rule.id.split(".")[0] == rule.family.split("-")[0]:
                raise ConfigError(f"rule id '{rule.id}' must start with its family '{rule.family}.'", path=str(path), line=line)
            if rule.id in rules:
                raise ConfigError(f"duplicate rule id '{rule.id}' (first defined at {rules[rule.id].origin})", path=str(path), line=line)
            kind = RULE_TYPES.get(rule.type)
            if kind is None:
                known = ", ".join(sorted(RULE_TYPES))
                raise ConfigError(f"rule '{rule.id}': unknown type '{rule.type}' (known: {known})", path=str(path), line=line)
            if kind.validate:
                try:
                    kind.validate(rule)
                except (ValueError, KeyError, TypeError) as exc:
                    raise ConfigError(f"rule '{rule.id}': {exc}", path=str(path), line=line) from None
            rules[rule.id] = rule
    return RuleSet(rules, digest.hexdigest())
