"""Every rule's own examples, for ALL rule packs in checks/rules/*.yml (whoever wrote them):
each `fail` example, written as an article, must produce a finding of that rule, and
each `pass` example must not.

An example becomes the body of an article with front matter `drugs:` from the rule's
`example_drugs` option (if any); an example that starts with `---` is a whole article
with its own front matter. Rules with `examples_runnable: false` (examples that cannot
stand alone, such as grade rules that need 100+ words) are skipped. All examples are
checked in one run, on a fixed date (SOURCE_DATE_EPOCH = 2026-11-28) so that date rules
are reproducible.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO, run_cli

EPOCH = "1795824000"  # 2026-11-28 00:00 UTC


def _cases() -> list[tuple[str, str, int, str, list[str]]]:
    cases = []
    for path in sorted((REPO / "checks" / "rules").glob("*.yml")):
        for rule in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]:
            if rule.get("examples_runnable", True) is False:
                continue
            for kind in ("fail", "pass"):
                for index, example in enumerate((rule.get("examples") or {}).get(kind, [])):
                    cases.append((rule["id"], kind, index, example, rule.get("example_drugs") or []))
    return cases


CASES = _cases()


def article_text(example: str, drugs: list[str]) -> str:
    if example.startswith("---\n"):
        return example if example.endswith("\n") else example + "\n"
    front = f"---\ndrugs: [{', '.join(drugs)}]\n---\n" if drugs else ""
    return front + example + "\n"


def file_name(rule_id: str, kind: str, index: int) -> str:
    return f"{rule_id}--{kind}-{index}.md"


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    root = tmp_path_factory.mktemp("examples")
    (root / "pipeline.toml").write_text(f'checks_dir = "{(REPO / "checks").as_posix()}"\njobs = 1\n', encoding="utf-8")
    (root / "articles").mkdir()
    for rule_id, kind, index, example, drugs in CASES:
        (root / "articles" / file_name(rule_id, kind, index)).write_text(article_text(example, drugs), encoding="utf-8")
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        result = run_cli("check", "--format", "json", "articles", cwd=root)
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    report = result.json()
    by_file = {Path(f["path"]).name: f for f in report["files"]}
    errors = {name: f["error"] for name, f in by_file.items() if f.get("error")}
    assert not errors, f"example articles could not be checked: {errors}"
    return {name: f["findings"] for name, f in by_file.items()}


def test_rule_packs_have_examples() -> None:
    ids = {case[0] for case in CASES}
    assert {"disclaimer.missing", "unsupported-claim.absolute", "promotional.boilerplate", "metadata.reviewer"} <= ids


@pytest.mark.parametrize(
    ("rule_id", "kind", "index", "example", "drugs"),
    CASES,
    ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES],
)
def test_rule_example(results, rule_id: str, kind: str, index: int, example: str, drugs: list[str]) -> None:
    findings = results[file_name(rule_id, kind, index)]
    hits = [f for f in findings if f["rule"] == rule_id and not f["suppressed"]]
    if kind == "fail":
        assert hits, f"fail example of {rule_id} produced no {rule_id} finding:\n{example}\nfindings: {[f['rule'] for f in findings]}"
    else:
        assert not hits, f"pass example of {rule_id} produced: {[(f['line'], f['column'], f['message']) for f in hits]}\n{example}"
