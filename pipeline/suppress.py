"""Suppressions: `<!-- pipeline-ignore RULE: reason -->` before a block, and
front matter `ignore: [{rule, reason}]` for the whole file. RULE is a rule id or a
family name. Suppressed findings are kept, marked, so reports can show them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.article import Article
from pipeline.findings import Finding, Severity

_DIRECTIVE = re.compile(r"^pipeline-ignore\s+(?P<rule>[\w.-]+)\s*(?::\s*(?P<reason>.*\S))?\s*$", re.S)


@dataclass(frozen=True)
class Suppression:
    rule: str
    reason: str
    #: Source offsets the suppression covers; None means the whole file.
    start: int | None = None
    end: int | None = None

    def covers(self, finding: Finding, offset: int) -> bool:
        if self.rule not in (finding.rule, finding.check):
            return False
        return self.start is None or (self.start is not None and self.end is not None and self.start <= offset < self.end)


def collect_suppressions(article: Article) -> tuple[list[Suppression], list[Finding]]:
    """Suppressions in the draft, plus metadata findings for directives without a reason."""
    suppressions = [Suppression(item["rule"], item["reason"]) for item in article.meta.get("ignore", [])]
    problems: list[Finding] = []
    block_ranges: dict[int, tuple[int, int]] = {}
    for unit in article.units:
        if unit.offsets:
            start, end = block_ranges.get(unit.block, (unit.offsets[0], unit.offsets[-1] + 1))
            block_ranges[unit.block] = (min(start, unit.offsets[0]), max(end, unit.offsets[-1] + 1))
    for comment in article.prose.comments:
        match = _DIRECTIVE.match(comment.text)
        if not match:
            continue
        if not match.group("reason"):
            problems.append(
                article.finding_at_offsets(
                    comment.offset,
                    comment.offset + len(comment.text) + 7,
                    severity=Severity.ERROR,
                    check="metadata",
                    rule="metadata.ignore-reason",
                    message=f"pipeline-ignore {match.group('rule')} has no reason; nothing was suppressed",
                    suggestion=f"<!-- pipeline-ignore {match.group('rule')}: why this is safe to publish -->",
                )
            )
            continue
        _, end = block_ranges.get(comment.next_block, (comment.offset, comment.offset))
        suppressions.append(Suppression(match.group("rule"), match.group("reason"), comment.offset, end))
    return suppressions, problems


def apply_suppressions(article: Article, findings: list[Finding], suppressions: list[Suppression]) -> None:
    for finding in findings:
        offset = article.source.line_starts[finding.line - 1] + finding.column - 1
        for suppression in suppressions:
            if suppression.covers(finding, offset):
                finding.suppressed = True
                finding.suppression_reason = suppression.reason
                break
