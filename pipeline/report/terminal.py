"""The human report: grouped by file, errors first (by family), then warnings,
then info, each as `path:line:col`, severity in colour, the excerpt and the
suggestion; readability figures in the file's heading; a closing table of
counts per rule (like ``ruff --statistics``) and a summary line. The concise
form is one line per finding (`path:line:col: severity rule message`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rich.console import Console
from rich.markup import escape

from pipeline.findings import FileResult, Finding, Severity
from pipeline.report.display import Display, ordered
from pipeline.report.model import Tally

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
PLURAL = {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "info"}


def shown_findings(result: FileResult, show_suppressed: bool, display: Display) -> list[Finding]:
    """The file's findings the report shows, in the order it shows them."""
    return ordered(f for f in result.findings if (show_suppressed or not f.suppressed) and display.shows(f))


def print_file(console: Console, result: FileResult, show_suppressed: bool, display: Display | None = None) -> list[Finding]:
    """The file's block; returns the findings shown."""
    display = display or Display()
    if result.error:
        console.print(f"[bold red]error[/] {escape(result.error)}")
        return []
    findings = shown_findings(result, show_suppressed, display)
    path = display.path(result.path)
    grade = result.readability.get("consensus_grade")
    head = f"[bold underline]{escape(path)}[/]"
    if grade is not None:
        head += (
            f"  [dim]grade {grade} · {result.readability.get('words', 0)} words · Flesch {result.readability.get('flesch_reading_ease')}[/]"
        )
    if result.engines:
        head += "  [dim]" + escape(", ".join(f"{k}: {v}" for k, v in sorted(result.engines.items()))) + "[/]"
    console.print(head)
    if not findings:
        hidden = len(result.active()) if display.filtering else 0
        console.print(f"  [green]no findings[/]{f' [dim]({hidden} hidden by filters)[/]' if hidden else ''}")
    groups = Counter((f.severity, f.check, f.suppressed) for f in findings)
    current: tuple[Severity, str, bool] | None = None
    for f in findings:
        group = (f.severity, f.check, f.suppressed)
        if group != current:
            current = group
            label = "suppressed " if f.suppressed else ""
            style = "dim" if f.suppressed else STYLE[f.severity]
            console.print(f"  [{style}]{label}{PLURAL[f.severity]}[/] · [bold]{escape(f.check)}[/] ({groups[group]})", highlight=False)
        tag = "suppressed" if f.suppressed else f.severity.value
        style = "dim" if f.suppressed else STYLE[f.severity]
        console.print(
            f"    {escape(path)}:{f.line}:{f.column}: [{style}]{tag}[/] {escape(f.message)} [dim]\\[{f.rule}][/]",
            highlight=False,
        )
        if f.excerpt:
            console.print(f"        [dim]│[/] {escape(f.excerpt)}", highlight=False)
        if f.suggestion:
            console.print(f"        [dim]└[/] [green]suggestion:[/] {escape(f.suggestion)}", highlight=False)
        if f.suppressed and f.suppression_reason:
            console.print(f"        [dim]└ reason: {escape(f.suppression_reason)}[/]", highlight=False)
    console.print()
    return findings


def concise_line(finding: Finding, display: Display) -> str:
    """`path:line:col: severity rule message` (suppressed findings say so)."""
    tag = "suppressed" if finding.suppressed else finding.severity.value
    return f"{display.path(finding.path)}:{finding.line}:{finding.column}: {tag} {finding.rule} {finding.message}"


def print_path_errors(console: Console, path_errors: list[tuple[str, str]]) -> None:
    for path, message in path_errors:
        console.print(f"[bold red]error[/] {escape(path)}: {escape(message)}")


def print_statistics(console: Console, counts: Counter[tuple[str, Severity]], fixable: Iterable[str] = ()) -> None:
    """The closing table: one row per rule and severity, most frequent first;
    ``[*]`` marks rules `pipeline fix` can fix safely."""
    if not counts:
        return
    fixable = set(fixable)
    width = max(len(str(n)) for n in counts.values())
    rule_width = max(len(rule) for rule, _ in counts)
    console.print("[bold]Findings by rule:[/]")
    for (rule, severity), n in sorted(counts.items(), key=lambda item: (-item[1], -item[0][1].rank, item[0][0])):
        mark = "[*]" if rule in fixable else "   "
        console.print(
            f"  {n:>{width}}  {escape(rule):<{rule_width}}  {escape(mark)} [{STYLE[severity]}]{severity.value}[/]",
            highlight=False,
        )
    if fixable & {rule for rule, _ in counts}:
        console.print("  [dim]\\[*] fixable with `pipeline fix`[/]")
    console.print()


def print_summary(console: Console, tally: Tally, display: Display | None = None, shown: int | None = None) -> None:
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
    line = f"[bold]{t['files']} file{'s' * (t['files'] != 1)} checked:[/] " + ", ".join(parts)
    if display is not None and display.filtering and shown is not None:
        line += f" [dim]({shown} shown with {escape(display.describe())}; the exit code counts all)[/]"
    if tally.grammar_fallback:
        line += f"; [yellow]grammar fell back to Harper: {escape(tally.grammar_fallback)}[/]"
    console.print(line)


def print_file_or_error(
    console: Console, result: FileResult, show_suppressed: bool, summary_only: bool, display: Display | None = None
) -> list[Finding]:
    """A file's block, or with ``summary_only`` just its input error (if any); returns the findings shown."""
    if not summary_only:
        return print_file(console, result, show_suppressed, display)
    if result.error:
        console.print(f"[bold red]error[/] {escape(result.error)}")
    return []
