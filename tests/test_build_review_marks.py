"""The review page's marks for awkward spans: overlapping, nested, multi-line, at the
end of a line, on non-ASCII text and on HTML-looking text."""

from __future__ import annotations

from lxml import html as lxml_html

from pipeline.document.article import Offsets, parse_article
from pipeline.document.source import SourceText
from pipeline.findings import FileResult, Severity
from pipeline.site.review import notes_for, source_lines

TEXT = "---\ntitle: T\n---\n# Café <b>dose</b>\n\nTake one tablet. Then wait\nan hour before food.\n"


def marks(line_html: str) -> dict[str, str]:
    """finding number -> the text its marks cover on this line."""
    doc = lxml_html.fragment_fromstring(f"<div>{line_html}</div>")
    out: dict[str, str] = {}
    for mark in doc.iter("mark"):
        out[mark.get("data-finding")] = out.get(mark.get("data-finding"), "") + mark.text_content()
    return out


def lines_for(spans: list[tuple[int, int, int, int]]):  # type: ignore[no-untyped-def]
    article = parse_article(SourceText.from_text("a.md", TEXT))
    findings = []
    for i, (line, col, end_line, end_col) in enumerate(spans):
        f = article.finding(
            Offsets(0, 1), severity=Severity.WARNING, family="readability", rule=f"readability.r{i}", message=f"m{i}", suggestion=None
        )
        f.line, f.column, f.end_line, f.end_column = line, col, end_line, end_col
        findings.append(f)
    notes = notes_for(FileResult("a.md", findings))
    return {line.number: line for line in source_lines(article, notes)}, notes


def test_overlapping_and_nested_spans_each_cover_exactly_their_text() -> None:
    # line 6: "Take one tablet. Then wait"
    lines, notes = lines_for([(6, 1, 6, 17), (6, 6, 6, 27), (6, 10, 6, 16)])
    covered = marks(lines[6].html)
    text = "Take one tablet. Then wait"
    by_rule = {n.finding.rule: str(n.number) for n in notes}
    assert covered[by_rule["readability.r0"]] == text[0:16]
    assert covered[by_rule["readability.r1"]] == text[5:26]
    assert covered[by_rule["readability.r2"]] == text[9:15]
    assert [n.finding.rule for n in lines[6].notes] == ["readability.r0", "readability.r1", "readability.r2"]
    # The visible text of the line is the source line, unchanged, flags aside.
    doc = lxml_html.fragment_fromstring(f"<div>{lines[6].html}</div>")
    assert "".join(doc.xpath(".//text()[not(ancestor::a)]")) == text
    assert len(doc.xpath(".//a[contains(concat(' ', @class, ' '), ' flag ') and contains(@class, 'sev-warning')]")) == 3


def test_multi_line_span_is_marked_on_every_line_and_noted_once() -> None:
    lines, notes = lines_for([(6, 18, 7, 9)])  # "Then wait" / "an hour "
    number = str(notes[0].number)
    assert marks(lines[6].html) == {number: "Then wait"}
    assert marks(lines[7].html) == {number: "an hour "}
    assert len(lines[6].notes) == 1 and lines[7].notes == []
    assert f'id="m-{number}"' in lines[6].html and f'id="m-{number}"' not in lines[7].html


def test_non_ascii_and_html_looking_source_is_escaped_and_counted_in_code_points() -> None:
    lines, notes = lines_for([(4, 3, 4, 7), (4, 8, 4, 19), (4, 1, 4, 40)])
    covered = marks(lines[4].html)
    by_rule = {n.finding.rule: str(n.number) for n in notes}
    assert covered[by_rule["readability.r0"]] == "Café"
    assert covered[by_rule["readability.r1"]] == "<b>dose</b>"
    assert covered[by_rule["readability.r2"]] == "# Café <b>dose</b>"  # clamped at the end of the line
    assert "<b>" not in lines[4].html and "&lt;b&gt;" in lines[4].html


def test_every_line_is_listed_with_its_number() -> None:
    lines, _ = lines_for([])
    assert sorted(lines) == list(range(1, TEXT.count("\n") + 1))
    assert lines[1].html == "---" and lines[5].html == ""
