"""Suppressions: `<!-- pipeline-ignore RULE: reason -->` before a block, and
front matter `ignore: [{rule, reason}]` for the whole file. RULE is a rule id or a
family name. Suppressed findings are kept, marked, so reports can show them."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from pipeline.document.article import Article, Offsets
from pipeline.document.prose import Comment
from pipeline.findings import Finding
from pipeline.knowledge.rules import RuleSet

#: The rule of the finding for a directive without a reason (its YAML entry is in checks/rules/metadata.yml).
REASON_RULE = "metadata.ignore-reason"
#: The rule of the finding for a directive naming no known rule or family.
UNKNOWN_RULE = "metadata.ignore-unknown-rule"
#: Unit kinds whose Markdown block (list, table, quote) spans several prose blocks.
_MULTI_BLOCK_KINDS = ("list_item", "table_cell", "blockquote")
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


def _block_ranges(article: Article) -> dict[int, tuple[int, int, str]]:
    """Source range and unit kind of every prose block, by block index."""
    ranges: dict[int, tuple[int, int, str]] = {}
    for unit in article.units:
        if unit.offsets:
            start, end, kind = ranges.get(unit.block, (unit.offsets[0], unit.offsets[-1] + 1, unit.kind))
            ranges[unit.block] = (min(start, unit.offsets[0]), max(end, unit.offsets[-1] + 1), kind)
    return ranges


def _covered_end(comment: Comment, ranges: dict[int, tuple[int, int, str]], comment_offsets: list[int]) -> int:
    """End offset of what a directive covers.

    Inside a paragraph, the rest of that paragraph. Before a block, the next Markdown
    block: a paragraph or heading, or a whole list, table or block quote (the prose
    model splits those into one block per item or row, so consecutive blocks of the
    same kind are taken together, up to the next comment)."""
    current = ranges.get(comment.next_block - 1)
    if current and current[0] <= comment.offset < current[1]:
        return current[1]
    first = ranges.get(comment.next_block)
    if first is None:
        return comment.offset
    _, end, kind = first
    block = comment.next_block + 1
    while kind in _MULTI_BLOCK_KINDS and block in ranges and ranges[block][2] == kind:
        start, next_end, _ = ranges[block]
        if any(end <= offset < start for offset in comment_offsets):
            break
        end, block = next_end, block + 1
    return end


def _builtin_finding(article: Article, rules: RuleSet, rule_id: str, place: Offsets, message: str, suggestion: str) -> Finding | None:
    """A finding of one of the builtin metadata rules (None if a rule pack left it out)."""
    rule = rules.get(rule_id)
    return rule.finding(article, place, message, suggestion=suggestion) if rule else None


def _unknown(article: Article, rules: RuleSet, name: str, known: set[str], start: int, end: int) -> Finding | None:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    return _builtin_finding(
        article,
        rules,
        UNKNOWN_RULE,
        Offsets(start, end),
        f"pipeline-ignore names '{name}', which is no rule id or family: it suppresses nothing",
        f"did you mean '{close[0]}'?" if close else "see `pipeline rules` for the rule ids",
    )


def collect_suppressions(article: Article, rules: RuleSet, known: set[str]) -> tuple[list[Suppression], list[Finding]]:
    """Suppressions in the draft, plus metadata findings for directives without a
    reason and for directives naming a rule that does not exist (``known``: every
    rule id and family name)."""
    suppressions = [Suppression(item["rule"], item["reason"]) for item in article.meta.get("ignore", [])]
    problems: list[Finding | None] = []
    ignore_line = article.front_matter.line_of("ignore")
    for index, item in enumerate(article.meta.get("ignore", [])):
        if item["rule"] not in known:
            line = article.front_matter.located.line_of(("ignore", index, "rule")) if article.front_matter.located else ignore_line or 1
            start = article.source.line_starts[line - 1]
            problems.append(_unknown(article, rules, item["rule"], known, start, start + len(article.source.line_text(line))))
    ranges = _block_ranges(article)
    comment_offsets = [c.offset for c in article.prose.comments]
    for comment in article.prose.comments:
        match = _DIRECTIVE.match(comment.text)
        if not match:
            continue
        if not match.group("reason"):
            close = article.source.text.find("-->", comment.offset)
            problems.append(
                _builtin_finding(
                    article,
                    rules,
                    REASON_RULE,
                    Offsets(comment.offset, close + 3 if close != -1 else comment.offset + len(comment.text)),
                    f"pipeline-ignore {match.group('rule')} has no reason; nothing was suppressed",
                    f"<!-- pipeline-ignore {match.group('rule')}: why this is safe to publish -->",
                )
            )
            continue
        if match.group("rule") not in known:
            close = article.source.text.find("-->", comment.offset)
            end = close + 3 if close != -1 else comment.offset + 1
            problems.append(_unknown(article, rules, match.group("rule"), known, comment.offset, end))
        end = _covered_end(comment, ranges, comment_offsets)
        suppressions.append(Suppression(match.group("rule"), match.group("reason"), comment.offset, end))
    return suppressions, [p for p in problems if p is not None]


def apply_suppressions(article: Article, findings: list[Finding], suppressions: list[Suppression]) -> None:
    for finding in findings:
        if finding.rule in (REASON_RULE, UNKNOWN_RULE):
            continue  # a broken directive must stay visible, even under a family-wide ignore
        offset = article.source.line_starts[finding.line - 1] + finding.column - 1
        for suppression in suppressions:
            if suppression.covers(finding, offset):
                finding.suppressed = True
                finding.suppression_reason = suppression.reason
                break
