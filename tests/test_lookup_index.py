"""Drug names by an Aho-Corasick automaton and condition patterns behind a literal
pre-filter (issue 15) find exactly what the plain regular expressions find: on the
repository's articles and evaluation drafts, and on generated text with the
characters that case folding and word boundaries make tricky."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conftest import REPO

from pipeline.concepts.drugs import DrugNames, get_names
from pipeline.config import load_config
from pipeline.document.article import load_article
from pipeline.knowledge.conditions import ConditionVocabulary, get_conditions, longest_first
from pipeline.knowledge.literals import required_literals
from pipeline.run.context import CheckContext
from pipeline.run.runner import make_context

DOCUMENTS = sorted([*(REPO / "articles").glob("*.md"), *(REPO / "eval" / "drafts").glob("*.md")])


@pytest.fixture(scope="module")
def ctx() -> CheckContext:
    return make_context(load_config(start=REPO))


def _regex_drugs(names: DrugNames, text: str) -> list[tuple[int, int, str]]:
    found = []
    for m in names.regex.finditer(text):
        key = m.group(0).lower()
        if key not in names.index:  # "ozempic pillſ": re.IGNORECASE folds the long s, lower() does not
            key = m.group(0).casefold()
        if key in names.capitalised and not m.group(0)[0].isupper():
            continue
        found.append((m.start(), m.end(), names.index[key]))
    return found


def _regex_conditions(vocab: ConditionVocabulary, text: str) -> list[tuple[int, int, str]]:
    """Every pattern on the whole text, without the literal pre-filter: the reference result."""
    return longest_first([(m.start(), m.end(), c.name) for c in vocab.conditions for p in c.patterns for m in p.finditer(text)])


def _texts() -> list[str]:
    texts = []
    for path in DOCUMENTS:
        article = load_article(path)
        texts += [unit.text for unit in article.units]
        texts += [sentence.text for sentence in article.sentences]
        texts.append(article.title)
    return texts


def test_same_matches_on_the_repositorys_documents(ctx: CheckContext) -> None:
    names, vocab = get_names(ctx), get_conditions(ctx)
    assert names.automaton is not None
    drugs = conditions = 0
    for text in _texts():
        expected = _regex_drugs(names, text)
        assert names.find(text) == expected, text
        drugs += len(expected)
        expected = _regex_conditions(vocab, text)
        assert vocab.find(text) == expected, text
        conditions += len(expected)
    assert drugs > 500 and conditions > 500


def test_same_matches_on_generated_text(ctx: CheckContext) -> None:
    names, vocab = get_names(ctx), get_conditions(ctx)
    rng = random.Random(15)
    words = [*names.index, "nerve pain", "anxiety disorders", "sleep apnea", "lying awake", "type 2 diabetes", "Parkinson's disease"]
    words += ["the", "for", "pain", "sleep", "stress", "mg", "10", "and", "xanaxx", "pre"]
    glue = [" ", " ", " ", "-", "_", ".", ", ", "(", ")", "’", "'", "", "é", "İ", "ı", "ſ", "K", "5", "\n"]
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 8)):
            word = rng.choice(words)
            word = rng.choice([word, word.upper(), word.title(), word.capitalize()])
            parts.append(word + rng.choice(glue))
        text = "".join(parts)
        assert names.find(text) == _regex_drugs(names, text), text
        assert vocab.find(text) == _regex_conditions(vocab, text), text


def test_required_literals() -> None:
    assert required_literals(r"\b(?:(generalized |social )?anxiety( disorders?)?)\b") == ["anxiety"]
    assert required_literals(r"\b(?:lie awake|lying awake)\b") == ["ie awake", "ying awake"]
    assert required_literals("sleep(?! apnea)") == ["sleep"]
    assert required_literals("(fall|falling|stay|staying) asleep") == [" asleep"]
    assert required_literals(r"\w+") is None
    assert required_literals("a|b*") is None
    assert required_literals("(") is None


def test_text_without_a_required_literal_skips_the_pattern(tmp_path: Path) -> None:
    from pipeline.knowledge.conditions import load_conditions

    lines = [
        "source: a test vocabulary written for this test",
        "conditions:",
        "  - {name: pain, patterns: ['(nerve |back )?pain', 'aches?']}",
        "  - {name: any, patterns: ['\\w+ache']}",
    ]
    (tmp_path / "conditions.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    vocab = load_conditions([tmp_path])
    assert vocab.find("Back pain and a headache") == [(0, 9, "pain"), (16, 24, "any")]
    assert vocab.find("BACK PAIN") == [(0, 9, "pain")]
