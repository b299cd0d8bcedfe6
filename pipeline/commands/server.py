"""`pipeline server start|stop|status|run`: the check server (pipeline/server.py)."""

from __future__ import annotations

import subprocess
import sys
import time

import click

from pipeline import server
from pipeline.errors import PipelineError

#: How long `start` waits for the server to warm up and answer.
START_SECONDS = 300.0


def _idle_option(function: click.decorators.FC) -> click.decorators.FC:
    return click.option(
        "--idle",
        "idle_minutes",
        type=click.FloatRange(min=0.1),
        default=30.0,
        show_default=True,
        help="Stop after this many minutes without a request.",
    )(function)


def _require_support() -> None:
    if not server.supported():
        raise PipelineError("the check server needs Unix sockets and fork (Linux, macOS); `pipeline check` runs on its own here")


@click.group("server")
def server_cmd() -> None:
    """A warm background process that runs `check`, `build` and `fix` for you.

    While it runs, `pipeline check one.md` skips start-up (imports, Harper's dictionary,
    the knowledge): after an edit it takes a fraction of a second. Each command still
    runs in its own fresh process (forked from the warm one), in your directory, with
    your environment, writing to your terminal. The program runs commands itself when
    no server answers; PIPELINE_NO_SERVER=1 makes it never ask."""


@server_cmd.command("start")
@_idle_option
def start_cmd(idle_minutes: float) -> None:
    """Start the server in the background (its knowledge: this directory's project)."""
    _require_support()
    found = server.ask("status")
    if found is not None:
        click.echo(f"pipeline: the check server is already running (pid {found['pid']})")
        return
    server.runtime_dir().mkdir(mode=0o700, parents=True, exist_ok=True)
    with open(server.log_path(), "ab") as log:
        process = subprocess.Popen(  # noqa: S603 - this interpreter running this tool
            [sys.executable, "-m", "pipeline", "server", "run", "--idle", str(idle_minutes)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,  # not stopped by the terminal's Ctrl-C or hang-up
        )
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        found = server.ask("status")
        if found is not None:
            stops = f"it stops after {idle_minutes:g} minutes idle or on `pipeline server stop`"
            click.echo(f"pipeline: check server started (pid {found['pid']}); {stops}")
            return
        if process.poll() is not None:
            raise PipelineError(f"the check server did not start: {_last_line()} (log: {server.log_path()})")
        time.sleep(0.1)
    process.kill()
    raise PipelineError(f"the check server did not answer within {START_SECONDS:.0f} s (log: {server.log_path()})")


def _last_line() -> str:
    try:
        lines = server.log_path().read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return "no log"
    return lines[-1] if lines else "no message"


@server_cmd.command("run")
@_idle_option
def run_cmd(idle_minutes: float) -> None:
    """Run the server in the foreground (for a service manager; `start` runs this)."""
    _require_support()
    server.Server(idle_minutes * 60).serve()


@server_cmd.command("stop")
def stop_cmd() -> None:
    """Stop the server (runs in progress finish first)."""
    found = server.ask("stop")
    click.echo("pipeline: check server stopped" if found is not None else "pipeline: no check server is running")


@server_cmd.command("status")
def status_cmd() -> None:
    """Whether the server runs: its pid, since when, how many runs it served. Exit 1 if none."""
    found = server.ask("status")
    if found is None:
        click.echo("pipeline: no check server is running")
        sys.exit(1)
    since = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(found["started"]))
    click.echo(
        f"pipeline: check server running: pid {found['pid']}, since {since}, {found['runs']} run(s) served, {found['running']} running now"
    )
