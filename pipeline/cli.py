"""The `pipeline` command line.

Data flow, top to bottom: discover paths -> read article -> extract prose with a
source map -> run checks -> collect findings -> report (check) or emit (build).
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input errors,
3 an internal error (a bug: please report it with --debug output).
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Any, Callable

import click
from rich.console import Console

from pipeline import __version__
from pipeline.config import Config, load_config
from pipeline.run.discover import discover
from pipeline.run.checker import FileResult
from pipeline.errors import PipelineError
from pipeline.report.model import RunResult

FORMATS = ("text", "json", "sarif", "junit", "github")


class State:
    def __init__(self, config_path: Path | None, debug: bool) -> None:
        self.config_path = config_path
        self.debug = debug

    def config(self, **overrides: Any) -> Config:
        return load_config(self.config_path, overrides={k: v for k, v in overrides.items() if v is not None})


def _console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="pipeline")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), help="Configuration file (default: nearest pipeline.toml or pyproject.toml with [tool.pipeline]).")
@click.option("--debug", is_flag=True, help="Show a traceback for internal errors.")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None, debug: bool) -> None:
    """Check patient-education articles about medicines and build publish-ready files."""
    ctx.obj = State(config_path, debug)


def run_checks(paths: tuple[str, ...], config: Config, on_result: Callable[[FileResult], None] | None = None) -> RunResult:
    """Check every draft under ``paths`` (through the result cache and worker
    processes). Input problems are recorded per file; the rest still run."""
    from pipeline.run.runner import Runner

    found = discover(list(paths) or [str(config.root / p) for p in config.get("paths")])
    run = RunResult(path_errors=found.errors)
    run.files.extend(Runner(config).run(found.files, on_result))
    return run


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(FORMATS), help="Report format: text, json, sarif, junit or github; repeat, paired in order with --output, for several reports.")
@click.option("-o", "--output", "outputs", multiple=True, type=click.Path(path_type=Path, dir_okay=False), help="Write the i-th --format to this file (atomically); the terminal still gets the human report.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None, help="Lowest severity that fails the run (default: error).")
@click.option("--show-suppressed", is_flag=True, help="List suppressed findings in the terminal report.")
@click.option("-q", "--quiet", is_flag=True, help="Only the summary line in the terminal; no progress bar.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Parallel worker processes (default: config 'jobs', else one per CPU core; 1 runs in-process).")
@click.option("--no-cache", is_flag=True, help="Check every file, ignoring and not writing the result cache (config 'cache_dir').")
@click.option("--changed-since", metavar="REF", default=None, help="Only files changed since git REF (git diff REF, plus untracked files).")
@click.option("--languagetool-url", metavar="URL", default=None, help="LanguageTool server for grammar (overrides PIPELINE_LANGUAGETOOL_URL and grammar.languagetool_url).")
@click.pass_obj
def check(
    state: State,
    paths: tuple[str, ...],
    formats: tuple[str, ...],
    outputs: tuple[Path, ...],
    fail_on: str | None,
    show_suppressed: bool,
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
    """
    from pipeline.commands.check import CheckOptions, run_check

    config = state.config(fail_on=fail_on, jobs=jobs, **{"grammar.languagetool_url": languagetool_url})
    options = CheckOptions(paths, formats, outputs, jobs, not no_cache, changed_since, show_suppressed, quiet)
    sys.exit(run_check(config, options))


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=None, help="Output directory (default: config 'output', i.e. output/).")
@click.option("--allow-errors", is_flag=True, help="Publish articles even if they have error findings.")
@click.option("--reproducible", is_flag=True, help="Stamp pages with the inputs' newest modification time instead of now (SOURCE_DATE_EPOCH, if set, wins).")
@click.pass_obj
def build(state: State, paths: tuple[str, ...], out_dir: Path | None, allow_errors: bool, reproducible: bool) -> None:
    """Check drafts, then write output/<slug>.html and output/<slug>.md for each that passes,
    output/review/<slug>.html for every draft and output/index.html.

    \b
    Examples:
      pipeline build articles/
      pipeline build --out site/ --allow-errors articles/draft.md
      SOURCE_DATE_EPOCH=0 pipeline build --reproducible articles/
    """
    from pipeline.commands.build import run_build

    config = state.config()
    run = run_checks(paths, config)
    target = out_dir or config.path("output")
    sys.exit(run_build(run, config, target, allow_errors=allow_errors, reproducible=reproducible, console=_console()))


# Commands implemented in their own modules (imported here, after `cli` exists).
from pipeline.commands.doctor import doctor_cmd  # noqa: E402
from pipeline.commands.facts import facts_cmd  # noqa: E402
from pipeline.commands.rules import explain_cmd, rules_cmd  # noqa: E402
from pipeline.commands.setup import setup_cmd  # noqa: E402

for _command in (facts_cmd, rules_cmd, explain_cmd, doctor_cmd, setup_cmd):
    cli.add_command(_command)


def main() -> None:
    """Entry point: one-line errors, never a traceback (unless --debug)."""
    debug = "--debug" in sys.argv[1:]
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("pipeline: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except PipelineError as exc:
        click.echo(f"pipeline: error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("pipeline: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug: say so in one line
        if debug:
            traceback.print_exc()
        click.echo(f"pipeline: internal error: {type(exc).__name__}: {exc} (run with --debug for a traceback)", err=True)
        sys.exit(3)
