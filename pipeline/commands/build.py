"""The `pipeline build` command's work after the checks: build, then tell the user what happened."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape

from pipeline.site.builder import BuildReport, build
from pipeline.config import Config
from pipeline.report.model import RunResult
from pipeline.knowledge.rules import load_rules


def checked_families(config: Config) -> set[str]:
    """Families with at least one rule that is not configured off: the ones a pass means something for."""
    return {
        rule.family
        for rule in load_rules(config.checks_dir)
        if config.severity_for(rule.id, rule.family, rule.severity) != "off"
    }


def run_build(run: RunResult, config: Config, out_dir: Path, *, allow_errors: bool, reproducible: bool, console: Console) -> int:
    """Write the outputs of a checked run, print one line per article and a summary; returns the exit code."""
    report = build(run, config, out_dir, allow_errors=allow_errors, reproducible=reproducible,
                   checked_families=checked_families(config))
    print_build(report, console)
    return report.exit_code()


def print_build(report: BuildReport, console: Console) -> None:
    for path, message in report.path_errors:
        console.print(f"[bold red]error[/] {escape(path)}: {escape(message)}")
    for o in report.outcomes:
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
    published = sum(o.status == "published" for o in report.outcomes)
    console.print(
        f"\n{len(report.outcomes)} article{'s' * (len(report.outcomes) != 1)}: {published} published, "
        f"{len(report.skipped)} skipped; index: {escape(str(report.index))}"
    )
