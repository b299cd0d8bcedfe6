"""The review page's data: the original source, line by line, with every finding
marked at its exact span, and the summaries editors read first.

Positions come straight from the findings (line, column, end_line, end_column:
1-based code points in the normalised source, end exclusive), so a mark covers
exactly what ``pipeline check`` reports. Overlapping findings are split into
segments; each segment is wrapped in one ``<mark>`` per finding covering it,
nested, so the markup stays valid however findings overlap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from pipeline.document.article import Article
from pipeline.findings import FileResult, Finding, Severity, all_families

#: Families outside the claim checklist (they measure the prose, not its claims).
PROSE_FAMILIES = ("readability", "grammar")

SEVERITY_LABEL = {Severity.ERROR: "Error", Severity.WARNING: "Warning", Severity.INFO: "Info"}
#: Shape as well as colour tells severities apart.
SEVERITY_ICON = {Severity.ERROR: "✖", Severity.WARNING: "▲", Severity.INFO: "ℹ"}


@dataclass
class Note:
    """One finding as the review page shows it; ``number`` is its anchor (m-N in the text, f-N the note).
    ``family_index`` names its family in the filters' CSS (``fam-N``): family names are data."""

    number: int
    finding: Finding
    family_index: int = 0

    @property
    def classes(self) -> str:
        """The classes the no-script filters hide or un-mark by: ``f sev-<severity> fam-<N>``."""
        return f"f {self.mark_classes}"

    @property
    def mark_classes(self) -> str:
        """A mark's classes: the filters un-mark it rather than hide the text."""
        return f"sev-{self.severity} fam-{self.family_index}"

    @property
    def marked(self) -> bool:
        """Errors and warnings are marked in the annotated draft; info is only listed."""
        return self.finding.severity != Severity.INFO

    @property
    def severity(self) -> str:
        return self.finding.severity.value

    @property
    def label(self) -> str:
        return SEVERITY_LABEL[self.finding.severity]

    @property
    def icon(self) -> str:
        return SEVERITY_ICON[self.finding.severity]


@dataclass
class Line:
    number: int
    html: Markup
    notes: list[Note] = field(default_factory=list)


@dataclass
class FamilyRow:
    family: str
    checked: bool
    errors: int
    warnings: int
    infos: int
    in_checklist: bool

    @property
    def status(self) -> str:
        if not self.checked:
            return "not checked"
        if self.errors:
            return "fail"
        return "pass with warnings" if self.warnings else "pass"


def _span_on_line(f: Finding, line: int, length: int) -> tuple[int, int] | None:
    """[start, end) of the finding on this line (0-based string indices), or None."""
    if not f.line <= line <= f.end_line:
        return None
    start = f.column - 1 if line == f.line else 0
    end = f.end_column - 1 if line == f.end_line else length
    if line != f.line and end <= 0:
        return None
    start = max(0, min(start, length))
    end = max(start, min(end, length))
    return start, end


def _flag(note: Note) -> str:
    return (
        f'<a class="flag {note.classes}" id="m-{note.number}" href="#f-{note.number}">'
        f'<span aria-hidden="true">{note.icon}</span><span class="vh">{note.label} </span>{note.number}</a>'
    )


def render_line(text: str, number: int, notes: list[Note]) -> Markup:
    """One source line as HTML: flags where findings start, nested marks over their spans."""
    spans: list[tuple[Note, int, int]] = []
    for note in notes:
        span = _span_on_line(note.finding, number, len(text))
        if span:
            spans.append((note, *span))
    if not spans:
        return Markup(escape(text))
    cuts = sorted({0, len(text), *(s for _, s, _ in spans), *(e for _, _, e in spans)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:] + [None], strict=False):
        for note, s, _ in spans:
            if s == a and note.finding.line == number:
                out.append(_flag(note))
        for note, s, e in spans:
            if s == e == a:  # nothing to cover on this line (an empty line): an empty mark keeps the place
                out.append(f'<mark class="{note.mark_classes}" data-finding="{note.number}"></mark>')
        if b is None:
            break
        covering = sorted(((n, s, e) for n, s, e in spans if s <= a and e >= b), key=lambda t: (t[1], -t[2], t[0].number))
        piece = str(escape(text[a:b]))
        for note, _, _ in reversed(covering):
            piece = f'<mark class="{note.mark_classes}" data-finding="{note.number}">{piece}</mark>'
        out.append(piece)
    return Markup("".join(out))


def source_lines(article: Article, notes: list[Note]) -> list[Line]:
    """Every line of the original draft (front matter included), numbered as in the file,
    with its errors and warnings marked (info findings are listed, not marked)."""
    by_line: dict[int, list[Note]] = {}
    for note in notes:
        if not note.marked:
            continue
        for n in range(note.finding.line, note.finding.end_line + 1):
            by_line.setdefault(n, []).append(note)
    lines = []
    count = len(article.source.line_starts)
    if article.source.text.endswith("\n"):
        count -= 1  # the empty "line" after a final newline is not a line
    for n in range(1, max(count, 1) + 1):
        text = article.source.line_text(n)
        covering = by_line.get(n, [])
        lines.append(Line(n, render_line(text, n, covering), [x for x in covering if x.finding.line == n]))
    return lines


def family_rows(result: FileResult, checked_families: set[str]) -> list[FamilyRow]:
    rows = []
    for family in all_families({f.check for f in result.findings} | checked_families):
        found = [f for f in result.active() if f.check == family]
        rows.append(
            FamilyRow(
                family,
                family in checked_families,
                sum(f.severity == Severity.ERROR for f in found),
                sum(f.severity == Severity.WARNING for f in found),
                sum(f.severity == Severity.INFO for f in found),
                family not in PROSE_FAMILIES,
            )
        )
    return rows


def section_chart(readability: dict[str, Any], scale_max: float) -> list[dict[str, Any]]:
    """Rows for the grade-per-section bar chart: bar width as a percentage of ``scale_max``."""
    rows = []
    for section in readability.get("sections", []):
        grade = float(section["consensus_grade"])
        rows.append({**section, "percent": round(min(grade, scale_max) / scale_max * 100, 1)})
    return rows


def notes_for(result: FileResult) -> list[Note]:
    """Active findings in source order, numbered from 1; families numbered in FAMILIES order."""
    found = sorted(result.active(), key=lambda f: f.sort_key)
    index = {family: i for i, family in enumerate(all_families({f.check for f in found}), start=1)}
    return [Note(i, f, index[f.check]) for i, f in enumerate(found, start=1)]


@dataclass
class FamilyFilter:
    """One family radio button of the no-script filters."""

    index: int
    family: str
    count: int


def family_filters(notes: list[Note]) -> list[FamilyFilter]:
    """The families that have findings, in FAMILIES order, with their counts."""
    counts: dict[tuple[int, str], int] = {}
    for note in notes:
        key = (note.family_index, note.finding.check)
        counts[key] = counts.get(key, 0) + 1
    return [FamilyFilter(index, family, count) for (index, family), count in sorted(counts.items())]


#: A section of the draft is collapsed (when it holds no error) above this many lines or characters.
LONG_SECTION_LINES = 8
LONG_SECTION_CHARS = 600


@dataclass
class Block:
    """A run of the draft's lines shown together: the front matter, the text before the
    first heading, or one heading's lines up to the next heading."""

    heading: str
    lines: list[Line]
    errors: int
    warnings: int
    collapsed: bool

    @property
    def start(self) -> int:
        return self.lines[0].number

    @property
    def end(self) -> int:
        return self.lines[-1].number


def draft_blocks(article: Article, lines: list[Line]) -> list[Block]:
    """The annotated draft cut at the front matter's end and at every heading; a long
    block (over LONG_SECTION_LINES lines or LONG_SECTION_CHARS characters) that holds no
    error is collapsed, so the errors stand out and the page stays short."""
    cuts: dict[int, str] = {}
    body_line = article.source.position(article.front_matter.body_offset)[0] if article.front_matter.body_offset else 1
    if body_line > 1:
        cuts[1] = "Front matter"
        cuts[body_line] = "Before the first heading"
    for unit in article.units:
        if unit.kind == "heading" and len(unit.offsets):
            cuts[article.source.position(unit.offsets[0])[0]] = unit.text
    cuts.setdefault(1, "Before the first heading")
    blocks: list[Block] = []
    for line in lines:
        if line.number in cuts or not blocks:
            blocks.append(Block(cuts.get(line.number, ""), [], 0, 0, False))
        block = blocks[-1]
        block.lines.append(line)
        block.errors += sum(n.finding.severity == Severity.ERROR for n in line.notes)
        block.warnings += sum(n.finding.severity == Severity.WARNING for n in line.notes)
    for block in blocks:
        size = sum(len(article.source.line_text(line.number)) for line in block.lines)
        block.collapsed = not block.errors and (len(block.lines) > LONG_SECTION_LINES or size > LONG_SECTION_CHARS)
    return blocks


def review_context(article: Article, notes: list[Note]) -> dict[str, Any]:
    """What review.html needs besides the common fields: the annotated draft's lines and
    blocks, the errors to list first and the families to filter by."""
    lines = source_lines(article, notes)
    return {
        "lines": lines,
        "blocks": draft_blocks(article, lines),
        "errors": [n for n in notes if n.finding.severity == Severity.ERROR],
        "family_filters": family_filters(notes),
    }
