"""YAML front matter: split it off the body, parse it with line numbers, validate known keys."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pipeline.document.source import SourceText
from pipeline.errors import ConfigError, InputError
from pipeline.yamlload import LocatedYaml, parse_yaml, validate

OPENING = "---"
CLOSINGS = ("---", "...")


@dataclass
class FrontMatter:
    #: The keys with a value: a key written blank (``reviewed_by:``, ``title: ""``) is not
    #: here, so it reads as absent (the metadata rules report it as missing).
    data: dict[str, Any] = field(default_factory=dict)
    located: LocatedYaml | None = None
    #: Offset in the normalised text where the Markdown body starts.
    body_offset: int = 0
    #: Keys whose plain value holds ": " (``summary: From willow bark to the tablet: what it
    #: does``), which YAML cannot read: read as the text it is, and reported
    #: (``metadata.front-matter-syntax``), with the line the key is on.
    unquoted: dict[str, str] = field(default_factory=dict)

    def declared(self, key: str) -> bool:
        """Whether ``key`` is written in the front matter, blank or not."""
        return self.located is not None and isinstance(self.located.data, dict) and key in self.located.data

    def line_of(self, key: str) -> int | None:
        return self.located.line_of((key,)) if self.located and self.declared(key) else None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


#: A top-level key with a plain (unquoted) one-line value: the value may hold ": ".
_PLAIN_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):[ \t]+(?P<value>[^\s\"'\[\]{}|>&*!%@`#,?:-].*?)[ \t]*$")


def plain_value_span(line: str) -> tuple[int, int] | None:
    """Where the plain one-line value of a top-level key is in ``line``, if it is one."""
    m = _PLAIN_VALUE.match(line)
    return m.span("value") if m else None


def _quote_plain_values(yaml_text: str) -> tuple[str, dict[str, str]]:
    """``yaml_text`` with every top-level plain value that holds ": " written as a quoted
    text, line for line (the lines keep their numbers), and those keys with their values."""
    lines = yaml_text.split("\n")
    quoted: dict[str, str] = {}
    for i, line in enumerate(lines):
        m = _PLAIN_VALUE.match(line)
        if m and (": " in m["value"] or ":\t" in m["value"]):
            value = m["value"]
            quoted[m["key"]] = value
            lines[i] = f"{m['key']}: " + '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return "\n".join(lines), quoted


#: Keys whose value is a list, and how a single text given instead is split into one.
_LIST_KEYS = {"drugs": re.compile(r"\s*[,;]\s*"), "references": None}


def _usual_form(key: str, value: Any) -> Any:
    """``value`` in the form the schema asks for when it was written in another obvious
    one: ``drugs: baclofen, diazepam`` as a list of two, a lone reference as a list of
    one, several reviewers as one text. Anything else is left for the schema to judge."""
    if key in _LIST_KEYS and isinstance(value, str):
        splitter = _LIST_KEYS[key]
        return [part for part in splitter.split(value.strip()) if part] if splitter else [value]
    if key == "references" and isinstance(value, list):
        # "- Aspirin: a review. BMJ 2020" is read by YAML as a mapping of one key: the reference it is
        return [_as_text(item) for item in value]
    if key == "reviewed_by" and isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
        return ", ".join(v.strip() for v in value)
    return value


def _as_text(item: Any) -> Any:
    """A one-key mapping of texts (``{"Aspirin": "a review. BMJ 2020"}``) as the text written."""
    if isinstance(item, dict) and len(item) == 1:
        ((key, value),) = item.items()
        if isinstance(key, str) and isinstance(value, str):
            return f"{key}: {value}"
    return item


def _parsed_or_none(yaml_text: str, path: str) -> LocatedYaml | None:
    try:
        return parse_yaml(yaml_text, path, line_offset=1, aliases=False)
    except ConfigError:
        return None


def split_front_matter(source: SourceText) -> FrontMatter:
    """Parse the front matter at the top of ``source``, if any.

    Errors (never closed, YAML syntax, not a mapping, wrong type for a known key)
    are InputErrors with the file line, except a plain value holding ": " (read as its
    text, see :attr:`FrontMatter.unquoted`). A key left blank is not an error: a CMS
    leaves ``reviewed_by: ""`` in a draft nobody reviewed, and the draft is still
    checked (the key reads as absent); a value in another obvious form is read in the
    usual one (:func:`_usual_form`).
    """
    text = source.text
    if not (text.startswith(OPENING + "\n") or text == OPENING):
        return FrontMatter()
    for line_no in range(2, len(source.line_starts) + 1):
        if source.line_text(line_no).rstrip() in CLOSINGS:
            break
    else:
        raise InputError("front matter opened with '---' on line 1 is never closed (add a line '---' after it)", path=source.path, line=1)
    yaml_text = text[source.line_starts[1] : source.line_starts[line_no - 1]] if line_no > 2 else ""
    body_offset = source.line_starts[line_no] if line_no < len(source.line_starts) else len(text)
    unquoted: dict[str, str] = {}
    try:
        located = parse_yaml(yaml_text, source.path, line_offset=1, aliases=False)
    except ConfigError as exc:
        # A colon inside a plain value is the commonest slip of hand-written front matter:
        # read such values as the texts they are (the rule reports each), or else refuse.
        repaired, unquoted = _quote_plain_values(yaml_text)
        read = _parsed_or_none(repaired, source.path) if unquoted else None
        if read is None:
            raise InputError(f"malformed front matter: {exc.message}", path=source.path, line=exc.line) from None
        located = read
    if located.data is None:
        return FrontMatter({}, located, body_offset)
    if not isinstance(located.data, dict):
        kind = type(located.data).__name__.replace("str", "text").replace("list", "a list")
        raise InputError(f"front matter must be a mapping of keys to values, not {kind}", path=source.path, line=2)
    data = {key: _usual_form(key, value) for key, value in located.data.items() if not _blank(value)}
    try:
        validate(located.with_data(data), "front-matter.schema.json", source.path, error_type=InputError)
    except InputError as exc:
        raise InputError(f"front matter: {exc.message}", path=source.path, line=exc.line) from None
    return FrontMatter(data, located, body_offset, unquoted)
