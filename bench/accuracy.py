"""Accuracy of the claim checks on the team's evaluation set (eval/).

For every draft in eval/expected.yml: run the checks (readability and grammar
off: this measures the claim checklist) and compare with the annotations.

- An expected finding is caught when a finding of the same rule (warning or
  error) is reported for it: for the same drug and item (interaction, warning,
  condition) when both name one, else at its line (within LINE_SLACK lines) when
  the annotation gives one, else anywhere for the same drug.
- A false error is an error-severity finding that matches no expected finding.
  On a clean draft every error is false; `must_not` entries name the hard cases.

Usage: .venv/bin/python bench/accuracy.py [--set DIR] [--verbose] [--json FILE]
--set names the evaluation set: a directory with expected.yml and drafts/
(default eval; the held-out set is eval/holdout). Prints recall and false errors per family, then every miss and false error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.config import load_config  # noqa: E402
from pipeline.findings import Finding, Severity  # noqa: E402
from pipeline.knowledge.rules import load_rules  # noqa: E402
from pipeline.run.checker import check_path  # noqa: E402
from pipeline.run.context import CheckContext  # noqa: E402

EVAL = REPO / "eval"  # the default set (--set eval)
LINE_SLACK = 2
ITEM_KEYS = ("interaction", "warning", "condition", "misstatement")


@dataclass
class Expected:
    file: str
    rule: str
    drug: str | None
    item: str | None
    line: int | None
    note: str

    @property
    def family(self) -> str:
        return self.rule.split(".")[0]


def _matches(expected: Expected, finding: Finding) -> bool:
    """Same rule; then the same item (interaction, warning, condition) for the same
    drug when both name one, wherever it is reported (an off-label use is reported
    where it first appears, maybe the title); else the annotated line."""
    if finding.rule != expected.rule or finding.severity == Severity.INFO:
        return False
    drug = finding.extra.get("drug")
    # a drug is named by its generic or its facts file's stem ("amphetamine-mixed-salts")
    if expected.drug and drug and str(drug).replace(" ", "-") != expected.drug.replace(" ", "-"):
        return False
    named = [str(finding.extra[k]).lower() for k in ITEM_KEYS if k in finding.extra]
    if expected.item and named:
        item = expected.item.lower()
        return any(item in n or n in item for n in named)
    if expected.line is not None:
        return finding.line - LINE_SLACK <= expected.line <= finding.end_line + LINE_SLACK
    return True


def _eval_dir(name: str) -> Path | None:
    """The evaluation set directory: as given (from the current directory), else
    relative to the repository; None when it has no expected.yml and drafts/."""
    given = Path(name)
    for candidate in (given, REPO / given):
        if (candidate / "expected.yml").is_file() and (candidate / "drafts").is_dir():
            return candidate.resolve()
    return None


def _label(eval_dir: Path) -> str:
    try:
        return eval_dir.relative_to(REPO).as_posix()
    except ValueError:
        return str(eval_dir)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="also list every finding that matched")
    parser.add_argument("--json", type=Path, help="write the figures as JSON to this file")
    parser.add_argument(
        "--set",
        dest="eval_set",
        default="eval",
        metavar="DIR",
        help="evaluation set: a directory with expected.yml and drafts/ (default eval; held-out: eval/holdout)",
    )
    args = parser.parse_args()

    eval_dir = _eval_dir(args.eval_set)
    if eval_dir is None:
        print(f"--set {args.eval_set}: no expected.yml and drafts/ there", file=sys.stderr)
        return 2
    data = yaml.safe_load((eval_dir / "expected.yml").read_text(encoding="utf-8"))
    config = load_config(None, start=REPO)
    config.data["severity"] = {**config.data["severity"], "readability": "off", "grammar": "off"}
    ctx = CheckContext(config, load_rules(config.checks_dir))

    recall: Counter[str] = Counter()
    total: Counter[str] = Counter()
    false_errors: Counter[str] = Counter()
    clean_with_false_error = 0
    clean_drafts = 0
    misses: list[str] = []
    wrong: list[str] = []
    refused: list[str] = []
    for draft in data["drafts"]:
        result = check_path(eval_dir / "drafts" / draft["file"], ctx)
        if result.error:  # refused as unreadable input: every planted defect in it is missed
            refused.append(f"{draft['file']}: {result.error}")
        findings = [] if result.error else result.active()
        expected = [
            Expected(draft["file"], e["rule"], e.get("drug"), e.get("item"), e.get("line"), e.get("note", ""))
            for e in draft.get("expected") or []
        ]
        used: set[int] = set()
        for exp in expected:
            total[exp.family] += 1
            hit = next((i for i, f in enumerate(findings) if _matches(exp, f)), None)
            if hit is None:
                misses.append(f"{exp.file}:{exp.line or '-'}: missed {exp.rule} ({exp.drug}, {exp.item}): {exp.note}")
                continue
            recall[exp.family] += 1
            used.add(hit)
            if args.verbose:
                print(f"caught {exp.file}:{findings[hit].line}: {exp.rule}")
        extra_errors = [
            f
            for i, f in enumerate(findings)
            if f.severity == Severity.ERROR and i not in used and not any(_matches(e, f) for e in expected)
        ]
        if draft.get("clean"):
            clean_drafts += 1
            clean_with_false_error += bool(extra_errors)
        for f in extra_errors:
            false_errors[f.check] += 1
            wrong.append(f"{draft['file']}:{f.line}: false error {f.rule}: {f.message}")

    families = sorted(set(total) | set(false_errors))
    print(f"Claim-check accuracy on {_label(eval_dir)}/ ({len(data['drafts'])} drafts, {clean_drafts} clean)\n")
    print(f"{'family':<20}{'caught':>10}{'recall':>9}{'false errors':>14}")
    for family in families:
        rate = f"{recall[family] / total[family]:.0%}" if total[family] else "-"
        print(f"{family:<20}{f'{recall[family]}/{total[family]}':>10}{rate:>9}{false_errors[family]:>14}")
    caught, expected_total = sum(recall.values()), sum(total.values())
    print(f"{'all':<20}{f'{caught}/{expected_total}':>10}{caught / max(expected_total, 1):>9.0%}{sum(false_errors.values()):>14}")
    print(f"\nclean drafts with a false error: {clean_with_false_error} of {clean_drafts}")
    if refused:
        print(f"\nRefused as unreadable input ({len(refused)}; their defects count as missed):")
        print("\n".join(f"  {r}" for r in refused))
    if misses:
        print(f"\nMisses ({len(misses)}):")
        print("\n".join(f"  {m}" for m in misses))
    if wrong:
        print(f"\nFalse errors ({len(wrong)}):")
        print("\n".join(f"  {w}" for w in wrong))
    if args.json:
        figures: dict[str, Any] = {
            "families": {f: {"caught": recall[f], "expected": total[f], "false_errors": false_errors[f]} for f in families},
            "clean_with_false_error": clean_with_false_error,
            "clean_drafts": clean_drafts,
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
