"""The human report as a streaming format: to the terminal, or (plain, no colour)
to a file with `--format text --output FILE`; and the concise form, one line per
finding (`--format concise`)."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from rich.console import Console
from rich.markup import escape

from pipeline.errors import PipelineError
from pipeline.findings import FileResult, Severity
from pipeline.report.display import Display
from pipeline.report.model import Tally
from pipeline.report.stream import Reporter, RunInfo
from pipeline.report.terminal import concise_line, print_file_or_error, print_path_errors, print_statistics, print_summary, shown_findings


def _plain_console(out: TextIO) -> Console:
    return Console(file=out, highlight=False, soft_wrap=True, no_color=True, force_terminal=False, width=100)


def fixable_rules(info: RunInfo) -> set[str]:
    """Ids of the rules `pipeline fix` fixes by default (``fix: safe``)."""
    try:
        return {rule.id for rule in info.rules() if rule.fix == "safe"}
    except PipelineError:  # the table's marker is a nicety; a rule pack that does not load is reported elsewhere
        return set()


class TextReporter(Reporter):
    def __init__(
        self,
        out: TextIO,
        info: RunInfo,
        *,
        console: Console | None = None,
        show_suppressed: bool = False,
        summary_only: bool = False,
        display: Display | None = None,
    ) -> None:
        super().__init__(out, info)
        self.console = console or _plain_console(out)
        self.show_suppressed = show_suppressed
        self.summary_only = summary_only
        self.display = display or Display()
        self.counts: Counter[tuple[str, Severity]] = Counter()

    def start(self) -> None:
        print_path_errors(self.console, self.info.path_errors)

    def add(self, result: FileResult) -> None:
        shown = print_file_or_error(self.console, result, self.show_suppressed, self.summary_only, self.display)
        self.counts.update((f.rule, f.severity) for f in shown if not f.suppressed)

    def finish(self, tally: Tally) -> None:
        if not self.summary_only:
            print_statistics(self.console, self.counts, fixable_rules(self.info) if self.counts else ())
        print_summary(self.console, tally, self.display, sum(self.counts.values()))


class ConciseReporter(TextReporter):
    """One line per finding, `path:line:col: severity rule message`, then the summary line."""

    def start(self) -> None:
        for path, message in self.info.path_errors:
            self.console.print(f"{escape(self.display.path(path))}: error {escape(message)}", highlight=False)

    def add(self, result: FileResult) -> None:
        if result.error:
            self.console.print(f"{escape(self.display.path(result.path))}: error {escape(result.error)}", highlight=False)
            return
        findings = sorted(shown_findings(result, self.show_suppressed, self.display), key=lambda f: (f.line, f.column, f.rule))
        self.counts.update((f.rule, f.severity) for f in findings if not f.suppressed)
        if self.summary_only:
            return
        for finding in findings:
            self.console.print(escape(concise_line(finding, self.display)), highlight=False)

    def finish(self, tally: Tally) -> None:
        print_summary(self.console, tally, self.display, sum(self.counts.values()))
