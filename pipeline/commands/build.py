"""`pipeline build`: check the drafts (the same selection and runner as `check`),
then write the site and tell the user what happened."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.markup import escape

from pipeline.commands.invocation import Invocation
from pipeline.commands.options import run_options
from pipeline.config import Config
from pipeline.knowledge.cache import activated, for_run
from pipeline.knowledge.rules import project_rules
from pipeline.report.model import RunResult
from pipeline.run.runner import Runner
from pipeline.run.selection import RunOptions, select_files
from pipeline.site.output import check_output_location

if TYPE_CHECKING:  # the site builder (and jinja2) is imported by `build` only, not by every command's start-up
    from pipeline.site.builder import BuildReport


@click.command("build")
@click.argument("paths", nargs=-1)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Output directory (default: config 'output', i.e. output/).",
)
@click.option("--allow-errors", is_flag=True, help="Publish articles even if they have error findings.")
@click.option(
    "--reproducible",
    is_flag=True,
    help="Stamp pages with the inputs' newest modification time instead of now (SOURCE_DATE_EPOCH, if set, wins).",
)
@run_options
@click.pass_obj
def build_cmd(
    invocation: Invocation,
    paths: tuple[str, ...],
    out_dir: Path | None,
    allow_errors: bool,
    reproducible: bool,
    quiet: bool,
    jobs: int | None,
    no_cache: bool,
    changed_since: str | None,
    languagetool_url: str | None,
) -> None:
    """Check drafts, then write output/<slug>.html and output/<slug>.md for each that passes,
    output/review/<slug>.html for every draft and output/index.html.

    \b
    Examples:
      pipeline build articles/
      pipeline build --out site/ --allow-errors articles/draft.md
      pipeline build --jobs 2 --no-cache
      SOURCE_DATE_EPOCH=0 pipeline build --reproducible articles/
    """
    config = invocation.config(jobs=jobs, **{"grammar.languagetool_url": languagetool_url})
    run = RunOptions(jobs, not no_cache, changed_since, quiet)
    found = select_files(config, paths, run.changed_since)
    target = out_dir or config.path("output")
    # Before anything is checked or written: the output is never the drafts' directory.
    check_output_location(target, [Path(p) for p in paths] or [config.root / p for p in config.get("paths")], found.files)
    results = RunResult(path_errors=found.errors)
    with activated(for_run(config, run.use_cache)):
        results.files.extend(Runner(config, jobs=run.jobs, use_cache=run.use_cache).run(found.files))
    console = Console(highlight=False, soft_wrap=True)
    sys.exit(run_build(results, config, target, allow_errors=allow_errors, reproducible=reproducible, console=console, quiet=run.quiet))


def checked_families(config: Config) -> set[str]:
    """Families with at least one rule that is not configured off: the ones a pass means something for."""
    return {rule.family for rule in project_rules(config) if config.severity_for(rule.id, rule.family, rule.severity) != "off"}


def run_build(
    run: RunResult, config: Config, out_dir: Path, *, allow_errors: bool, reproducible: bool, console: Console, quiet: bool = False
) -> int:
    """Write the outputs of a checked run, print one line per article and a summary; returns the exit code."""
    from pipeline.site.builder import build

    report = build(run, config, out_dir, allow_errors=allow_errors, reproducible=reproducible, checked_families=checked_families(config))
    print_build(report, console, quiet)
    return report.exit_code()


def print_build(report: BuildReport, console: Console, quiet: bool = False) -> None:
    for path, message in report.path_errors:
        console.print(f"[bold red]error[/] {escape(path)}: {escape(message)}")
    for o in report.outcomes:
        if quiet and o.status == "published":
            continue
        path = escape(o.path)
        if o.status == "error":
            console.print(f"[bold red]error[/] {path}: {escape(o.reason)}")
        elif o.status == "skipped":
            console.print(
                f"[yellow]skipped[/] {path}: {escape(o.reason)}; review: {escape(str(report.out_dir / (o.review or '')))} "
                f"(fix them, or publish anyway with --allow-errors)"
            )
            for removed in o.removed:
                console.print(f"  removed previously published {escape(str(removed))}")
        else:
            note = f" ({escape(o.reason)})" if o.reason else ""
            console.print(f"[green]published[/] {path} -> {escape(str(report.out_dir / (o.page or '')))}{note}")
    for draft in report.withdrawn:
        console.print(f"[yellow]withdrawn[/] {escape(draft)}: the draft is gone, so its pages were removed")
    published = sum(o.status == "published" for o in report.outcomes)
    console.print(
        f"\n{len(report.outcomes)} article{'s' * (len(report.outcomes) != 1)}: {published} published, "
        f"{len(report.skipped)} skipped; index: {escape(str(report.index))}"
    )
