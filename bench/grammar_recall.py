"""Grammar recall on the annotated patient-text slips (eval/grammar-slips.yml).

Each slip sentence is checked on its own, as a one-paragraph article, by every rule
of the ``grammar`` family (the engine's rules and the patient-text pack). A slip is
CAUGHT when some grammar finding overlaps the first occurrence of ``slip`` in its
sentence; "fixed right" when such a finding's suggestion or replacements contain
``fix``. Any grammar finding on a ``clean:`` sentence is a false alarm. Run from the
repo root:

    .venv/bin/python bench/grammar_recall.py                  # Harper (offline default)
    .venv/bin/python bench/grammar_recall.py --missed         # list the slips not caught
    .venv/bin/python bench/grammar_recall.py --engine languagetool --languagetool-url URL

bench/grammar_fp.py prints the same summary next to the corpus false-alarm rate.
"""

from __future__ import annotations

import argparse
import collections
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.config import load_config  # noqa: E402
from pipeline.document.article import parse_article  # noqa: E402
from pipeline.document.source import SourceText  # noqa: E402
from pipeline.findings import Finding  # noqa: E402
from pipeline.knowledge.rules import RULE_TYPES, RuleSet, load_rules  # noqa: E402
from pipeline.run.context import CheckContext  # noqa: E402

SLIPS = REPO / "eval" / "grammar-slips.yml"
FAMILY = "grammar"


def grammar_context(overrides: dict[str, Any] | None = None) -> CheckContext:
    """A check context with the project's configuration (Harper unless overridden) and rules."""
    config = load_config(REPO / "pyproject.toml", overrides={"grammar.engine": "harper", **(overrides or {})})
    rules = load_rules(config.knowledge_dirs)
    return CheckContext(config, rules)


def grammar_rules(rules: RuleSet) -> list[Any]:
    return [rule for rule in rules if rule.family == FAMILY]


def grammar_findings(article: Any, ctx: CheckContext) -> list[Finding]:
    """Every finding of every grammar-family rule on ``article``."""
    found: list[Finding] = []
    for rule in grammar_rules(ctx.rules):
        found.extend(RULE_TYPES[rule.type].run(article, rule, ctx))
    return found


@dataclass
class Outcome:
    id: str
    kind: str
    text: str
    caught: bool
    fixed: bool
    findings: list[Finding]


@dataclass
class Score:
    slips: list[Outcome] = field(default_factory=list)
    clean: list[Outcome] = field(default_factory=list)

    @property
    def caught(self) -> int:
        return sum(o.caught for o in self.slips)

    @property
    def fixed(self) -> int:
        return sum(o.fixed for o in self.slips)

    @property
    def false_alarms(self) -> list[Outcome]:
        return [o for o in self.clean if o.findings]

    def by_kind(self) -> dict[str, tuple[int, int]]:
        table: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
        for outcome in self.slips:
            table[outcome.kind][0] += outcome.caught
            table[outcome.kind][1] += 1
        return {kind: (c, n) for kind, (c, n) in sorted(table.items())}


def _check_text(text: str, ctx: CheckContext, name: str) -> tuple[SourceText, list[Finding]]:
    source = SourceText.from_text(name, text + "\n")
    article = parse_article(source)
    return source, grammar_findings(article, ctx)


def _overlaps(finding: Finding, start: tuple[int, int], end: tuple[int, int]) -> bool:
    """Does the finding's [line:col, end_line:end_col) overlap [start, end)?"""
    return (finding.line, finding.column) < end and start < (finding.end_line, finding.end_column)


def score(ctx: CheckContext, path: Path = SLIPS) -> Score:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    result = Score()
    for slip in data["slips"]:
        source, findings = _check_text(slip["text"], ctx, f"{slip['id']}.md")
        at = slip["text"].index(slip["slip"])
        start, end = source.position(at), source.position(at + len(slip["slip"]))
        hits = [f for f in findings if _overlaps(f, start, end)]
        fix = slip["fix"]
        fixed = any(
            f.suggestion == fix or fix in (f.extra.get("replacements") or []) or (f.suggestion or "").endswith(f"“{fix}”") for f in hits
        )
        result.slips.append(Outcome(slip["id"], slip["kind"], slip["text"], bool(hits), fixed, findings))
    for clean in data["clean"]:
        _, findings = _check_text(clean["text"], ctx, f"{clean['id']}.md")
        result.clean.append(Outcome(clean["id"], clean["near"], clean["text"], False, False, findings))
    return result


def print_score(result: Score, *, missed: bool = False, by_kind: bool = True) -> None:
    n = len(result.slips)
    print(
        f"slips caught: {result.caught}/{n} = {100 * result.caught / n:.1f} % "
        f"(fixed right: {result.fixed}/{n}); "
        f"clean sentences flagged: {len(result.false_alarms)}/{len(result.clean)}"
    )
    if by_kind:
        print(f"\n{'kind':<26} {'caught':>8}")
        for kind, (c, total) in result.by_kind().items():
            print(f"{kind:<26} {c:>3}/{total:<4}")
    if result.false_alarms:
        print("\nfalse alarms on clean sentences:")
        for o in result.false_alarms:
            rules = ", ".join(f"{f.rule} “{f.excerpt}”" for f in o.findings)
            print(f"  {o.id} ({o.kind}): {o.text!r}: {rules}")
    if missed:
        print("\nslips not caught:")
        for o in result.slips:
            if not o.caught:
                print(f"  {o.id} ({o.kind}): {o.text!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["harper", "languagetool"], default="harper")
    parser.add_argument("--languagetool-url", default=None)
    parser.add_argument("--missed", action="store_true", help="list the slips not caught")
    parser.add_argument("--slips", type=Path, default=SLIPS)
    args = parser.parse_args()
    overrides: dict[str, Any] = {"grammar.engine": args.engine}
    if args.languagetool_url:
        overrides["grammar.languagetool_url"] = args.languagetool_url
    ctx = grammar_context(overrides)
    print_score(score(ctx, args.slips), missed=args.missed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
