"""Running the checks on one article: every rule's type code, then configured
severities, then suppressions. Returns one FileResult per input path."""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator
from concurrent import futures
from contextlib import contextmanager
from pathlib import Path

from pipeline.document.article import Article, parse_article
from pipeline.document.source import SourceText, decode_article, read_draft_bytes
from pipeline.errors import EngineFailed, PipelineError, Superseded
from pipeline.findings import FAMILIES, FileResult, Finding, Severity
from pipeline.knowledge.rules import RULE_TYPES
from pipeline.run.context import CheckContext
from pipeline.run.suppress import apply_suppressions, collect_suppressions


def check_article(article: Article, ctx: CheckContext) -> FileResult:
    from pipeline.checks.grammar import prefetch
    from pipeline.checks.readability import measure

    findings: list[Finding] = []
    ctx.engines.clear()
    pending = None
    try:
        try:
            pending = prefetch(article, ctx)  # Harper lints in a thread while the rules below run
        except PipelineError:  # the engine cannot be built: the grammar rule says so in its turn, after
            pass  # the rules before it (a broken facts file's own error, with its line, comes first)
        rules = list(ctx.rules)
        if pending is not None:  # what needs Harper's matches last, the rest while it lints
            rules.sort(key=lambda rule: RULE_TYPES[rule.type].uses_engine)
        for rule in rules:
            if ctx.superseded is not None and ctx.superseded():
                raise Superseded
            if ctx.config.severity_for(rule.id, rule.family, rule.severity) == "off":
                continue
            findings.extend(RULE_TYPES[rule.type].run(article, rule, ctx))
    except EngineFailed as exc:  # an engine crashed or ran out of time on this article: its error, the run goes on
        return FileResult(article.path, error=str(exc), engines=dict(ctx.engines))
    finally:
        if pending is not None:
            futures.wait([pending])  # never two lints on one linter: a check that failed early waits for its own
    known = {rule.id for rule in ctx.rules} | set(FAMILIES) | set(ctx.rules.families) | {finding.rule for finding in findings}
    suppressions, problems = collect_suppressions(article, ctx.rules, known)
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


@contextmanager
def _collected_after() -> Iterator[None]:
    """No cycle collection while one draft is checked, the youngest generation collected
    after it. An article's analyses hold cycles (a unit and its sentences, a mention and
    its unit, recursive local parsers) that only the collector frees; collecting mid-check
    walked all of the article's live analyses again and again (0.5 s of CPU on the NIH
    corpus in one process, about half of that after the check, when only the garbage and
    the result are young)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.collect(0)  # before enabling: it also resets the count that would trigger another at once
        gc.enable()


def check_path(path: Path, ctx: CheckContext) -> FileResult:
    """Check one file, read once; an unreadable or malformed file becomes a FileResult
    with an error. The result carries the SHA-256 of the bytes checked."""
    shown = str(path)
    with _collected_after():
        try:
            data = read_draft_bytes(path)
            article = parse_article(SourceText.from_text(shown, decode_article(data, shown)))
        except PipelineError as exc:
            return FileResult(shown, error=str(exc))
        result = check_article(article, ctx)
        del article  # its cycles are garbage for the collection on the way out
    result.sha256 = hashlib.sha256(data).hexdigest()
    return result


def check_source(source: SourceText, ctx: CheckContext) -> FileResult:
    """Check a draft already read (standard input); a malformed one becomes a FileResult with an error."""
    try:
        article = parse_article(source)
    except PipelineError as exc:
        return FileResult(source.path, error=str(exc))
    return check_article(article, ctx)
