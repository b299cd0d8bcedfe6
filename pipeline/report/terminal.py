"""The human report: grouped by file, `path:line:col`, severity in colour, the
excerpt, readability figures, and a summary line (ruff/Vale style)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from pipeline.findings import FileResult, Severity
from pipeline.report.model import Tally

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def print_file(console: Console, result: FileResult, show_suppressed: bool) -> None:
    if result.error:
        console.print(f"[bold red]error[/] {escape(result.error)}")
        return
    findings = [f for f in result.findings if show_suppressed or not f.suppressed]
    grade = result.readability.get("consensus_grade")
    head = f"[bold underline]{escape(result.path)}[/]"
    if grade is not None:
        head += (
            f"  [dim]grade {grade} · {result.readability.get('words', 0)} words · Flesch {result.readability.get('flesch_reading_ease')}[/]"
        )
    if result.engines:
        head += "  [dim]" + escape(", ".join(f"{k}: {v}" for k, v in sorted(result.engines.items()))) + "[/]"
    console.print(head)
    if not findings:
        console.print("  [green]no findings[/]")
    for f in findings:
        tag = "suppressed" if f.suppressed else f.severity.value
        style = "dim" if f.suppressed else STYLE[f.severity]
        console.print(
            f"  {escape(f.path)}:{f.line}:{f.column}: [{style}]{tag}[/] {escape(f.message)} [dim]\\[{f.rule}][/]",
            highlight=False,
        )
        if f.excerpt:
            console.print(f"      [dim]│[/] {escape(f.excerpt)}", highlight=False)
        if f.suggestion:
            console.print(f"      [dim]└[/] [green]suggestion:[/] {escape(f.suggestion)}", highlight=False)
        if f.suppressed and f.suppression_reason:
            console.print(f"      [dim]└ reason: {escape(f.suppression_reason)}[/]", highlight=False)
    console.print()


def print_path_errors(console: Console, path_errors: list[tuple[str, str]]) -> None:
    for path, message in path_errors:
        console.print(f"[bold red]error[/] {escape(path)}: {escape(message)}")


def print_summary(console: Console, tally: Tally) -> None:
    t = tally.totals()
    parts = [
        f"[bold red]{t['errors']} error{'s' * (t['errors'] != 1)}[/]" if t["errors"] else "0 errors",
        f"[yellow]{t['warnings']} warning{'s' * (t['warnings'] != 1)}[/]" if t["warnings"] else "0 warnings",
        f"{t['infos']} info",
    ]
    if t["suppressed"]:
        parts.append(f"{t['suppressed']} suppressed")
    if t["input_errors"]:
        parts.append(f"[bold red]{t['input_errors']} input error{'s' * (t['input_errors'] != 1)}[/]")
    console.print(f"[bold]{t['files']} file{'s' * (t['files'] != 1)} checked:[/] " + ", ".join(parts))


def print_file_or_error(console: Console, result: FileResult, show_suppressed: bool, summary_only: bool) -> None:
    """A file's block, or with ``summary_only`` just its input error (if any)."""
    if not summary_only:
        print_file(console, result, show_suppressed)
    elif result.error:
        console.print(f"[bold red]error[/] {escape(result.error)}")
