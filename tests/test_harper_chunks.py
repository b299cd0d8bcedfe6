"""Harper lints long articles in paragraph-aligned pieces (its organized_lints slows
down faster than linearly with length): matches must still point at the right
characters of the whole text, also in the last pieces."""

from __future__ import annotations

from pipeline.checks.grammar.harper_engine import CHUNK_CHARS, HarperEngine, _chunks

FILLER = "Take the tablets with water and keep them in a cool, dry place away from children."


def test_matches_in_late_pieces_point_at_the_slip_in_the_whole_text() -> None:
    paragraphs = [" ".join([FILLER] * 5) for _ in range(12)]
    paragraphs[3] = "This is an test of the first slip. " + FILLER
    paragraphs[10] = FILLER + " Ask your pharmacsit if you are not sure."
    text = "\n\n".join(paragraphs)
    assert len(_chunks(text)) > 3 and len(text) > 3 * CHUNK_CHARS

    matches = HarperEngine(set(), None).check(text)
    flagged = {text[m.start : m.end] for m in matches}
    assert "an" in flagged
    late = [m for m in matches if text[m.start : m.end] == "pharmacsit"]
    assert len(late) == 1 and late[0].spelling and late[0].start > text.index(paragraphs[10])


def test_pieces_cover_the_text_exactly_and_cut_only_at_blank_lines() -> None:
    text = "\n\n".join("word " * n for n in (10, 400, 3, 250, 90, 600, 1))
    pieces = _chunks(text)
    assert "".join(piece for _, piece in pieces) == text
    for offset, piece in pieces:
        assert text[offset : offset + len(piece)] == piece
        assert offset == 0 or text[offset : offset + 2] == "\n\n"
