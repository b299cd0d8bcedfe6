"""Benchmark: Harper's own lint of the prose `pipeline check` gives it (the floor).

    .venv/bin/python bench/harper_floor.py                 # ../shared/corpus/medquad-300
    .venv/bin/python bench/harper_floor.py path/to/drafts

In a fresh process, in the current directory's project: the prose of every draft
is extracted first (not timed: that is the pipeline's work), then Harper's linter
is built with the project's rule choices and dictionary words and lints each
article's prose as one text (no chunking, no sandbox). The time of that, wall and
CPU, is what a checker built on Harper cannot go below; bench/run.py divides the
pipeline's one-process cold check by it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "medquad-300"


def _lint_all(corpus: Path) -> dict[str, Any]:
    from pipeline.checks.grammar.harper_engine import HarperEngine
    from pipeline.checks.grammar.select import build_engine
    from pipeline.checks.grammar.text import join_units
    from pipeline.config import load_config
    from pipeline.document.article import load_article
    from pipeline.run.runner import make_context

    ctx = make_context(load_config(start=Path.cwd()))
    texts = [join_units(load_article(path).prose_units).text for path in sorted(corpus.rglob("*.md"))]
    wall, cpu = time.perf_counter(), time.process_time()
    engine = build_engine(ctx.config, ctx.rules)
    if not isinstance(engine, HarperEngine):
        sys.exit("harper_floor: the project's grammar engine is not Harper")
    lints = 0
    for text in texts:
        if text:
            lints += sum(len(found) for found in engine.linter.organized_lints(text, language="plaintext").values())
    return {
        "seconds": time.perf_counter() - wall,
        "cpu_seconds": time.process_time() - cpu,
        "articles": len(texts),
        "words": sum(len(t.split()) for t in texts),
        "lints": lints,
        "harper": engine.description,
    }


def harper_floor(cwd: Path, corpus: Path) -> dict[str, Any]:
    """The floor measured in a fresh process in ``cwd`` (its project and PYTHONPATH)."""
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--json", str(corpus)], cwd=cwd, capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    args = parser.parse_args()
    result = _lint_all(args.corpus.resolve())
    if args.json:
        print(json.dumps(result))
    else:
        per_word = 1e6 * result["seconds"] / max(1, result["words"])
        print(
            f"Harper-only lint of {result['articles']} articles ({result['words']} words of prose): "
            f"{result['seconds']:.2f} s wall, {result['cpu_seconds']:.2f} s CPU ({per_word:.0f} µs per word), {result['lints']} lints"
        )


if __name__ == "__main__":
    main()
