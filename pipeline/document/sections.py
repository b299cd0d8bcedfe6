"""Sections of an article as runs of prose units, for checks that ask "near it".

A heading's section runs from the heading to the next heading of the same or a
higher level, so it includes its subsections. A unit belongs to the section of
the nearest heading above it; units before the first heading form one section.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.document.prose import ProseUnit


@dataclass
class Sections:
    units: list[ProseUnit]
    #: (start, end) unit indexes of each unit's section.
    _scope: list[tuple[int, int]]
    #: Index of each unit's own heading (itself for a heading), or -1.
    _heading: list[int]
    _index: dict[int, int]
    _blocks: dict[int, list[ProseUnit]] | None = None

    def index(self, unit: ProseUnit) -> int:
        return self._index[id(unit)]

    def section_units(self, unit: ProseUnit) -> list[ProseUnit]:
        start, end = self._scope[self.index(unit)]
        return self.units[start:end]

    def block_units(self, unit: ProseUnit) -> list[ProseUnit]:
        """The units of ``unit``'s Markdown block (a paragraph, a list, a table), in order."""
        if self._blocks is None:  # grouped once: asked per use found, it was a scan of every unit
            self._blocks = {}
            for u in self.units:
                self._blocks.setdefault(u.block, []).append(u)
        return self._blocks.get(unit.block, [])

    def headings_above(self, unit: ProseUnit) -> list[ProseUnit]:
        """The unit's heading and every enclosing heading (nearest first)."""
        out: list[ProseUnit] = []
        i = self._heading[self.index(unit)]
        level = 99
        while i >= 0:
            heading = self.units[i]
            if heading.heading_level < level:
                out.append(heading)
                level = heading.heading_level
            i = self._heading[i - 1] if i > 0 else -1
        return out

    def headed(self, heading: ProseUnit) -> list[ProseUnit]:
        """A heading's whole section (with subsections), the heading included."""
        start, end = self._scope[self.index(heading)]
        return self.units[start:end]


def build_sections(units: list[ProseUnit]) -> Sections:
    """The sections of an article's units (``Article.sections`` builds them once)."""
    n = len(units)
    heading_of: list[int] = []
    current = -1
    for i, unit in enumerate(units):
        if unit.kind == "heading":
            current = i
        heading_of.append(current)
    ends: dict[int, int] = {}
    for i, unit in enumerate(units):
        if unit.kind != "heading":
            continue
        end = n
        for j in range(i + 1, n):
            if units[j].kind == "heading" and units[j].heading_level <= unit.heading_level:
                end = j
                break
        ends[i] = end
    first_heading = next((i for i, u in enumerate(units) if u.kind == "heading"), n)
    # The published front-matter texts (title, summary) summarise the whole article.
    scope = [
        (0, n) if unit.kind == "front_matter" else (h, ends[h]) if h >= 0 else (0, first_heading)
        for unit, h in zip(units, heading_of, strict=True)
    ]
    return Sections(units, scope, heading_of, {id(u): i for i, u in enumerate(units)})
