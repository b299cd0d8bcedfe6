"""False positives of the claim-checklist families on a corpus of published articles.

The NIH MedlinePlus/MedQuAD articles in ../shared/corpus/medquad-300 are reviewed,
published patient education: nearly every claim finding on them is a false positive
(except the families that look at what those articles lack by design: no front matter,
so no reviewer, date or references; no disclaimer). The corpus is read in place, never
written or copied. Grammar and readability are not claim families and are skipped.

    .venv/bin/python bench/claims_fp.py                     # ../shared/corpus/medquad-300
    .venv/bin/python bench/claims_fp.py path/to/drafts      # any directory of *.md
    .venv/bin/python bench/claims_fp.py --show unsupported-claim   # list every finding of a family or rule
    .venv/bin/python bench/claims_fp.py --json              # machine-readable figures
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.config import load_config  # noqa: E402
from pipeline.findings import FAMILIES  # noqa: E402
from pipeline.knowledge.rules import load_rules  # noqa: E402
from pipeline.run.checker import check_path  # noqa: E402
from pipeline.run.context import CheckContext  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "medquad-300"
NOT_CLAIMS = ("readability", "grammar")
CLAIM_FAMILIES = tuple(f for f in FAMILIES if f not in NOT_CLAIMS)


def corpus_files(corpus: Path) -> list[Path]:
    """The articles: every *.md except the corpus's own ATTRIBUTION/README files."""
    return sorted(p for p in corpus.glob("*.md") if p.stem.upper() not in ("ATTRIBUTION", "README"))


def measure(corpus: Path) -> dict[str, Any]:
    config = load_config(start=REPO, overrides={"severity": {family: "off" for family in NOT_CLAIMS}})
    ctx = CheckContext(config, load_rules(config.knowledge_dirs))
    files = corpus_files(corpus)
    by_rule: Counter[str] = Counter()
    files_by_rule: dict[str, set[str]] = {}
    findings: list[dict[str, Any]] = []
    words = 0
    errors = []
    start = time.perf_counter()
    for path in files:
        result = check_path(path, ctx)
        if result.error:
            errors.append(result.error)
            continue
        words += result.words
        for finding in result.findings:
            if finding.check in NOT_CLAIMS:
                continue
            by_rule[finding.rule] += 1
            files_by_rule.setdefault(finding.rule, set()).add(path.name)
            findings.append({**finding.to_dict(), "path": path.name})
    seconds = time.perf_counter() - start
    families: dict[str, dict[str, Any]] = {}
    for family in CLAIM_FAMILIES:
        rules = {r.id for r in ctx.rules if r.family == family} | {r for r in by_rule if r.split(".")[0] == family}
        count = sum(by_rule[r] for r in rules)
        touched = set().union(*(files_by_rule.get(r, set()) for r in rules)) if rules else set()
        families[family] = {
            "findings": count,
            "files": len(touched),
            "per_1000_words": round(1000 * count / words, 3) if words else 0.0,
            "rules": {
                r: {
                    "findings": by_rule[r],
                    "files": len(files_by_rule.get(r, ())),
                    "per_1000_words": round(1000 * by_rule[r] / words, 3) if words else 0.0,
                }
                for r in sorted(rules)
            },
        }
    return {
        "corpus": str(corpus),
        "files": len(files),
        "words": words,
        "seconds": round(seconds, 1),
        "input_errors": errors,
        "families": families,
        "findings": findings,
    }


def print_table(figures: dict[str, Any]) -> None:
    print(f"{figures['files']} files, {figures['words']} words, {figures['seconds']} s: {figures['corpus']}")
    for error in figures["input_errors"]:
        print(f"  input error: {error}")
    print(f"{'family / rule':<38} {'findings':>8} {'files':>6} {'per 1k words':>12}")
    for family, data in figures["families"].items():
        print(f"{family:<38} {data['findings']:>8} {data['files']:>6} {data['per_1000_words']:>12.3f}")
        for rule, r in data["rules"].items():
            print(f"  {rule:<36} {r['findings']:>8} {r['files']:>6} {r['per_1000_words']:>12.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", metavar="FAMILY_OR_RULE", help="print every finding of this family or rule")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"claims_fp: corpus not found: {args.corpus}")
    figures = measure(args.corpus)
    shown = [f for f in figures["findings"] if args.show in (f["rule"], f["check"])] if args.show else []
    if args.json:
        print(json.dumps({k: v for k, v in figures.items() if k != "findings"}, indent=2))
    else:
        print_table(figures)
    for f in shown:
        print(f"{f['path']}:{f['line']}:{f['column']}: [{f['rule']}] {f['message']} | {f['excerpt']}")


if __name__ == "__main__":
    main()
