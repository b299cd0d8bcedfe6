"""Grammar false positives on the real corpus: findings per 1,000 words.

The corpus (../shared/corpus/medquad-300/: 300 published NIH patient articles) is
edited text, so nearly every grammar finding on it is a false positive (a few are
real slips the corpus has: "bodys", "doesnt", "the the"). Run from the repo root:

    .venv/bin/python bench/grammar_fp.py            # with the vocabulary and rule choices
    .venv/bin/python bench/grammar_fp.py --before   # Harper alone: no vocabulary, no rules off

Prints one row per Harper rule (with the rule id it maps to), the total per 1,000
words, and the time per article. The corpus is read in place, never copied.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.checks.grammar import GrammarRun, RuleMap, locate_matches  # noqa: E402
from pipeline.checks.grammar.select import build_engine  # noqa: E402
from pipeline.config import load_config  # noqa: E402
from pipeline.document.article import load_article  # noqa: E402
from pipeline.knowledge.rules import load_rules  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "medquad-300"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--before", action="store_true", help="Harper without the medical vocabulary and without the project's harper_off choices"
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--examples", type=int, default=0, help="show N example excerpts per rule")
    args = parser.parse_args()

    config = load_config(REPO / "pyproject.toml", overrides={"grammar.engine": "harper"})
    rules = load_rules(config.knowledge_dirs)
    started = time.perf_counter()
    engine = build_engine(config, rules, project_choices=not args.before)
    setup = time.perf_counter() - started
    run = GrammarRun(engine, RuleMap.from_rules(rules))

    paths = sorted(args.corpus.glob("[0-9]*.md"))[: args.limit or None]  # not ATTRIBUTION.md
    if not paths:
        print(f"no articles in {args.corpus}", file=sys.stderr)
        return 2
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    words = 0
    started = time.perf_counter()
    for path in paths:
        article = load_article(path)
        words += article.word_count
        for item in locate_matches(article, run):
            counts[(item.match.engine_rule, item.rule_id)] += 1
            if len(examples[item.match.engine_rule]) < args.examples:
                examples[item.match.engine_rule].append(item.unit.text[item.start : item.end])
    elapsed = time.perf_counter() - started

    total = sum(counts.values())
    print(
        f"engine: {engine.description}; {'BEFORE (no vocabulary, no rules off)' if args.before else 'AFTER (vocabulary and rule choices)'}"
    )
    print(f"{len(paths)} articles, {words} words; engine set-up {setup:.1f} s, {1000 * elapsed / len(paths):.0f} ms per article\n")
    print(f"{'Harper rule':<28} {'rule id':<20} {'findings':>8} {'per 1k words':>12}")
    for (harper_rule, rule_id), count in counts.most_common():
        shown = f"  e.g. {', '.join(examples[harper_rule])}" if examples[harper_rule] else ""
        print(f"{harper_rule:<28} {rule_id:<20} {count:>8} {1000 * count / words:>12.2f}{shown}")
    print(f"{'TOTAL':<28} {'':<20} {total:>8} {1000 * total / words:>12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
