"""The `pipeline` command line: the group, its global options and :func:`main`.

Each command lives in its own module under ``pipeline/commands/``. Data flow, top
to bottom: select files -> read article -> extract prose with a source map ->
concepts -> checks -> findings -> report (check) or emit (build).
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input errors,
3 an internal error (a bug: please report it with --debug output).
"""

from __future__ import annotations

import gc
import io
import sys
import traceback
from pathlib import Path

import click

from pipeline import __version__
from pipeline.commands import COMMANDS
from pipeline.commands.invocation import Invocation
from pipeline.errors import PipelineError


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="pipeline")
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Configuration file (default: nearest pipeline.toml or pyproject.toml with [tool.pipeline]).",
)
@click.option("--debug", is_flag=True, help="Show a traceback for internal errors.")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None, debug: bool) -> None:
    """Check patient-education articles about medicines and build publish-ready files."""
    ctx.obj = Invocation(config_path, debug)


for _command in COMMANDS:
    cli.add_command(_command)


def main() -> None:
    """Entry point: one-line errors, never a traceback (unless --debug)."""
    # A terminal or pipe that cannot encode the report (PYTHONIOENCODING=ascii) gets
    # escapes for what it cannot show, not an internal error half-way through.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    # Start-up builds long-lived objects (modules, rules, compiled patterns, dictionaries)
    # that the collector would walk again and again for nothing: freeze what is imported
    # (once per process) and collect less often. Cycles are still collected.
    if not gc.get_freeze_count():
        gc.freeze()
    gc.set_threshold(100_000, 50, 100)
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
