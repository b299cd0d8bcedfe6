"""The human report as a streaming format: to the terminal, or (plain, no colour)
to a file with `--format text --output FILE`."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console

from pipeline.findings import FileResult
from pipeline.report.model import Tally
from pipeline.report.stream import Reporter, RunInfo
from pipeline.report.terminal import print_file_or_error, print_path_errors, print_summary


class TextReporter(Reporter):
    def __init__(
        self, out: TextIO, info: RunInfo, *, console: Console | None = None, show_suppressed: bool = False, summary_only: bool = False
    ) -> None:
        super().__init__(out, info)
        self.console = console or Console(file=out, highlight=False, soft_wrap=True, no_color=True, force_terminal=False, width=100)
        self.show_suppressed = show_suppressed
        self.summary_only = summary_only

    def start(self) -> None:
        print_path_errors(self.console, self.info.path_errors)

    def add(self, result: FileResult) -> None:
        print_file_or_error(self.console, result, self.show_suppressed, self.summary_only)

    def finish(self, tally: Tally) -> None:
        print_summary(self.console, tally)
