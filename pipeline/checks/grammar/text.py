"""What the grammar engines read: an article's prose units joined into one string,
with the offset table that maps every engine match back to (unit, index) and so,
through the shared source map, to line:column in the draft.

Units are joined with a blank line ("\\n\\n"), which both engines treat as a
paragraph break, so a heading or list item never runs into the next one. Callers
pass the article's prose units (footnotes, reference lists, are not prose).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from pipeline.document.prose import ProseUnit

SEPARATOR = "\n\n"


@dataclass
class EngineMatch:
    """One problem an engine found, in offsets of the text it was given."""

    start: int
    end: int
    message: str
    #: The engine's own rule name (Harper: "SpellCheck"; LanguageTool: "MORFOLOGIK_RULE_EN_US").
    engine_rule: str
    #: The engine's category (Harper lint kind "Spelling"; LanguageTool category id "TYPOS").
    kind: str
    replacements: list[str] = field(default_factory=list)
    spelling: bool = False


@dataclass
class JoinedText:
    text: str
    units: list[ProseUnit]
    #: starts[i] is the offset of units[i].text in ``text``.
    starts: list[int]

    def locate(self, start: int, end: int) -> tuple[ProseUnit, int, int] | None:
        """The unit holding ``text[start:end]`` and the span inside that unit's text
        (clipped to the unit; None if the span starts in a separator)."""
        index = bisect.bisect_right(self.starts, start) - 1
        if index < 0:
            return None
        unit = self.units[index]
        local_start = start - self.starts[index]
        if local_start >= len(unit.text):
            return None
        local_end = min(max(end - self.starts[index], local_start + 1), len(unit.text))
        return unit, local_start, local_end


def join_units(units: list[ProseUnit]) -> JoinedText:
    parts: list[str] = []
    kept: list[ProseUnit] = []
    starts: list[int] = []
    offset = 0
    for unit in units:
        if not unit.text.strip():
            continue
        if parts:
            parts.append(SEPARATOR)
            offset += len(SEPARATOR)
        starts.append(offset)
        kept.append(unit)
        parts.append(unit.text)
        offset += len(unit.text)
    return JoinedText("".join(parts), kept, starts)
