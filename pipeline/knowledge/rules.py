"""Rule packs: the rules in checks/rules/*.yml, validated on load.

A rule is data (id, family, default severity, texts, examples, type options); its
``type`` names code registered with :func:`rule_type`, which also declares the
type's options (a frozen dataclass, decoded by
:func:`pipeline.knowledge.options.decode_options`) and the placeholders its
``message`` may use. Content teams add rules by adding YAML; code is only needed
for a new *type* of rule.

:meth:`Rule.finding` is the one way a check makes a Finding: from the rule (id,
family, severity, suggestion) and a place in the article.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pipeline.errors import ConfigError
from pipeline.findings import FAMILIES, Finding, Severity, declare_families
from pipeline.knowledge.options import NoOptions, decode_options
from pipeline.knowledge.sources import BUILTIN_LABEL, KnowledgeDirs, as_dirs, is_builtin, yml_in
from pipeline.yamlload import load_yaml_file, validate

if TYPE_CHECKING:
    from pipeline.config import Config
    from pipeline.document.article import Article, Place
    from pipeline.run.context import CheckContext

#: Keys every rule may have; every other key is an option of its type.
COMMON_KEYS = frozenset(
    {
        "id",
        "family",
        "type",
        "severity",
        "description",
        "explanation",
        "message",
        "suggestion",
        "examples",
        "examples_runnable",
        "example_drugs",
        "fix",
    }
)
OptionsT = TypeVar("OptionsT")


@dataclass
class Rule(Generic[OptionsT]):
    id: str
    family: str
    type: str
    severity: str
    description: str
    #: The type's options, decoded into its declared dataclass.
    options: OptionsT
    explanation: str = ""
    message: str = ""
    suggestion: str | None = None
    examples: dict[str, list[str]] = field(default_factory=dict)
    examples_runnable: bool = True
    example_drugs: list[str] = field(default_factory=list)
    #: Whether `pipeline fix` can fix its findings: safe (by default), unsafe (when asked), none.
    fix: str = "none"
    #: Where the rule was defined ("file:line"), for error messages and `pipeline rules`.
    origin: str = ""
    #: "built-in" or the team pack file that defines it (a later layer replaces a rule by id).
    source: str = BUILTIN_LABEL

    def finding(
        self,
        article: Article,
        place: Place,
        message: str,
        *,
        suggestion: str | None = None,
        severity: Severity | str | None = None,
        **extra: Any,
    ) -> Finding:
        """A finding of this rule at ``place`` (a unit span, source offsets, or
        :data:`~pipeline.document.article.WHOLE_ARTICLE` / a front-matter key).
        ``suggestion`` defaults to the rule's, ``severity`` to the rule's default;
        ``extra`` goes to the finding's machine-readable details."""
        return article.finding(
            place,
            severity=Severity(severity or self.severity),
            family=self.family,
            rule=self.id,
            message=message,
            suggestion=suggestion if suggestion is not None else self.suggestion,
            extra=extra,
        )

    def format_message(self, default: str, **fields: Any) -> str:
        """The rule's ``message`` template filled with ``fields``, or ``default``."""
        return self.message.format(**fields) if self.message else default


RuleImpl = Callable[["Article", Rule[Any], "CheckContext"], Iterable[Finding]]


@dataclass(frozen=True)
class RuleType:
    name: str
    run: RuleImpl
    #: The options dataclass the type's rules are decoded into.
    options: type[Any]
    #: The placeholders a rule's ``message`` may use.
    placeholders: frozenset[str]
    #: Whether the type's findings need the grammar engine's matches: such rules run after
    #: the others while Harper lints ahead on its own thread (pipeline.run.checker).
    uses_engine: bool = False


RULE_TYPES: dict[str, RuleType] = {}


def rule_type(
    name: str, options: type[Any] = NoOptions, placeholders: Iterable[str] = (), *, uses_engine: bool = False
) -> Callable[[RuleImpl], RuleImpl]:
    """Register the code for one rule type, with its options and message placeholders."""

    def register(func: RuleImpl) -> RuleImpl:
        RULE_TYPES[name] = RuleType(name, func, options, frozenset(placeholders), uses_engine)
        return func

    return register


@dataclass
class RuleSet:
    rules: dict[str, Rule[Any]]
    #: The team families the packs declared (name -> description).
    families: dict[str, str] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Rule[Any]]:
        return iter(self.rules.values())

    def get(self, rule_id: str) -> Rule[Any] | None:
        return self.rules.get(rule_id)

    def of_type(self, name: str) -> list[Rule[Any]]:
        return [rule for rule in self.rules.values() if rule.type == name]


def _check_message(message: str, allowed: frozenset[str]) -> None:
    """A rule's message may only use the placeholders its type fills in."""
    try:
        used = {name for _, name, _, _ in string.Formatter().parse(message) if name is not None}
    except ValueError as exc:
        raise ValueError(f"message is not a valid template ({exc})") from None
    unknown = sorted(used - allowed)
    if unknown:
        shown = ", ".join("{" + f + "}" for f in sorted(allowed)) or "none"
        raise ValueError(f"message uses unknown placeholder {{{unknown[0]}}} (allowed: {shown})")


def _declared_families(doc: Any, path: Path, builtin: bool) -> dict[str, str]:
    """The ``families:`` a pack declares (name -> description); built-in names are reserved."""
    declared: dict[str, str] = {}
    for index, raw in enumerate(doc.data.get("families") or []):
        name = raw["name"]
        if name in FAMILIES and not builtin:
            raise ConfigError(
                f"family '{name}' is a built-in family (reserved); declare a family of your own, e.g. 'house'",
                path=str(path),
                line=doc.line_of(("families", index)),
            )
        declared[name] = raw.get("description", "")
    return declared


def load_rules(dirs: KnowledgeDirs) -> RuleSet:
    """Every rule in ``rules/*.yml`` of every knowledge layer (built-in first); a
    later layer's rule replaces an earlier one with the same id. Any problem is a
    ConfigError naming file and line."""
    import pipeline.checks  # noqa: F401  (registers the built-in rule types)

    rules: dict[str, Rule[Any]] = {}
    families: dict[str, str] = {}
    layers = as_dirs(dirs)
    if not any((d / "rules").is_dir() for d in layers):
        shown = ", ".join(str(d / "rules") for d in layers)
        raise ConfigError(f"rules directory not found (looked in {shown}; set knowledge in the configuration)")
    docs = []
    for directory, paths in zip(layers, yml_in(layers, "rules"), strict=True):
        builtin = is_builtin(directory)
        for path in paths:
            doc = load_yaml_file(path)
            validate(doc, "rules.schema.json", str(path))
            families.update(_declared_families(doc, path, builtin))
            docs.append((doc, path, builtin, directory))
    declare_families(frozenset(families))
    layer_of: dict[str, Path] = {}
    for doc, path, builtin, directory in docs:
        source = BUILTIN_LABEL if builtin else str(path)
        for index, raw in enumerate(doc.data["rules"]):
            line = doc.line_of(("rules", index))
            rule_id = raw["id"]
            kind = RULE_TYPES.get(raw["type"])
            if kind is None:
                known = ", ".join(sorted(RULE_TYPES))
                raise ConfigError(f"rule '{rule_id}': unknown type '{raw['type']}' (known: {known})", path=str(path), line=line)
            if raw["family"] not in FAMILIES and raw["family"] not in families:
                raise ConfigError(
                    f"rule '{rule_id}': unknown family '{raw['family']}' (declare it under `families:` in a pack of your own)",
                    path=str(path),
                    line=doc.line_of(("rules", index, "family")),
                )
            option_keys = {k: v for k, v in raw.items() if k not in COMMON_KEYS}
            try:
                options = decode_options(kind.options, option_keys, kind.name)
                _check_message(raw.get("message", ""), kind.placeholders)
            except ValueError as exc:
                bad = next((k for k in option_keys if f"'{k}'" in str(exc)), None)
                where = doc.line_of(("rules", index, bad)) if bad else line
                raise ConfigError(f"rule '{rule_id}': {exc}", path=str(path), line=where) from None
            common = {k: v for k, v in raw.items() if k in COMMON_KEYS}
            rule: Rule[Any] = Rule(**common, options=options, origin=f"{path}:{line}", source=source)
            if not rule.id.startswith(rule.family + ".") and rule.id.split(".")[0] != rule.family.split("-")[0]:
                raise ConfigError(f"rule id '{rule.id}' must start with its family '{rule.family}.'", path=str(path), line=line)
            if layer_of.get(rule.id) == directory:  # a later layer may redefine a rule, one layer may not
                raise ConfigError(f"duplicate rule id '{rule.id}' (first defined at {rules[rule.id].origin})", path=str(path), line=line)
            layer_of[rule.id] = directory
            rules[rule.id] = rule
    return RuleSet(rules, families)


def project_rules(config: Config) -> RuleSet:
    """The rules of a configuration's knowledge layers, with its ``[severity]`` keys checked
    against them (an unknown id or family is exit 2 with the closest one)."""
    from pipeline.knowledge.cache import cached

    dirs = config.knowledge_dirs
    rules = cached("rules", dirs, RuleSet, lambda: load_rules(dirs))
    import pipeline.checks  # noqa: F401  (the rule types, registered on import, also when the rules come from the cache)

    declare_families(frozenset(rules.families))
    config.check_severity_keys({rule.id for rule in rules}, set(FAMILIES) | set(rules.families))
    return rules
