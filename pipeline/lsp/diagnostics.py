"""Findings as the editor sees them: diagnostics, quick fixes and hover text."""

from __future__ import annotations

from typing import Any

from lsprotocol import types

from pipeline.findings import Finding, Severity
from pipeline.lsp.positions import LineIndex

SOURCE = "pipeline"

SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def finding_range(finding: Finding, index: LineIndex) -> types.Range:
    return index.range(finding.line, finding.column, finding.end_line, finding.end_column)


def message(finding: Finding) -> str:
    """The finding's message, then its suggestion on a line of its own."""
    if finding.suggestion and finding.suggestion.strip() and finding.suggestion.strip() not in finding.message:
        return f"{finding.message}\nSuggestion: {finding.suggestion.strip()}"
    return finding.message


def replacements(finding: Finding, index: LineIndex) -> list[str]:
    """The replacements a quick fix may put in place of the finding's span: the
    engine's ``extra.replacements`` when the span in the source is exactly the text the
    engine saw (no markup inside it, which a replacement would delete)."""
    offered = finding.extra.get("replacements")
    if not isinstance(offered, list) or not offered:
        return []
    start = index.offset(finding.line, finding.column)
    end = index.offset(finding.end_line, finding.end_column)
    span = index.source.text[start:end]
    if not span or "\n" in span or " ".join(span.split()) != finding.excerpt:
        return []
    return [text for text in offered if isinstance(text, str) and text != span]


def diagnostic(finding: Finding, index: LineIndex) -> types.Diagnostic:
    data: dict[str, Any] = {"rule": finding.rule}
    fixes = replacements(finding, index)
    if fixes:
        data["replacements"] = fixes
    return types.Diagnostic(
        range=finding_range(finding, index),
        message=message(finding),
        severity=SEVERITIES[finding.severity],
        code=finding.rule,
        source=SOURCE,
        data=data,
    )


def error_diagnostic(error: str, line: int | None, index: LineIndex) -> types.Diagnostic:
    """A document that could not be checked (bad front matter, bad configuration)."""
    row = min(max((line or 1), 1), index.line_count)
    return types.Diagnostic(
        range=types.Range(start=index.position(row, 1), end=index.position(row, len(index.source.line_text(row)) + 1)),
        message=error,
        severity=types.DiagnosticSeverity.Error,
        code="input-error",
        source=SOURCE,
    )


def _overlaps(a: types.Range, b: types.Range) -> bool:
    """Whether two ranges share a position (an empty range touching the other counts)."""

    def key(p: types.Position) -> tuple[int, int]:
        return (p.line, p.character)

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def quick_fixes(
    uri: str, version: int | None, findings: list[Finding], index: LineIndex, wanted: types.Range, versioned: bool
) -> list[types.CodeAction]:
    """One quick fix per replacement of every finding in ``wanted``; the first
    replacement of each finding is the preferred one."""
    actions: list[types.CodeAction] = []
    for finding in findings:
        where = finding_range(finding, index)
        if not _overlaps(where, wanted):
            continue
        for rank, text in enumerate(replacements(finding, index)):
            edit = types.TextEdit(range=where, new_text=text)
            if versioned:
                document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
                workspace_edit = types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=document, edits=[edit])])
            else:
                workspace_edit = types.WorkspaceEdit(changes={uri: [edit]})
            title = f"Replace with “{text}”" if text else f"Delete “{finding.excerpt}”"
            actions.append(
                types.CodeAction(
                    title=f"{title} ({finding.rule})",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic(finding, index)],
                    is_preferred=rank == 0,
                    edit=workspace_edit,
                )
            )
    return actions


def at(findings: list[Finding], index: LineIndex, position: types.Position) -> list[Finding]:
    """The findings whose span holds ``position`` (its end included, so a cursor just
    after a word still hovers it)."""
    point = types.Range(start=position, end=position)
    return [f for f in findings if _overlaps(finding_range(f, index), point)]
