"""Configuration: `[tool.pipeline]` in pyproject.toml or a pipeline.toml, found by
walking up from the current directory. The JSON Schema in schemas/config.schema.json
is both the validator and the list of defaults."""

from __future__ import annotations

import copy
import difflib
import math
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError
from pipeline.usercache import keep
from pipeline.yamlload import known_valid, load_schema

CONFIG_SCHEMA = "config.schema.json"

#: Rules that guard the tool itself: a family set to "off" leaves them on; only their own id turns them off.
GUARD_RULES = frozenset({"metadata.ignore-reason", "metadata.drug-facts-missing"})


def _defaults(schema: dict[str, Any]) -> Any:
    if schema.get("type") == "object" and "properties" in schema:
        base = copy.deepcopy(schema.get("default", {}))
        for key, sub in schema["properties"].items():
            if key not in base:
                value = _defaults(sub)
                if value is not _MISSING:
                    base[key] = value
        return base
    return copy.deepcopy(schema["default"]) if "default" in schema else _MISSING


_MISSING = object()


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict) and key != "severity":
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


@dataclass
class Config:
    data: dict[str, Any]
    #: Directory relative paths in the config are resolved against.
    root: Path
    #: The file the settings came from, or None for built-in defaults.
    source: Path | None = None
    overrides: dict[str, Any] = field(default_factory=dict)

    def get(self, dotted: str) -> Any:
        value: Any = self.data
        for part in dotted.split("."):
            value = value[part]
        return value

    def path(self, dotted: str) -> Path:
        return (self.root / self.get(dotted)).resolve()

    #: Top-level keys the configuration file or the command line set.
    explicit: frozenset[str] = frozenset()

    def is_set(self, key: str) -> bool:
        return key in self.explicit

    @property
    def knowledge_dirs(self) -> list[Path]:
        """The knowledge layers, built-in first (see :mod:`pipeline.knowledge.sources`)."""
        from pipeline.knowledge.sources import knowledge_dirs

        return knowledge_dirs(self)

    @property
    def checks_dir(self) -> list[Path]:
        """Deprecated name of :attr:`knowledge_dirs` (the loaders take the list of layers)."""
        return self.knowledge_dirs

    def severity_for(self, rule: str, family: str, default: str) -> str:
        """The configured severity of a rule: its own override, else its family's, else default.
        A family turned off does not turn off the :data:`GUARD_RULES`."""
        overrides = self.data["severity"]
        if rule in overrides:
            return str(overrides[rule])
        by_family = overrides.get(family, default)
        return default if by_family == "off" and rule in GUARD_RULES else str(by_family)

    def check_severity_keys(self, rule_ids: set[str], families: set[str]) -> None:
        """Every key of ``[severity]`` must be a rule id or a family: else exit 2 with the closest one."""
        known = sorted(rule_ids | families)
        for key in self.data["severity"]:
            if key in rule_ids or key in families:
                continue
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else " (`pipeline rules` lists the rule ids and families)"
            raise ConfigError(f"[severity]: unknown rule or family '{key}'{hint}", path=str(self.source or "command line"))


def _reject_non_finite(value: Any, where: str, key: str = "") -> None:
    """tomllib reads ``nan`` and ``inf``; no setting means either."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(f"bad value for '{key}': {value} is not a finite number", path=where)
    if isinstance(value, dict):
        for sub, item in value.items():
            _reject_non_finite(item, where, f"{key}.{sub}" if key else str(sub))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _reject_non_finite(item, where, f"{key}[{index}]")


def _validate(data: dict[str, Any], where: str) -> None:
    _reject_non_finite(data, where)
    marker = known_valid(CONFIG_SCHEMA, data)
    if marker is not None and marker.is_file():
        return
    import jsonschema

    validator = jsonschema.Draft202012Validator(load_schema(CONFIG_SCHEMA))
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        key = ".".join(str(p) for p in error.absolute_path)
        if error.validator == "additionalProperties":
            extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
            key = ".".join([*map(str, error.absolute_path), extra[0]]) if extra else key
            raise ConfigError(f"unknown configuration key '{key}'", path=where)
        raise ConfigError(f"bad value for '{key}': {error.message}", path=where)
    keep(marker, "")


def find_config_file(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest pipeline.toml, or pyproject.toml with a [tool.pipeline] table."""
    for directory in [start, *start.parents]:
        for name in ("pipeline.toml", "pyproject.toml"):
            candidate = directory / name
            if not candidate.is_file():
                continue
            try:
                parsed = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
                raise ConfigError(f"cannot parse: {exc}", path=str(candidate)) from None
            if name == "pipeline.toml":
                return candidate, parsed
            if "pipeline" in parsed.get("tool", {}):
                return candidate, parsed["tool"]["pipeline"]
    return None


def load_config(explicit: Path | None = None, start: Path | None = None, overrides: dict[str, Any] | None = None) -> Config:
    """Defaults, then the config file, then command-line overrides (dotted keys)."""
    defaults = _defaults(load_schema(CONFIG_SCHEMA))
    start = (start or Path.cwd()).resolve()
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError("configuration file not found", path=str(explicit))
        try:
            parsed = tomllib.loads(explicit.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot parse: {exc}", path=str(explicit)) from None
        if explicit.name == "pyproject.toml":
            parsed = parsed.get("tool", {}).get("pipeline", {})
        found: tuple[Path, dict[str, Any]] | None = (explicit.resolve(), parsed)
    else:
        found = find_config_file(start)
    user: dict[str, Any] = {}
    source: Path | None = None
    root = start
    if found:
        source, user = found
        root = source.parent
        _validate(user, str(source))
    data = _merge(defaults, user)
    for dotted, value in (overrides or {}).items():
        target = data
        *parents, last = dotted.split(".")
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = value
    _validate(data, str(source) if source else "command line")
    given = frozenset(user) | frozenset(dotted.split(".")[0] for dotted in overrides or {})
    return Config(data, root, source, overrides or {}, given)
