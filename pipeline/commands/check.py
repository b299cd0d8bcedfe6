"""`pipeline check`: pick the files, run them through the cache and the workers,
and stream each result to every report (files written atomically, the terminal
report or one machine format on stdout)."""

from __future__ import annotations

import os
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console

from pipeline.atomic import AtomicFile
from pipeline.commands.invocation import Invocation
from pipeline.commands.options import run_options
from pipeline.config import Config
from pipeline.document.source import STDIN_NAME, SourceText, read_stdin_source
from pipeline.findings import Severity
from pipeline.knowledge.cache import activated, for_run
from pipeline.report.display import Display, unknown_selectors
from pipeline.report.formats import FORMATS, MACHINE_FORMATS, REPORTERS
from pipeline.report.model import Tally
from pipeline.report.stream import Reporter, RunInfo
from pipeline.report.text import ConciseReporter, TextReporter
from pipeline.run.checker import check_source
from pipeline.run.discover import Discovery
from pipeline.run.runner import Runner
from pipeline.run.selection import RunOptions, only_changed, select_files

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

#: The progress bar appears only once a run has taken this long.
PROGRESS_AFTER_SECONDS = 1.0


@dataclass
class ReportOptions:
    formats: tuple[str, ...]
    outputs: tuple[Path, ...]
    show_suppressed: bool
    #: Display filters of the human reports (they never change the exit code).
    min_severity: str = "info"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


#: Report formats for people: filtered by the display options, the terminal's unless a machine format takes stdout.
HUMAN_FORMATS = ("text", "concise")


@click.command("check")
@click.argument("paths", nargs=-1)
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(FORMATS),
    help="Report format: text, concise (one line per finding), json, sarif, junit or github; "
    "repeat, paired in order with --output, for several reports.",
)
@click.option(
    "-o",
    "--output",
    "outputs",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the i-th --format to this file (atomically); the terminal still gets the human report.",
)
@click.option(
    "--fail-on", type=click.Choice(["error", "warning", "info"]), default=None, help="Lowest severity that fails the run (default: error)."
)
@click.option("--show-suppressed", is_flag=True, help="List suppressed findings in the terminal report.")
@click.option(
    "--min-severity",
    type=click.Choice(["error", "warning", "info"]),
    default="info",
    help="Show only findings at or above this severity (text and concise reports; the exit code still counts all).",
)
@click.option(
    "--select",
    "select",
    multiple=True,
    metavar="RULE|FAMILY",
    help="Show only these rules or families (repeatable; a family or an id prefix selects all its rules). Display only.",
)
@click.option("--ignore", "ignore", multiple=True, metavar="RULE|FAMILY", help="Hide these rules or families (repeatable). Display only.")
@click.option(
    "--stdin-filename",
    metavar="PATH",
    default=None,
    help="With PATH '-' (standard input): the draft's path in the report (default '-'). Alone, it implies '-'.",
)
@run_options
@click.pass_obj
def check_cmd(
    invocation: Invocation,
    paths: tuple[str, ...],
    formats: tuple[str, ...],
    outputs: tuple[Path, ...],
    fail_on: str | None,
    show_suppressed: bool,
    min_severity: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    stdin_filename: str | None,
    quiet: bool,
    jobs: int | None,
    no_cache: bool,
    changed_since: str | None,
    languagetool_url: str | None,
) -> None:
    """Check drafts: files, directories (recursing for *.md) and globs.

    \b
    Examples:
      pipeline check articles/
      pipeline check --format json articles/ > report.json
      pipeline check -f json -o report.json articles/
      pipeline check -f sarif -o pipeline.sarif -f github articles/
      pipeline check --changed-since origin/main --jobs 4
      pipeline check --min-severity error --ignore readability articles/
      pipeline check --format concise --select promotional articles/
      pipeline check --stdin-filename articles/draft.md - < draft.md
    """
    config = invocation.config(fail_on=fail_on, jobs=jobs, **{"grammar.languagetool_url": languagetool_url})
    run = RunOptions(jobs, not no_cache, changed_since, quiet)
    stdin = stdin_source(paths, stdin_filename, changed_since)
    sys.exit(run_check(config, paths, run, ReportOptions(formats, outputs, show_suppressed, min_severity, select, ignore), stdin))


def stdin_source(paths: tuple[str, ...], stdin_filename: str | None, changed_since: str | None) -> SourceText | None:
    """The draft on standard input when PATH is '-' (or only --stdin-filename is given), else None."""
    if "-" not in paths and not (stdin_filename and not paths):
        if stdin_filename:
            raise click.UsageError("--stdin-filename needs PATH '-' (the draft on standard input)")
        return None
    if len(paths) > 1:
        raise click.UsageError("'-' (standard input) cannot be combined with other paths")
    if changed_since:
        raise click.UsageError("--changed-since cannot be used with '-' (standard input)")
    # Unreadable input (invalid UTF-8, too large) is an InputError: one line, exit 2.
    return read_stdin_source(sys.stdin.buffer, stdin_filename or STDIN_NAME)


def pair_outputs(formats: tuple[str, ...], outputs: tuple[Path, ...]) -> tuple[list[tuple[str, Path]], str | None]:
    """The i-th --output gets the i-th --format; the formats left over go to stdout.

    Returns the (format, file) pairs and the one format for stdout (None: the
    terminal report). Raises UsageError for pairings that cannot be honoured.
    """
    if len(outputs) > len(formats):
        raise click.UsageError("more --output files than --format options; give one --format per --output (in the same order)")
    seen: dict[Path, Path] = {}
    for target in outputs:
        key = Path(os.path.abspath(target))
        if key in seen:
            raise click.UsageError(f"--output {target} is given twice")
        seen[key] = target
    rest = list(formats[len(outputs) :])
    machine = [f for f in rest if f in MACHINE_FORMATS]
    if len(machine) > 1:
        raise click.UsageError("only one machine-readable format can go to standard output; use --output for the others")
    if machine and "concise" in rest:
        raise click.UsageError(f"--format concise and --format {machine[0]} both want standard output; use --output for one of them")
    stdout = machine[0] if machine else ("concise" if "concise" in rest else None)
    return list(zip(formats, outputs, strict=False)), stdout


class _Progress:
    """A transient rich progress bar on stderr, shown only on a terminal and only
    once the run has lasted PROGRESS_AFTER_SECONDS."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and total > 1
        self.started_at = time.monotonic()
        self.done = 0
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def advance(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        if self._bar is None:
            if time.monotonic() - self.started_at < PROGRESS_AFTER_SECONDS or self.done >= self.total:
                return
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn

            self._bar = Progress(
                TextColumn("checking"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("check", total=self.total, completed=self.done)
            return
        if self._task is not None:
            self._bar.update(self._task, completed=self.done)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def run_check(config: Config, paths: tuple[str, ...], run: RunOptions, options: ReportOptions, stdin: SourceText | None = None) -> int:
    """Run `check` (on ``stdin``, the draft read from standard input, when given); returns the exit code.
    Unless ``--no-cache``, the knowledge is loaded through the knowledge cache (pipeline/knowledge/cache.py)."""
    with activated(for_run(config, run.use_cache)):
        return _run_check(config, paths, run, options, stdin)


def _run_check(config: Config, paths: tuple[str, ...], run: RunOptions, options: ReportOptions, stdin: SourceText | None) -> int:
    pairs, stdout_format = pair_outputs(options.formats, options.outputs)
    found = select_files(config, paths) if stdin is None else Discovery()
    targets = {Path(os.path.abspath(t)) for _, t in pairs}
    clash = next((f for f in found.files if Path(os.path.abspath(f)) in targets), None)
    if clash is not None:
        raise click.UsageError(f"--output {clash} is one of the drafts being checked; drafts are never overwritten")
    files = only_changed(found.files, run.changed_since) if run.changed_since else found.files
    runner = Runner(config, jobs=run.jobs, use_cache=run.use_cache)
    info = RunInfo(config, Path.cwd(), rules=lambda: runner.context().rules, stats=runner.stats, path_errors=found.errors)
    display = display_for(options, paths, info)
    tally = Tally(input_errors=len(found.errors))
    with ExitStack() as stack:
        sinks: list[AtomicFile] = []
        reporters: list[Reporter] = []
        for fmt, target in pairs:
            sink = AtomicFile(target)
            stack.callback(sink.discard)  # a no-op once committed
            sinks.append(sink)
            if fmt in HUMAN_FORMATS:
                reporters.append(REPORTERS[fmt](sink.handle, info, display=display))
            else:
                reporters.append(REPORTERS[fmt](sink.handle, info))
        if stdout_format in MACHINE_FORMATS:
            reporters.append(REPORTERS[stdout_format](sys.stdout, info))
        else:
            console = Console(highlight=False, soft_wrap=True)
            human = ConciseReporter if stdout_format == "concise" else TextReporter
            reporters.append(
                human(sys.stdout, info, console=console, show_suppressed=options.show_suppressed, summary_only=run.quiet, display=display)
            )
        progress = _Progress(len(files), enabled=not run.quiet and sys.stderr.isatty())
        stack.callback(progress.stop)
        for reporter in reporters:
            reporter.start()
        results = runner.run(files) if stdin is None else iter([check_source(stdin, runner.context())])
        for result in results:
            tally.add(result)
            progress.advance()
            for reporter in reporters:
                reporter.add(result)
        progress.stop()
        for reporter in reporters:
            reporter.finish(tally)
        for sink in sinks:
            sink.commit()
    return tally.exit_code(config.get("fail_on"))


def display_for(options: ReportOptions, paths: tuple[str, ...], info: RunInfo) -> Display:
    """The human reports' filters (selectors checked against the loaded rules) and path style:
    relative paths unless an input path was given absolutely."""
    if options.select or options.ignore:
        rules = info.rules()
        bad = unknown_selectors([*options.select, *options.ignore], [(rule.id, rule.family) for rule in rules])
        if bad:
            name, close = bad[0]
            hint = f" (did you mean '{close}'?)" if close else " (`pipeline rules` lists the rules and families)"
            raise click.UsageError(f"--select/--ignore: no rule or family '{name}'{hint}")
    return Display(
        min_severity=Severity(options.min_severity),
        select=options.select,
        ignore=options.ignore,
        relative=not any(os.path.isabs(p) for p in paths),
        cwd=info.cwd,
    )
