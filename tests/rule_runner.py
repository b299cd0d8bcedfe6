"""One rule of the repository's checks run on a short article about one drug: what the
class tests (`test_*_holdout*.py`) assert on, without a project on disk."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, Project

from pipeline.config import load_config
from pipeline.document.article import parse_article
from pipeline.document.source import SourceText
from pipeline.findings import Finding
from pipeline.knowledge.rules import RULE_TYPES, load_rules
from pipeline.run.context import CheckContext


@cache
def context() -> CheckContext:
    """The repository's configuration and rules, loaded once per test process."""
    import pipeline.checks  # noqa: F401  (registers the rule types)

    config = load_config(start=REPO)
    return CheckContext(config, load_rules(config.knowledge_dirs))


def run_rule(drug: str, body: str, rule_id: str) -> list[Finding]:
    """The findings of ``rule_id`` in an article about ``drug`` whose body is ``body``."""
    ctx = context()
    rule = next(r for r in ctx.rules if r.id == rule_id)
    article = parse_article(SourceText.from_text("a.md", f"---\ndrugs: [{drug}]\n---\n# {drug.title()}\n\n{body}\n"))
    return list(RULE_TYPES[rule.type].run(article, rule, ctx))


def findings(drug: str, body: str, rule_id: str) -> list[str]:
    """The severity of each finding of ``rule_id`` in an article about ``drug`` whose body is ``body``."""
    return [f.severity.value for f in run_rule(drug, body, rule_id)]


def check_cases(
    tmp_path_factory: pytest.TempPathFactory, cases: list[tuple[str, str]], rules: tuple[str, ...], off: tuple[str, ...]
) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """Every (drug, body) case written as an article and checked in one `pipeline check`
    run (families ``off`` switched off): each case's findings of ``rules`` as (rule, item,
    severity), the item being the misstatement, warning or interaction id."""
    root = tmp_path_factory.mktemp("cases")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PIPELINE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        mp.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
        project = Project(root)
        switched = "".join(f'"{family}" = "off"\n' for family in off)
        project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[severity]\n{switched}')
        for index, (drug, body) in enumerate(cases):
            project.write(f"c{index:03}.md", f"---\ntitle: Case\ndrugs: [{drug}]\n---\n# About the medicine\n\n{body}\n", dedent=False)
        _, report = project.check_json()
    by_name: dict[str, list[dict[str, Any]]] = {Path(f["path"]).name: f["findings"] for f in report["files"]}
    return {
        case: [
            (f["rule"], f["extra"].get("misstatement") or f["extra"].get("warning") or f["extra"].get("interaction", ""), f["severity"])
            for f in by_name[f"c{index:03}.md"]
            if f["rule"] in rules
        ]
        for index, case in enumerate(cases)
    }
