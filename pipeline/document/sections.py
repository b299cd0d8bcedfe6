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
    #: For a heading, the index of the nearest heading above it of a higher level (-1: none).
    _parent: list[int]
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
        while i >= 0:
            out.append(self.units[i])
            i = self._parent[i]
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
    # One pass with the open headings on a stack (levels rising): a heading's section ends at the first
    # heading of the same or a higher level after it, and its parent is the open heading below it.
    # (Scanning forward from every heading, and back through every heading per question, made a long
    # export with thousands of headings quadratic.)
    ends: dict[int, int] = {}
    parent = [-1] * n
    open_headings: list[int] = []
    for i, unit in enumerate(units):
        if unit.kind != "heading":
            continue
        while open_headings and units[open_headings[-1]].heading_level >= unit.heading_level:
            ends[open_headings.pop()] = i
        parent[i] = open_headings[-1] if open_headings else -1
        open_headings.append(i)
    for i in open_headings:
        ends[i] = n
    first_heading = next((i for i, u in enumerate(units) if u.kind == "heading"), n)
    # The published front-matter texts (title, summary) summarise the whole article.
    scope = [
        (0, n) if unit.kind == "front_matter" else (h, ends[h]) if h >= 0 else (0, first_heading)
        for unit, h in zip(units, heading_of, strict=True)
    ]
    return Sections(units, scope, heading_of, {id(u): i for i, u in enumerate(units)}, parent)
