"""Typed rule options: each rule type declares its options as a frozen dataclass,
and :func:`decode_options` turns a rule's YAML mapping into an instance of it.

The decoder is the one place options are checked, for every rule type: an
unknown key, a wrong type, a value outside a ``Literal``, a number below its
``Min``, or a regular expression that does not compile is a ``ValueError`` whose
message names the option; the rule loader adds the file and line.

Supported field types: ``str``, ``bool``, ``int``, ``float``, ``list[str]``,
``Literal[...]``, :data:`Patterns` (a list of regular expressions, compiled
case-insensitively), ``X | None`` and ``Annotated[X, Min(n)]``.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar, get_args, get_origin, get_type_hints

from pipeline.knowledge.patterns import compile_pattern

T = TypeVar("T")


@dataclass(frozen=True)
class Min:
    """``Annotated[int, Min(1)]``: the smallest value allowed."""

    value: float


class Patterns(tuple[re.Pattern[str], ...]):
    """A non-empty list of regular expressions in YAML; compiled, case-insensitive.
    ``source`` keeps the texts as written (for `pipeline explain` and messages)."""

    source: tuple[str, ...]

    @staticmethod
    def compile(text: str) -> re.Pattern[str]:
        return compile_pattern(text)

    def __new__(cls, texts: list[str]) -> Patterns:
        return cls._of(tuple(cls.compile(t) for t in texts), tuple(texts))

    @classmethod
    def _of(cls, compiled: tuple[re.Pattern[str], ...], source: tuple[str, ...]) -> Patterns:
        obj = tuple.__new__(cls, compiled)
        obj.source = source
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (the knowledge cache) as the compiled patterns and their texts: not compiled again.
        return (_patterns_of, (type(self), tuple(self), self.source))


class CasePatterns(Patterns):
    """Like :class:`Patterns`, but case-sensitive (shapes such as "(Smith, 2020)")."""

    @staticmethod
    def compile(text: str) -> re.Pattern[str]:
        return re.compile(text)


def _patterns_of(cls: type[Patterns], compiled: tuple[re.Pattern[str], ...], source: tuple[str, ...]) -> Patterns:
    return cls._of(compiled, source)


@dataclass(frozen=True)
class NoOptions:
    """For rule types that take no options."""


def _type_name(kind: Any) -> str:
    origin = get_origin(kind)
    if isinstance(kind, type) and issubclass(kind, Patterns):
        return "a list of regular expressions"
    if origin is list:
        return "a list of names"
    if origin is Literal:
        return "one of " + ", ".join(str(a) for a in get_args(kind))
    if origin is Annotated:
        return _type_name(get_args(kind)[0])
    return {str: "text", bool: "true or false", int: "a whole number", float: "a number"}.get(kind, str(kind))


def _decode_value(name: str, kind: Any, value: Any) -> Any:
    origin = get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in get_args(kind) if a is not type(None)]
        if value is None:
            return None
        return _decode_value(name, inner[0], value)
    if origin is Annotated:
        base, *extras = get_args(kind)
        decoded = _decode_value(name, base, value)
        for extra in extras:
            if isinstance(extra, Min) and decoded < extra.value:
                raise ValueError(f"option '{name}' must be at least {extra.value:g}, not {decoded!r}")
        return decoded
    if origin is Literal:
        if value not in get_args(kind):
            raise ValueError(f"option '{name}' must be {_type_name(kind)}, not {value!r}")
        return value
    if isinstance(kind, type) and issubclass(kind, Patterns):
        if not isinstance(value, list) or not value:
            raise ValueError(f"option '{name}' must be a non-empty list of regular expressions")
        for index, text in enumerate(value, start=1):
            if not isinstance(text, str) or not text:
                raise ValueError(f"option '{name}' item {index} must be a non-empty string")
            try:
                kind.compile(text)
            except re.error as exc:
                raise ValueError(f"option '{name}' item {index} is not a valid regular expression ({exc}): {text}") from None
        return kind(value)
    if origin is list:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ValueError(f"option '{name}' must be {_type_name(kind)}")
        return list(value)
    if kind is bool:
        if not isinstance(value, bool):
            raise ValueError(f"option '{name}' must be true or false, not {value!r}")
        return value
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"option '{name}' must be a whole number, not {value!r}")
        return value
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"option '{name}' must be a finite number, not {value!r}")
        return float(value)
    if kind is str:
        if not isinstance(value, str):
            raise ValueError(f"option '{name}' must be text, not {value!r}")
        return value
    raise TypeError(f"option type {kind!r} is not supported by the decoder")


def decode_options(cls: type[T], raw: dict[str, Any], rule_type: str) -> T:
    """An instance of the options dataclass ``cls`` from a rule's option mapping."""
    hints = get_type_hints(cls, include_extras=True)
    # Fields not passed to the constructor are built from the options (e.g. patterns derived from them), not options.
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}  # type: ignore[arg-type]
    unknown = sorted(set(raw) - set(fields))
    if unknown:
        allowed = ", ".join(sorted(fields)) or "none"
        raise ValueError(f"unknown option '{unknown[0]}' for rule type '{rule_type}' (allowed: {allowed})")
    values: dict[str, Any] = {}
    for name, field in fields.items():
        if name in raw:
            values[name] = _decode_value(name, hints[name], raw[name])
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            raise ValueError(f"option '{name}' ({_type_name(hints[name])}) is required for rule type '{rule_type}'")
    return cls(**values)
