"""Sentence splitting: where an abbreviation ends a sentence and where it does not. The claim
checks read a use, a dose or a misstatement within its sentence, so a sentence that runs on past
"at 3 a.m." joins a story's signs to the next sentence's drug and moves findings."""

from __future__ import annotations

from array import array

import pytest

from pipeline.document.prose import ProseUnit
from pipeline.document.sentences import split_sentences


def _texts(text: str) -> list[str]:
    unit = ProseUnit("paragraph", text, array("q", range(len(text))), 0, "")
    return [s.text for s in split_sentences(unit)]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a time at the end of a sentence, the next one starting with a capital
        (
            "She woke drenched at 3 a.m. Her gynaecologist suggested escitalopram.",
            ["She woke drenched at 3 a.m.", "Her gynaecologist suggested escitalopram."],
        ),
        ("I couldn't switch off at 2 a.m. I tried everything.", ["I couldn't switch off at 2 a.m.", "I tried everything."]),
        ("Call after 9 p.m. Famotidine comes up a lot.", ["Call after 9 p.m.", "Famotidine comes up a lot."]),
        ("Pens, pads, tablets etc. Bring them all.", ["Pens, pads, tablets etc.", "Bring them all."]),
        # the same abbreviations inside a sentence
        ("Open 8 a.m. Monday to Friday, closed at weekends.", ["Open 8 a.m. Monday to Friday, closed at weekends."]),
        ("Lines open at 8 a.m. Eastern time.", ["Lines open at 8 a.m. Eastern time."]),
        ("The news is at 10 p.m. GMT on most days.", ["The news is at 10 p.m. GMT on most days."]),
        ("Take it at 8 a.m. and again at 8 p.m. with food.", ["Take it at 8 a.m. and again at 8 p.m. with food."]),
        # abbreviations that never end a sentence
        ("Ask Dr. Patel about it. She knows.", ["Ask Dr. Patel about it.", "She knows."]),
        ("Antidepressants (e.g. Zoloft) help many people.", ["Antidepressants (e.g. Zoloft) help many people."]),
        # an initialism in capitals ends a sentence; a title in capitals before a name does not
        ("My sister doesn't have MS. She's been on baclofen.", ["My sister doesn't have MS.", "She's been on baclofen."]),
        ("DR. AMSEL: Alprazolam is a benzodiazepine.", ["DR. AMSEL: Alprazolam is a benzodiazepine."]),
        # a caption written in lower case: a full stop before a lower-case word ends a sentence there, not elsewhere
        (
            "2/ my skin got worse. no blackheads at all. my derm started me on it.",
            ["2/ my skin got worse.", "no blackheads at all.", "my derm started me on it."],
        ),
        ("a bad diarrhea infection called C. diff. it is bad.", ["a bad diarrhea infection called C. diff.", "it is bad."]),
        ("It got worse. no blackheads at all. Then she started it.", ["It got worse. no blackheads at all.", "Then she started it."]),
    ],
)
def test_sentences_end_after_a_time_or_etc_only_before_a_new_sentence(text: str, sentences: list[str]) -> None:
    assert _texts(text) == sentences
