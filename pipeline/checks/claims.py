"""The `cited-claim` rule type: absolute, comparative or efficacy claims ("completely
safe", "lower risk of addiction", "rapid onset") need a citation in the same paragraph.

A paragraph (a prose block: a paragraph, one list item, one table row) counts as cited
when any of its units has a footnote reference (ProseUnit.citations), a link to a source
(ProseUnit.links with an http(s) or doi address), or an in-text marker matching one of
``citation_patterns`` ("[3]", "(Smith, 2020)"). A claim is not reported when the text
before it in its sentence ends with a match of one of ``ignore_before`` (negation: "No medicine is
completely safe"; condition: "If you have no side effects") or, with
``ignore_questions``, when its sentence is a question.
"""

from __future__ import annotations

import re
from typing import Iterator

from pipeline.document.article import Article
from pipeline.checks.patterns import compile_pattern, validate_message, validate_pattern_list, validate_unknown_options
from pipeline.run.context import CheckContext
from pipeline.findings import Finding
from pipeline.document.prose import ProseUnit, iter_blocks
from pipeline.knowledge.rules import Rule, rule_type
from pipeline.document.sentences import split_sentences

#: "[1]", "[2, 3]", "[4-6]" and "(Smith, 2020)", "(Smith et al., 2019)", "(Smith and Jones 2021)".
DEFAULT_CITATION_PATTERNS = (
    r"\[\d+(?:\s*[,–-]\s*\d+)*\]",
    r"\((?:[A-Z][A-Za-z'’-]+)(?:\s+et al\.?|\s+(?:and|&)\s+[A-Z][A-Za-z'’-]+)?,?\s+(?:19|20)\d\d[a-z]?\)",
)
_SOURCE_LINK = re.compile(r"^(?:https?://|doi:|//)", re.IGNORECASE)
#: Prose that is not a place for claims a reader acts on: the references themselves.
_SKIPPED_KINDS = ("footnote",)


def _validate(rule: Rule) -> None:
    validate_unknown_options(rule, {"patterns", "citation_patterns", "ignore_before", "ignore_questions"})
    validate_pattern_list(rule, "patterns")
    validate_pattern_list(rule, "citation_patterns", required=False)
    validate_pattern_list(rule, "ignore_before", required=False)
    if not isinstance(rule.options.get("ignore_questions", True), bool):
        raise ValueError("option 'ignore_questions' must be true or false")
    validate_message(rule, {"claim"})


def _cited(units: list[ProseUnit], markers: list[re.Pattern[str]]) -> bool:
    for unit in units:
        if unit.citations or any(_SOURCE_LINK.match(url) for url in unit.links):
            return True
        # Citation markers are case-sensitive in shape ("(Smith, 2020)"), so not compile_pattern.
        if any(marker.search(unit.text) for marker in markers):
            return True
    return False


@rule_type("cited-claim", _validate)
def check_claims(article: Article, rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    patterns = [compile_pattern(p) for p in rule.options["patterns"]]
    markers = [re.compile(p) for p in rule.options.get("citation_patterns") or DEFAULT_CITATION_PATTERNS]
    # An ignore_before pattern must reach the end of the text before the claim.
    ignore_before = [compile_pattern(rf"(?:{p})\W*$") for p in rule.options.get("ignore_before", [])]
    ignore_questions = rule.options.get("ignore_questions", True)
    for block in iter_blocks(article.units):
        block = [u for u in block if u.kind not in _SKIPPED_KINDS]
        if not block or _cited(block, markers):
            continue
        for unit in block:
            for sentence in split_sentences(unit):
                text = sentence.text
                if ignore_questions and text.rstrip().rstrip("\"'”’)").endswith("?"):
                    continue
                spans: list[tuple[int, int]] = []
                for pattern in patterns:
                    for match in pattern.finditer(text):
                        start, end = match.span()
                        if end == start or any(s < end and start < e for s, e in spans):
                            continue
                        if any(p.search(text[:start]) for p in ignore_before):
                            continue
                        spans.append((start, end))
                for start, end in sorted(spans):
                    claim = text[start:end]
                    message = (
                        rule.message.format(claim=claim)
                        if rule.message
                        else f"Unsupported claim \"{claim}\": cite a source in the same paragraph"
                    )
                    yield article.finding_in_unit(
                        unit,
                        sentence.start + start,
                        sentence.start + end,
                        severity=rule.severity,
                        check=rule.family,
                        rule=rule.id,
                        message=message,
                        suggestion=rule.suggestion,
                    )
