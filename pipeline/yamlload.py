"""YAML loading that remembers where every value came from, and schema validation
whose errors name the file and line (the way content teams find their mistake)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from pipeline.errors import ConfigError, PipelineError
from pipeline.usercache import keep, user_cache_dir

if TYPE_CHECKING:
    import jsonschema

JsonPath = tuple[str | int, ...]
#: libyaml's parser when installed (several times faster; same marks and constructors).
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: Most values a document may expand to through aliases and merge keys (``&a``/``*a``/``<<``).
#: The largest knowledge file has about 6,000; a "billion laughs" has 10^9.
MAX_EXPANDED_NODES = 200_000


class LocatedYaml:
    """A parsed YAML document plus the 1-based line of every node, keyed by JSON path."""

    def __init__(self, data: Any, lines: dict[JsonPath, int], line_offset: int = 0) -> None:
        self.data = data
        self._lines = lines
        self._offset = line_offset

    def line_of(self, path: JsonPath) -> int:
        """Line of the deepest node on ``path`` that exists (the document start at worst)."""
        path = tuple(path)
        while path not in self._lines and path:
            path = path[:-1]
        return self._lines.get(path, 1) + self._offset

    def with_data(self, data: Any) -> LocatedYaml:
        """The same lines for ``data`` (a part of this document's data)."""
        return LocatedYaml(data, self._lines, self._offset)


def _check_graph(root: yaml.Node, source: str, line_offset: int, *, aliases: bool) -> None:
    """Bound what the composed node graph expands to, before anything is constructed.

    Aliases make the graph a DAG (or, with a self-reference, cyclic); constructing it
    expands every shared node again. The expanded size is computed once per node
    (memoised), so a "billion laughs" is measured in microseconds and refused, as is a
    cycle; with ``aliases=False`` any node reached twice (an alias) is refused.
    """
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def fail(message: str, line: int) -> ConfigError:
        return ConfigError(message, path=source, line=line + 1 + line_offset)

    def size(node: yaml.Node, line: int) -> int:
        key = id(node)
        if key in active:
            raise fail("invalid YAML: an alias refers to the value that contains it (a cycle)", line)
        if key in sizes:
            if not aliases:
                raise fail("YAML anchors and aliases (&name, *name, <<) are not allowed here; write the value out", line)
            return sizes[key]
        total = 1
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            active.add(key)
            pairs = node.value if isinstance(node, yaml.MappingNode) else [(None, child) for child in node.value]
            for key_node, value_node in pairs:
                # an alias's own marks are its anchor's: name the key, or the list, holding it
                at = key_node.start_mark.line if key_node is not None else node.start_mark.line
                if key_node is not None:
                    total += size(key_node, at)
                total += size(value_node, at)
                if total > MAX_EXPANDED_NODES:
                    raise fail(f"invalid YAML: aliases expand to more than {MAX_EXPANDED_NODES:,} values", at)
            active.discard(key)
        sizes[key] = total
        return total

    size(root, root.start_mark.line)


class _NotFinite(Exception):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def _finite(value: Any, node: yaml.Node) -> Any:
    """NaN and infinity have no place in knowledge or front matter (a ``.nan``
    maximum would silently disable every comparison with it)."""
    if isinstance(value, float) and not math.isfinite(value):
        shown = "NaN (not a number)" if math.isnan(value) else "infinity"
        raise _NotFinite(f"{shown} is not allowed; write a finite number", node.start_mark.line + 1)
    return value


def _construct(node: yaml.Node, path: JsonPath, lines: dict[JsonPath, int], loader: yaml.SafeLoader) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if isinstance(key, (dt.date, int, float, bool)) or key is None:
                key = str(key)
            result[key] = _construct(value_node, path + (key,), lines, loader)
            lines[path + (key,)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(child, path + (i,), lines, loader) for i, child in enumerate(node.value)]
    value = _finite(loader.construct_object(node, deep=True), node)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()  # dates stay strings: schemas check them with format "date"
    return value


def parse_yaml(text: str, source: str, line_offset: int = 0, *, aliases: bool = True) -> LocatedYaml:
    """Parse one YAML document; syntax errors become ConfigError with the line.

    ``line_offset`` is added to every line (front matter starts below the ``---``).
    Aliases expand to at most :data:`MAX_EXPANDED_NODES` values (none at all with
    ``aliases=False``); NaN and infinity are refused wherever they appear.
    """
    try:
        loader = _LOADER(text)
        try:
            node = loader.get_single_node()
            lines: dict[JsonPath, int] = {}
            if node is not None:
                _check_graph(node, source, line_offset, aliases=aliases)
            data = None if node is None else _construct(node, (), lines, loader)
        finally:
            loader.dispose()
    except _NotFinite as exc:
        raise ConfigError(exc.message, path=source, line=exc.line + line_offset) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 + line_offset) if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise ConfigError(f"invalid YAML: {problem}", path=source, line=line) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML: {exc}", path=source) from None
    except RecursionError:
        raise ConfigError("invalid YAML: nested too deeply", path=source) from None
    return LocatedYaml(data, lines, line_offset)


def load_yaml_file(path: Path) -> LocatedYaml:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", path=str(path)) from None
    return parse_yaml(text, str(path))


@cache
def load_schema(name: str) -> dict[str, Any]:
    """A JSON Schema shipped in pipeline/schemas/."""
    return json.loads(resources.files("pipeline").joinpath("schemas", name).read_text(encoding="utf-8"))


@cache
def _schema_digest(name: str) -> str:
    return hashlib.sha256(json.dumps(load_schema(name), sort_keys=True).encode()).hexdigest()


def _typed(value: Any) -> dict[str, str]:
    """A date or time in the digest, told apart from a string of the same text."""
    return {"type": type(value).__name__, "value": str(value)}


def known_valid(schema_name: str, data: Any) -> Path | None:
    """Where the user cache marks ``data`` as valid against the schema (its marker file
    exists): a fresh ``pipeline check`` of a draft whose front matter and configuration
    were seen before neither imports jsonschema nor validates again (about 40 ms of its
    start-up). Data with an error is never marked; data JSON cannot spell (keys of mixed
    types, a recursive alias) has no marker."""
    try:
        text = json.dumps(data, sort_keys=True, default=_typed)
    except (TypeError, ValueError, RecursionError):
        return None
    digest = hashlib.sha256(f"{_schema_digest(schema_name)}\n{text}".encode()).hexdigest()[:32]
    return user_cache_dir() / "valid" / digest


def _describe(error: jsonschema.ValidationError) -> str:
    where = ".".join(str(p) for p in error.absolute_path)
    return f"{where}: {error.message}" if where else error.message


def validate(doc: LocatedYaml, schema_name: str, source: str, error_type: type[PipelineError] = ConfigError) -> None:
    """Validate against a shipped schema; the first error (in file order) names file and line.
    Data seen valid before is not validated again (:func:`known_valid`)."""
    marker = known_valid(schema_name, doc.data)
    if marker is not None and marker.is_file():
        return
    import jsonschema

    validator = jsonschema.Draft202012Validator(load_schema(schema_name), format_checker=jsonschema.FormatChecker())
    errors = list(validator.iter_errors(doc.data))
    if not errors:
        keep(marker, "")
        return
    errors.sort(key=lambda e: doc.line_of(tuple(e.absolute_path)))
    first = errors[0]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    raise error_type(_describe(first) + more, path=source, line=doc.line_of(tuple(first.absolute_path)))
