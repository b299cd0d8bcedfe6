"""Running the checks on one article: every rule's type code, then configured
severities, then suppressions. Returns one FileResult per input path."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.document.article import Article, load_article
from pipeline.run.context import CheckContext
from pipeline.errors import PipelineError
from pipeline.findings import FAMILIES, Finding, Severity
from pipeline.knowledge.rules import RULE_TYPES
from pipeline.run.suppress import apply_suppressions, collect_suppressions


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    readability: dict[str, Any] = field(default_factory=dict)
    engines: dict[str, str] = field(default_factory=dict)
    #: A one-line input error (the file could not be checked); exit code 2.
    error: str | None = None
    words: int = 0

    def active(self) -> list[Finding]:
        return [f for f in self.findings if not f.suppressed]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.active() if f.severity == severity)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": self.path,
            "findings": [f.to_dict() for f in self.findings],
            "readability": self.readability,
            "engines": self.engines,
        }
        if self.error:
            data["error"] = self.error
        return data


def check_article(article: Article, ctx: CheckContext) -> FileResult:
    from pipeline.checks.readability import measure

    findings: list[Finding] = []
    ctx.engines.clear()
    for rule in ctx.rules:
        if ctx.config.severity_for(rule.id, rule.family, rule.severity) == "off":
            continue
        findings.extend(RULE_TYPES[rule.type].run(article, rule, ctx))
    known = {rule.id for rule in ctx.rules} | set(FAMILIES) | {finding.rule for finding in findings}
    suppressions, problems = collect_suppressions(article, known)
    findings.extend(problems)  # metadata.ignore-reason: configured severities apply to it too
    kept: list[Finding] = []
    for finding in findings:
        severity = ctx.config.severity_for(finding.rule, finding.check, finding.severity.value)
        if severity == "off":
            continue
        finding.severity = Severity(severity)
        kept.append(finding)
    apply_suppressions(article, kept, suppressions)
    kept.sort(key=lambda f: f.sort_key)
    return FileResult(
        article.path,
        kept,
        readability=measure(article, ctx.config).to_dict(),
        engines=dict(ctx.engines),
        words=article.word_count,
    )


def check_path(path: Path, ctx: CheckContext) -> FileResult:
    """Check one file; an unreadable or malformed file becomes a FileResult with an error."""
    try:
        article = load_article(path)
    except PipelineError as exc:
        return FileResult(str(path), error=str(exc))
    return check_article(article, ctx)
