"""Grammar false positives on the real corpus: findings per 1,000 words.

The corpus (../shared/corpus/medquad-300/: 300 published NIH patient articles) is
edited text, so nearly every grammar finding on it is a false positive (a few are
real slips the corpus has: "bodys", "doesnt", "the the"). Run from the repo root:

    .venv/bin/python bench/grammar_fp.py            # with the vocabulary and rule choices
    .venv/bin/python bench/grammar_fp.py --before   # Harper alone: no vocabulary, no rules off
    .venv/bin/python bench/grammar_fp.py --without-system-list   # as CI and most users:
        # the system hunspell-en-med list (read when installed) is not read

Prints one row per Harper rule (with the rule id it maps to) and per rule of the
patient-text pack (checks/rules/grammar-patient.yml, engine rule "-"), the total
per 1,000 words, and the time per article; then the recall on the annotated slips
(eval/grammar-slips.yml, see bench/grammar_recall.py) with the same engine and
rules. The corpus is read in place, never copied.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from grammar_recall import grammar_findings, print_score, score  # noqa: E402

from pipeline.checks.grammar import GrammarRun, RuleMap  # noqa: E402
from pipeline.checks.grammar.select import build_engine  # noqa: E402
from pipeline.config import load_config  # noqa: E402
from pipeline.document.article import load_article  # noqa: E402
from pipeline.knowledge.initialisms import Initialisms, load_initialisms  # noqa: E402
from pipeline.knowledge.medical_words import LIST_ENV, medical_list_path  # noqa: E402
from pipeline.knowledge.rules import RuleSet, load_rules  # noqa: E402
from pipeline.run.context import CheckContext  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "medquad-300"
SLIPS = REPO / "eval" / "grammar-slips.yml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--before", action="store_true", help="Harper without the medical vocabulary and without the project's harper_off choices"
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--examples", type=int, default=0, help="show N example excerpts per rule")
    parser.add_argument("--no-recall", action="store_true", help="skip the recall on eval/grammar-slips.yml")
    parser.add_argument(
        "--without-system-list",
        action="store_true",
        help="do not read the system medical word list (hunspell-en-med) even when it is installed",
    )
    args = parser.parse_args()
    if args.without_system_list:
        os.environ[LIST_ENV] = ""

    config = load_config(REPO / "pyproject.toml", overrides={"grammar.engine": "harper"})
    rules = load_rules(config.knowledge_dirs)
    started = time.perf_counter()
    engine = build_engine(config, rules, project_choices=not args.before)
    setup = time.perf_counter() - started
    run = GrammarRun(engine, RuleMap.from_rules(rules), load_initialisms(config.knowledge_dirs) if not args.before else Initialisms())
    if args.before:  # the engine alone: no patient-text pack either
        rules = RuleSet({rule.id: rule for rule in rules if rule.type == "grammar"}, rules.families)
    ctx = CheckContext(config, rules)
    ctx.resource("grammar", lambda: run)

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
        for finding in grammar_findings(article, ctx):
            engine_rule = finding.extra.get("engine_rule", "-")
            counts[(engine_rule, finding.rule)] += 1
            key = engine_rule if engine_rule != "-" else finding.rule
            if len(examples[key]) < args.examples:
                examples[key].append(finding.excerpt)
    elapsed = time.perf_counter() - started

    total = sum(counts.values())
    print(
        f"engine: {engine.description}; {'BEFORE (no vocabulary, no rules off)' if args.before else 'AFTER (vocabulary and rule choices)'}"
    )
    print(f"system medical list: {medical_list_path() or 'not read'}")
    print(f"{len(paths)} articles, {words} words; engine set-up {setup:.1f} s, {1000 * elapsed / len(paths):.0f} ms per article\n")
    print(f"{'Harper rule':<28} {'rule id':<20} {'findings':>8} {'per 1k words':>12}")
    for (harper_rule, rule_id), count in counts.most_common():
        key = harper_rule if harper_rule != "-" else rule_id
        shown = f"  e.g. {', '.join(examples[key])}" if examples[key] else ""
        print(f"{harper_rule:<28} {rule_id:<20} {count:>8} {1000 * count / words:>12.2f}{shown}")
    print(f"{'TOTAL':<28} {'':<20} {total:>8} {1000 * total / words:>12.2f}")
    pack = sorted({rule.id for rule in rules if rule.family == "grammar" and rule.type != "grammar"})
    if pack:
        print(f"\npatient-text pack: {len(pack)} rules; per rule, findings per 1,000 words (target < 0.05):")
        for rule_id in pack:
            count = counts[("-", rule_id)]
            print(f"  {rule_id:<30} {count:>5} {1000 * count / words:>8.3f}{'  OVER' if 1000 * count / words >= 0.05 else ''}")
    if not args.no_recall:
        print(f"\nrecall on {SLIPS.relative_to(REPO)}:")
        print_score(score(ctx), by_kind=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
