"""Words the spelling check flags on the NIH corpus that appear in at least two
articles: candidates for checks/dictionary.txt (issue 17, part 3). Run from the repo
root, without the system medical list so the candidates help users who lack it:

    PIPELINE_MEDICAL_WORDS= .venv/bin/python bench/mine_corpus_words.py [--min-articles 2]

Prints one candidate a line (lower case) with the number of articles and an example.
Candidates still need reading: a misspelling the corpus repeats ("Crohns", "bodys")
must not go into the dictionary. The corpus is read in place, never copied.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from grammar_recall import grammar_context  # noqa: E402

from pipeline.checks.grammar import _grammar, locate_matches  # noqa: E402
from pipeline.document.article import load_article  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "medquad-300"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--min-articles", type=int, default=2)
    args = parser.parse_args()
    ctx = grammar_context()
    run = _grammar(ctx)
    articles: dict[str, set[str]] = collections.defaultdict(set)
    spelled: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for path in sorted(args.corpus.glob("[0-9]*.md")):
        article = load_article(path)
        for item in locate_matches(article, run):
            if item.match.spelling:
                word = item.unit.text[item.start : item.end]
                articles[word.lower()].add(path.name)
                spelled[word.lower()][word] += 1
    for word in sorted(articles):
        if len(articles[word]) >= args.min_articles:
            print(f"{word}\t{len(articles[word])}\t{spelled[word].most_common(1)[0][0]}\t{sorted(articles[word])[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
