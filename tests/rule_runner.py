"""One rule of the repository's checks run on a short article about one drug: what the
class tests (`test_*_holdout*.py`) assert on, without a project on disk."""

from __future__ import annotations

from functools import cache

from conftest import REPO

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
