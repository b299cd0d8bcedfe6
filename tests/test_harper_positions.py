"""Harper lints an article's prose as one text (issue 15): every match points at exactly
the characters of the slip in the whole text, wherever the slip is and whatever
non-ASCII characters come before it, and no match appears or vanishes because the text
was cut into pieces."""

from __future__ import annotations

from functools import lru_cache

import harper
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.checks.grammar.harper_engine import HarperEngine
from pipeline.checks.grammar.text import join_units
from pipeline.document.article import parse_article
from pipeline.document.source import SourceText

FILLER = [
    "Take the tablets with water.",
    "Keep them in a cool, dry place away from children.",
    "Tell your doctor about any other medicines you use.",
    "Most people have no side effects.",
    "Call your doctor if you feel dizzy or sick.",
]
#: A sentence with one slip, and the slip: (Harper rule, the characters it must span).
SLIPS = {
    "This is an test of the label.": ("AnA", "an"),
    "Ask your pharmacsit about it.": ("SpellCheck", "pharmacsit"),
    "Keep the the tablets dry.": ("RepeatedWords", "the the"),
}
#: Words before a slip whose length in code points differs from their length in UTF-8
#: and UTF-16 (and a combining accent, a ZWJ emoji sequence); Harper may flag them too.
NOISE = ["é", "café", "naïve", "e\u0301", "😀", "👨\u200d👩\u200d👧", "中文", "Ωμέγα"]


@lru_cache(maxsize=1)
def engine() -> HarperEngine:
    return HarperEngine(set(), None)


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Prose of several paragraphs (often more than the old 1,000-character pieces) with
    slips planted at random places: (text, the slips' (start, end, rule), the noise spans)."""
    paragraphs = draw(st.lists(st.lists(st.sampled_from(FILLER), min_size=1, max_size=6), min_size=1, max_size=12))
    planted = draw(
        st.lists(
            st.tuples(
                st.integers(0, len(paragraphs) - 1),
                st.integers(0, 6),
                st.sampled_from(sorted(SLIPS)),
                st.none() | st.sampled_from(NOISE),
            ),
            min_size=1,
            max_size=6,
        )
    )
    for index, position, sentence, noise in planted:
        paragraphs[index].insert(min(position, len(paragraphs[index])), (noise + " " if noise else "") + sentence)
    text, slips, noise_spans = "", [], []
    for n, sentences in enumerate(paragraphs):
        if n:
            text += "\n\n"
        for m, sentence in enumerate(sentences):
            if m:
                text += " "
            for noise in NOISE:
                if sentence.startswith(noise + " "):
                    noise_spans.append((len(text), len(text) + len(noise)))
                    sentence_start = len(text) + len(noise) + 1
                    break
            else:
                sentence_start = len(text)
            text += sentence
            core = text[sentence_start:]
            if core in SLIPS:
                rule, slip = SLIPS[core]
                start = sentence_start + core.index(slip)
                slips.append((start, start + len(slip), rule))
    return text, slips, noise_spans


@given(articles())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_planted_slip_is_found_at_exactly_its_characters(
    article: tuple[str, list[tuple[int, int, str]], list[tuple[int, int]]],
) -> None:
    text, slips, noise_spans = article
    matches = engine().check(text)
    found = {(m.start, m.end, m.engine_rule) for m in matches}
    for start, end, rule in slips:
        assert (start, end, rule) in found, (text[start:end], rule)
    # Nothing else: the filler is clean, so any other match is on a noise word.
    for m in matches:
        if (m.start, m.end, m.engine_rule) not in slips:
            assert any(s <= m.start and m.end <= e for s, e in noise_spans), (text[m.start : m.end], m.engine_rule)


def test_the_forked_child_reports_the_same_positions() -> None:
    """Long prose (over SANDBOX_CHARS) is linted in a forked child: same matches."""
    text = "\n\n".join(f"😀 {' '.join(FILLER)} {slip}" for slip in SLIPS)
    in_process = [(m.start, m.end, m.engine_rule) for m in engine().check(text)]
    assert {text[start:end] for start, end, _ in in_process} >= {"an", "pharmacsit", "the the"}
    assert [(m.start, m.end, m.engine_rule) for m in engine().check_in_child(text)] == in_process


#: The start of NIH's "type A insulin resistance syndrome" (MedlinePlus Genetics, public
#: domain; 020 in the medquad-300 corpus). Linted in 1,000-character pieces, the last
#: heading began a piece and Harper flagged its "A" ("Is type A insulin ...": "an");
#: linted whole, as the article, it does not.
TYPE_A = """\
# type A insulin resistance syndrome

Type A insulin resistance syndrome is a rare disorder characterized by severe insulin resistance, a condition in \
which the body's tissues and organs do not respond properly to the hormone insulin. Insulin normally helps regulate \
blood sugar levels by controlling how much sugar (in the form of glucose) is passed from the bloodstream into cells \
to be used as energy. In people with type A insulin resistance syndrome, insulin resistance impairs blood sugar \
regulation and ultimately leads to a condition called diabetes mellitus, in which blood sugar levels can become \
dangerously high. Severe insulin resistance also underlies the other signs and symptoms of type A insulin resistance \
syndrome. In affected females, the major features of the condition become apparent in adolescence. Many affected \
females do not begin menstruation by age 16 (primary amenorrhea) or their periods may be light and irregular \
(oligomenorrhea). They develop cysts on the ovaries and excessive body hair growth (hirsutism).

## Is type A insulin resistance syndrome inherited?
"""


def test_a_heading_after_an_old_piece_boundary_gets_no_a_an_match() -> None:
    text = join_units(parse_article(SourceText.from_text("020.md", TYPE_A)).prose_units).text
    assert len(text) > 1000
    heading = text.index("Is type A insulin")
    matches = engine().check(text)
    assert not [m for m in matches if m.engine_rule == "AnA" and heading <= m.start < heading + 20]
    # What the engine reports is Harper's lint of the whole text, position for position.
    fresh = harper.Linter(harper.Dialect.AMERICAN)
    whole = sorted(
        (lint.span.start, lint.span.end, rule)
        for rule, lints in fresh.organized_lints(text, language="plaintext").items()
        for lint in lints
    )
    assert sorted((m.start, m.end, m.engine_rule) for m in matches) == whole
