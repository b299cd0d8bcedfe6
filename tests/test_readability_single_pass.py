"""Readability in one pass (issue 15): the counts are taken once and every formula is
computed from them; the figures must equal textstat's own, on the repository's
articles and evaluation drafts (whole article and every section), and syllables come
from the compact CMU table without importing NLTK or textstat."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

from pipeline.checks import readability
from pipeline.checks.syllables import derive_table, easy_words, is_difficult, syllable_count, syllable_table
from pipeline.checks.textstat_offline import _cmu, textstat
from pipeline.document.article import load_article

DOCUMENTS = sorted([*(REPO / "articles").glob("*.md"), *(REPO / "eval" / "drafts").glob("*.md")])
TEXTSTAT = {
    "flesch_reading_ease": textstat.flesch_reading_ease,
    "flesch_kincaid_grade": textstat.flesch_kincaid_grade,
    "smog_index": textstat.smog_index,
    "gunning_fog": textstat.gunning_fog,
    "coleman_liau_index": textstat.coleman_liau_index,
    "automated_readability_index": textstat.automated_readability_index,
    "dale_chall_readability_score": textstat.dale_chall_readability_score,
}


def _texts(path: Path) -> list[str]:
    article = load_article(path)
    texts = [readability.formula_text(article.prose_sentences)]
    texts += [readability.formula_text(sentences) for _, sentences in readability._sections(article)]
    return [t for t in texts if t]


def test_the_sample_is_the_repositorys_own_documents() -> None:
    assert len(DOCUMENTS) >= 20


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_single_pass_equals_textstat(path: Path) -> None:
    for text in _texts(path):
        figures = readability.formulas(readability.count_text(text))
        expected = {name: float(formula(text)) for name, formula in TEXTSTAT.items()}
        assert figures == expected, text[:200]
        counts = readability.count_text(text)
        assert counts.words == textstat.lexicon_count(text)
        assert counts.sentences == textstat.sentence_count(text)
        assert counts.syllables == textstat.syllable_count(text)


def test_odd_texts_equal_textstat() -> None:
    for text in ["", "Hi.", "It's O'Brien's 10-mg dose, isn't it? Yes!", "IT'S ‘quoted’ — non-drowsy... ok", "x''t 'tis naïve café"]:
        figures = readability.formulas(readability.count_text(text))
        assert figures == {name: float(formula(text)) for name, formula in TEXTSTAT.items()}, text


def test_word_level_helpers_equal_textstat() -> None:
    words = ["medication", "pharmacist", "gabapentin", "patient's", "it's", "non-drowsy", "Neurontin", "the", "xyzzyq", "IT'S"]
    for word in words:
        assert syllable_count(word) == textstat.syllable_count(word), word
        assert is_difficult(word) == textstat.is_difficult_word(word), word
    assert easy_words() == frozenset(_easy_from_textstat())


def _easy_from_textstat() -> set[str]:
    from textstat.backend.utils._get_lang_easy_words import get_lang_easy_words

    return get_lang_easy_words("en_US")


def test_compact_table_is_the_first_pronunciation_of_every_word() -> None:
    expected = {word: sum(1 for p in prons[0] if p[-1].isdigit()) for word, prons in _cmu().items()}
    assert syllable_table() == expected
    assert derive_table("a AH0\nab(2) EY1 B IY1\nab AE1 B\n# comment\n") == {"a": 1, "ab": 1}


def test_table_is_cached_and_reread(tmp_path: Path) -> None:
    code = "from pipeline.checks.syllables import syllable_table; print(len(syllable_table()), syllable_table()['medication'])"
    env = {"HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, check=True)
    cached = list((tmp_path / "cache" / "pipeline").glob("cmudict-syllables-*.txt"))
    assert len(cached) == 1
    second = subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, check=True)
    assert first.stdout == second.stdout
    assert first.stdout.split()[1] == "4"


def test_hyphenation_patterns_are_cached_and_give_pyphens_counts(tmp_path: Path) -> None:
    """Words the CMU table lacks are counted by pyphen: from its patterns parsed afresh in
    the first process, from the user cache in the next, with the same counts both times
    as pyphen's own hyphenator."""
    words = ["gabapentinoid", "pharmacokinetically", "hepatotoxicity", "tachyphylaxis", "xyzzyplonk"]
    assert not any(word in syllable_table() for word in words)
    code = (
        "import json, pyphen; from pipeline.checks.syllables import syllables; ws = "
        + repr(words)
        + "; print(json.dumps([[syllables(w) for w in ws], [len(pyphen.Pyphen(lang='en_US').positions(w)) + 1 for w in ws]]))"
    )
    env = {"HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, check=True)
    assert len(list((tmp_path / "cache" / "pipeline").glob("hyphenation-*.json"))) == 1
    second = subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, check=True)
    assert first.stdout == second.stdout  # the cached patterns hyphenate as the parsed ones
    ours, pyphens = json.loads(second.stdout)
    assert ours == pyphens


_PROBE = """
import json, sys
import pipeline.cli
sys.argv = ["pipeline", *sys.argv[1:]]
try:
    pipeline.cli.main()
except SystemExit:
    pass
print(json.dumps(sorted(name for name in ("nltk", "textstat") if name in sys.modules)))
"""


def test_a_check_imports_neither_nltk_nor_textstat(tmp_path: Path) -> None:
    (tmp_path / "pipeline.toml").write_text('[grammar]\nengine = "harper"\n', encoding="utf-8")
    (tmp_path / "draft.md").write_text("# Taking gabapentin\n\nGabapentin is a medication for nerve pain.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, "check", "--no-cache", "draft.md"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == [], proc.stderr
