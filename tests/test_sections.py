"""Sections of an article: a heading's section and the headings enclosing a unit, checked
against their definitions on random outlines (a long export has thousands of headings:
both are computed in one pass, so they must still say what the definitions say)."""

from __future__ import annotations

import random
from types import SimpleNamespace
from typing import Any

from pipeline.document.sections import build_sections


def _outline(rng: random.Random) -> list[Any]:
    units = []
    for i in range(rng.randint(0, 30)):
        kind = rng.choice(["heading", "heading", "paragraph", "list_item"])
        units.append(SimpleNamespace(kind=kind, heading_level=rng.randint(1, 4) if kind == "heading" else 0, block=i))
    return units


def _enclosing(units: list[Any], index: int) -> list[int]:
    """By definition: the unit's own heading (the nearest at or above it), then the nearest
    heading above that one of a higher level (a smaller number), and so on."""
    own = next((j for j in range(index, -1, -1) if units[j].kind == "heading"), None)
    if own is None:
        return []
    chain = [own]
    for j in range(own - 1, -1, -1):
        if units[j].kind == "heading" and units[j].heading_level < units[chain[-1]].heading_level:
            chain.append(j)
    return chain


def test_sections_and_enclosing_headings_match_their_definitions() -> None:
    rng = random.Random(20261202)
    for _ in range(2000):
        units = _outline(rng)
        sections = build_sections(units)
        for i, unit in enumerate(units):
            assert [id(h) for h in sections.headings_above(unit)] == [id(units[j]) for j in _enclosing(units, i)]
            if unit.kind == "heading":
                end = next(
                    (j for j in range(i + 1, len(units)) if units[j].kind == "heading" and units[j].heading_level <= unit.heading_level),
                    len(units),
                )
                assert sections.headed(unit) == units[i:end]
