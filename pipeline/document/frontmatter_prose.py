"""The front-matter texts that are published, as prose units.

The build renders the title, summary, description and disclaimer (and image alt
texts and captions) on the page, so every check reads them as prose: each becomes
a :class:`ProseUnit` of kind ``front_matter`` whose source map points at the
value in the file's front-matter lines (a finding in the title is at line 2).
Names (``reviewed_by``) and reference titles are not prose and stay out.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from typing import Any

from pipeline.document.frontmatter import FrontMatter
from pipeline.document.normalise import normalise
from pipeline.document.prose import ProseUnit
from pipeline.document.source import SourceText

#: Top-level keys whose text is published as prose.
PUBLISHED_KEYS = ("title", "summary", "description", "disclaimer")
#: Keys, at any depth under ``IMAGE_KEYS``, whose text is published (alternative text, captions).
IMAGE_TEXT_KEYS = frozenset({"alt", "caption", "title"})
IMAGE_KEYS = ("image", "images", "hero", "figure", "figures")

Path = tuple[str | int, ...]


def published_texts(data: dict[str, Any]) -> Iterator[tuple[Path, str]]:
    """(path, text) of every front-matter string the build publishes, in key order."""
    for key in PUBLISHED_KEYS:
        if isinstance(data.get(key), str) and data[key].strip():
            yield (key,), data[key]
    for key in IMAGE_KEYS:
        if key in data:
            yield from _image_texts((key,), data[key])


def _image_texts(path: Path, node: Any) -> Iterator[tuple[Path, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str) and key in IMAGE_TEXT_KEYS and value.strip():
                yield (*path, key), value
            elif isinstance(value, (dict, list)):
                yield from _image_texts((*path, str(key)), value)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _image_texts((*path, index), item)


def _value_offsets(source: SourceText, line: int, key: str | int, text: str, limit: int) -> array:
    """Offsets of each character of ``text`` in the file, from the value on ``line``
    (verbatim when written plainly, else aligned character by character: quotes,
    escapes and folded lines are stepped over; a character with no counterpart maps
    to where the search stands)."""
    start = source.line_starts[line - 1]
    head = re.compile(rf"[ \t]*(?:-[ \t]+)?[\"']?{re.escape(str(key))}[\"']?[ \t]*:")
    if match := head.match(source.text, start):
        start = match.end()
    found = source.text.find(text, start, limit)
    if found != -1:
        return array("q", range(found, found + len(text)))
    offsets = array("q")
    p = start
    for char in text:
        j = source.text.find(char, p, limit) if not char.isspace() else -1
        if j == -1 or j - p > 40:
            offsets.append(min(p, max(limit - 1, 0)))
        else:
            offsets.append(j)
            p = j + 1
    return offsets


def front_matter_units(source: SourceText, front_matter: FrontMatter) -> list[ProseUnit]:
    """The published front-matter texts as prose units (blocks numbered below the body's)."""
    if front_matter.located is None or not front_matter.data:
        return []
    limit = front_matter.body_offset
    found = list(published_texts(front_matter.data))
    units = []
    for index, (path, value) in enumerate(found):
        line = front_matter.located.line_of(path)
        text = " ".join(value.split())
        offsets = _value_offsets(source, line, path[-1], text, limit)
        text, offsets, tricks = normalise(text, offsets)
        if text.strip():
            units.append(ProseUnit("front_matter", text, offsets, index - len(found), "", tricks=tricks))
    return units
