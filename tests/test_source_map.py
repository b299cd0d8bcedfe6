"""Every finding points into the source: prose extraction maps back to line:column
of the original file, front matter counted, whatever the Markdown around it."""

from __future__ import annotations

from pipeline.document.article import parse_article
from pipeline.document.source import SourceText


def article(text: str):  # type: ignore[no-untyped-def]
    return parse_article(SourceText.from_text("t.md", text))


def position_of(a, unit_text: str, needle: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    unit = next(u for u in a.units if unit_text in u.text)
    start = unit.text.index(needle)
    return a.source.position(unit.span(start, start + len(needle))[0])


DOC = """---
title: Test
drugs: [baclofen]
---
# Heading with *emphasis*

First paragraph with **bold**, a [link text](https://example.com/x) and `code`.
It continues on a second line &amp; has an entity.

- first item
- second item with [ref][r]

> A quoted line.

| Drug | Use |
|------|-----|
| baclofen | spasticity |

```
code block text
```

<!-- a comment -->
Last paragraph.[^1]

[r]: https://example.org
[^1]: Footnote text.
"""


NEEDLES = [
    ("Heading", "emphasis", (5, 17)),
    ("First paragraph", "bold", (7, 24)),
    ("First paragraph", "link text", (7, 35)),
    ("First paragraph", "second line", (8, 19)),
    ("First paragraph", "entity", (8, 44)),
    ("second item", "ref", (11, 21)),
    ("quoted", "quoted", (13, 5)),
    ("spasticity", "spasticity", (17, 14)),
    ("Last paragraph", "Last", (24, 1)),
    ("Footnote", "Footnote", (27, 7)),
]


def test_positions_count_front_matter_and_markup() -> None:
    a = article(DOC)
    lines = DOC.split("\n")
    for unit_text, needle, expected in NEEDLES:
        line, col = position_of(a, unit_text, needle)
        assert (line, col) == expected
        # The file, opened in an editor at line:col, shows the word itself.
        assert lines[line - 1][col - 1 : col - 1 + len(needle)] == needle


def test_code_urls_html_and_front_matter_are_not_prose() -> None:
    a = article(DOC)
    prose = "\n".join(u.text for u in a.units)
    for absent in ("example.com", "code block text", "a comment", "drugs:", "`code`", "code."):
        assert absent not in prose
    assert "First paragraph with bold, a link text and ." in prose
    assert "It continues on a second line & has an entity." in prose


def test_unit_kinds_and_citations() -> None:
    a = article(DOC)
    kinds = {u.text: u.kind for u in a.units}
    assert kinds["Heading with emphasis"] == "heading"
    assert kinds["first item"] == "list_item"
    assert kinds["A quoted line."] == "blockquote"
    assert kinds["baclofen"] == "table_cell"
    assert kinds["Footnote text."] == "footnote"
    last = next(u for u in a.units if u.text.startswith("Last"))
    assert last.citations == ["1"]


def test_crlf_and_cr_line_endings_keep_positions() -> None:
    for newline in ("\r\n", "\r"):
        a = article(DOC.replace("\n", newline))
        for unit_text, needle, expected in NEEDLES:
            assert position_of(a, unit_text, needle) == expected


def test_list_items_and_headings_end_sentences() -> None:
    a = article("# Title without stop\n\n- one item\n- two item\n\nA sentence. Another one e.g. here.\n")
    assert [s.text for s in a.sentences] == ["Title without stop", "one item", "two item", "A sentence.", "Another one e.g. here."]


def test_abbreviation_in_brackets_does_not_end_a_sentence() -> None:
    a = article("# Bupropion\n\nBupropion (e.g. Zyban) can help. It is a tablet (approx. One a day).\n")
    assert [s.text for s in a.sentences][1:] == ["Bupropion (e.g. Zyban) can help.", "It is a tablet (approx. One a day)."]


def test_every_mapped_character_is_the_character_in_the_file() -> None:
    a = article(DOC)
    for unit in a.units:
        for ch, offset in zip(unit.text, unit.offsets, strict=False):
            if ch != " ":
                assert a.source.text[offset] == ch, (unit.text, ch)


def test_text_after_an_indented_code_block_in_a_list_maps_to_itself() -> None:
    """Found by the property test: the code block's AST text has lost its indentation,
    and the paragraph after it must not be located inside the code block."""
    doc = "000.\t [^1] \n    0\n\n[^1] *baclofen*"
    a = article(doc)
    (unit,) = a.units
    assert unit.text == "[^1] baclofen"
    assert all(a.source.text[o] == ch for ch, o in zip(unit.text, unit.offsets, strict=True) if ch != " ")
