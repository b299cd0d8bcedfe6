"""The `pipeline` command line: the group, its global options and :func:`main`.

Each command lives in its own module under ``pipeline/commands/``. Data flow, top
to bottom: select files -> read article -> extract prose with a source map ->
concepts -> checks -> findings -> report (check) or emit (build).
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input errors,
3 an internal error (a bug: please report it with --debug output).
"""

from __future__ import annotations

import atexit
import gc
import importlib
import io
import os
import sys
import threading
import traceback
from pathlib import Path
from typing import NoReturn

import click

from pipeline import __version__, codepatterns, warm
from pipeline.commands import COMMANDS
from pipeline.commands.invocation import Invocation
from pipeline.errors import PipelineError


class _LazyGroup(click.Group):
    """The commands of :data:`COMMANDS`, each imported when it is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, attribute = target.split(":")
        command: click.Command = getattr(importlib.import_module(module), attribute)
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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


def main() -> None:
    """The command line of ``sys.argv``, run in this process: one-line errors, never a
    traceback (unless --debug); ends with SystemExit, as code calling it (tests, wrappers)
    expects. The program itself is :func:`pipeline.__main__.main`."""
    _main()


def program() -> NoReturn:
    """The program (``python -m pipeline``, the installed ``pipeline`` script): hands
    ``check``, ``build`` and ``fix`` to the check server when one runs
    (:mod:`pipeline.server`), else runs the command here, and ends the process with
    :func:`exit_now` once everything is written instead of raising SystemExit into the
    interpreter's teardown."""
    if warm.command_of(sys.argv[1:]) in warm.LINTING:
        from pipeline import server

        code = server.forward(sys.argv[1:])
        if code is not None:
            exit_now(code)
    exit_now(run())


def run() -> int:
    """Run the command of ``sys.argv`` in this process and return its exit status (the
    program's, and each run of the check server)."""
    try:
        _main()
    except SystemExit as exc:
        return _exit_code(exc)
    except KeyboardInterrupt:  # before _main's own handler is in place (a check server's run interrupted at once)
        print("pipeline: interrupted", file=sys.stderr)
        return 130
    return 0


def _exit_code(exc: SystemExit) -> int:
    """The status SystemExit(code) gives at the end of the interpreter (a message: printed, 1)."""
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code & 0xFF
    try:
        print(exc.code, file=sys.stderr)
    except (OSError, ValueError):
        pass
    return 1


def exit_now(code: int) -> NoReturn:
    """End the process without the interpreter's teardown (a large heap of rules, facts,
    patterns and dictionaries would be walked and freed object by object for nothing).

    What the normal exit does that matters still happens, in the same order: other
    threads are joined, ``atexit`` handlers run (a LanguageTool server this run started
    is stopped, multiprocessing cleans up), standard output and error are flushed.
    Report files are already complete: they are written atomically before this. A reader
    that went away (``pipeline check ... | head``) makes the flush fail: as Python does,
    the status is then 120 unless it already says failure, and nothing more is printed."""
    shutdown = getattr(threading, "_shutdown", None)
    try:
        if shutdown is not None:
            shutdown()
        atexit._run_exitfuncs()
    except BaseException:  # noqa: BLE001 - as at a normal exit, a failing handler does not change the ending
        pass
    for stream in (sys.stdout, sys.stderr):
        if stream is None or stream.closed:  # closed by its user (the language server at exit): nothing to flush
            continue
        try:
            stream.flush()
        except (OSError, ValueError):
            if stream is sys.stdout and code == 0:
                code = 120
    os._exit(code)


def _main() -> None:
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
    args = sys.argv[1:]
    if warm.lints(args):
        warm.start()
        codepatterns.preload()
    debug = "--debug" in args
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
