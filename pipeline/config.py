"""Configuration: `[tool.pipeline]` in pyproject.toml or a pipeline.toml, found by
walking up from the current directory. The JSON Schema in schemas/config.schema.json
is both the validator and the list of defaults."""

from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema

from pipeline.errors import ConfigError
from pipeline.yamlload import load_schema

CONFIG_SCHEMA = "config.schema.json"


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

    @property
    def checks_dir(self) -> Path:
        return self.path("checks_dir")

    def severity_for(self, rule: str, family: str, default: str) -> str:
        """The configured severity of a rule: its own override, else its family's, else default."""
        overrides = self.data["severity"]
        return overrides.get(rule, overrides.get(family, default))


def _validate(data: dict[str, Any], where: str) -> None:
    validator = jsonschema.Draft202012Validator(load_schema(CONFIG_SCHEMA))
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        key = ".".join(str(p) for p in error.absolute_path)
        if error.validator == "additionalProperties":
            extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
            key = ".".join([*map(str, error.absolute_path), extra[0]]) if extra else key
            raise ConfigError(f"unknown configuration key '{key}'", path=where)
        raise ConfigError(f"bad value for '{key}': {error.message}", path=where)


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
    return Config(data, root, source, overrides or {})
