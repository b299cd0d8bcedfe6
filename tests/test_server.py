"""The check server (`pipeline server`): a warm process that runs `check`, `build` and
`fix` for the `pipeline` program. Through it a command must do exactly what it does in
its own process (output, status, files), Ctrl-C must still stop it, and without a
usable server the program must simply run the command itself."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Project, run_subprocess

from pipeline import server

pytestmark = pytest.mark.skipif(not server.supported(), reason="the check server needs Unix sockets and fork")

DRAFT = """---
title: Gabapentin for nerve pain
---
# Gabapentin for nerve pain

Gabapentin is a important medicine for nerve pain. Take 900 mg three times a day.
Buy now, only $9.99!
"""


def _status() -> dict[str, int] | None:
    return server.ask("status")


@pytest.fixture
def running(project: Project) -> Iterator[int]:
    """A check server started in the project (stopped, or killed, at the end); its pid."""
    started = run_subprocess("server", "start", "--idle", "10", cwd=project.root, timeout=900)
    assert started.exit_code == 0, started.stderr
    assert "check server started" in started.stdout
    found = _status()
    assert found is not None
    yield int(found["pid"])
    run_subprocess("server", "stop", cwd=project.root)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.kill(int(found["pid"]), 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    os.kill(int(found["pid"]), signal.SIGKILL)


def _pair(
    project: Project, *args: str, stdin: str | None = None
) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    """`pipeline ARGS` through the server, then in its own process."""
    cmd = [sys.executable, "-m", "pipeline", *args]
    served = subprocess.run(cmd, cwd=project.root, input=stdin, capture_output=True, text=True, timeout=600, check=False)
    alone = subprocess.run(
        cmd,
        cwd=project.root,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, server.NO_SERVER_ENV: "1"},
    )
    return served, alone


def test_a_command_through_the_server_does_exactly_what_it_does_on_its_own(project: Project, running: int) -> None:
    project.write("gabapentin.md", DRAFT)
    runs = 0
    for args, stdin in (  # --no-cache: the second run of a pair would find the first's result
        (("check", "--no-cache", "-f", "json", "articles/gabapentin.md"), None),
        (("check", "--no-cache", "articles/gabapentin.md"), None),
        (("check", "--no-cache", "missing.md"), None),
        (("check", "--bogus"), None),
        (("check", "--no-cache", "-f", "json", "-"), DRAFT),
    ):
        served, alone = _pair(project, *args, stdin=stdin)
        runs += 1
        assert "Traceback" not in served.stderr, served.stderr
        assert (served.returncode, served.stdout, served.stderr) == (alone.returncode, alone.stdout, alone.stderr), args
    found = _status()
    assert found is not None and found["runs"] == runs  # every one of them ran in the server
    report = json.loads(served.stdout)
    assert served.returncode == 1 and report["summary"]["errors"] >= 1  # the findings and the status came through

    # Files a run writes are written as by the program itself: where it runs, complete.
    served = subprocess.run(
        [sys.executable, "-m", "pipeline", "check", "-f", "sarif", "-o", "report.sarif", "articles/gabapentin.md"],
        cwd=project.root,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert served.returncode == 1, served.stderr
    assert json.loads((project.root / "report.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert _status()["runs"] == runs + 1  # type: ignore[index]


def test_a_build_through_the_server_writes_the_same_files(project: Project, running: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")  # the pages carry the build time
    project.write("gabapentin.md", DRAFT)
    served = run_subprocess("build", "--no-cache", "articles", cwd=project.root)
    (project.root / "output").rename(project.root / "served")
    alone = run_subprocess("build", "--no-cache", "articles", cwd=project.root, env={server.NO_SERVER_ENV: "1"})
    assert (served.exit_code, served.stdout, served.stderr) == (alone.exit_code, alone.stdout, alone.stderr)
    written = sorted(p.relative_to(project.root / "output") for p in (project.root / "output").rglob("*") if p.is_file())
    assert written and written == sorted(
        p.relative_to(project.root / "served") for p in (project.root / "served").rglob("*") if p.is_file()
    )
    for name in written:
        assert (project.root / "served" / name).read_bytes() == (project.root / "output" / name).read_bytes(), name
    assert _status()["runs"] == 1  # type: ignore[index]


def _at_a_terminal() -> None:
    """Ctrl-C as a program started from a terminal gets it: a test run started in the
    background of a non-interactive shell (``pytest &``) ignores SIGINT, a child inherits
    that, and Python then never turns the signal into KeyboardInterrupt (a child's
    /proc status showed SigIgn with SIGINT set while it waited, never interrupted)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def test_ctrl_c_stops_the_run_in_the_server_and_the_server_carries_on(project: Project, running: int) -> None:
    """`pipeline check -` waiting for its input: Ctrl-C ends it with 130 and one of the
    program's lines for it (click's "aborted" while reading), as in its own process; the
    server is still there for the next run."""
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "check", "-"],
        cwd=project.root,
        stdin=read_end,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_at_a_terminal,
    )
    os.close(read_end)
    try:
        deadline = time.monotonic() + 60
        while (_status() or {}).get("running") != 1:
            assert time.monotonic() < deadline, "the run never reached the server"
            time.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    finally:
        os.close(write_end)
    assert proc.returncode == 130, stderr
    assert stderr.strip() in ("pipeline: aborted", "pipeline: interrupted"), stderr
    found = _status()
    assert found is not None and found["pid"] == running and found["running"] == 0


class _SplitByCtrlC(socket.socket):
    """The program's end of the connection, with Ctrl-C landing once the server's "run"
    line is half read (as it did under load, the test's SIGINT sent as soon as the server
    counted the run)."""

    interrupted = False
    seen = b""

    def recv(self, size: int, flags: int = 0) -> bytes:
        if self.seen == b"ru" and not self.interrupted:
            self.interrupted = True
            raise KeyboardInterrupt  # as a signal does: while waiting, before anything more is read
        data = super().recv(size, flags)
        self.seen += data
        return data


def test_ctrl_c_amid_the_servers_answer_is_said_once(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The run began and said "interrupted" itself: its caller must not say it again
    (CI saw the line twice when Ctrl-C split the server's "run")."""
    theirs, plain = socket.socketpair()
    mine = _SplitByCtrlC(fileno=plain.detach())
    monkeypatch.setattr(server, "_connect", lambda timeout: mine)
    monkeypatch.delenv(server.NO_SERVER_ENV, raising=False)

    def the_server() -> None:
        _, fds, _, _ = socket.recv_fds(theirs, 65536, 3)
        for fd in fds:
            os.close(fd)
        theirs.sendall(b"ru")
        time.sleep(0.2)
        theirs.sendall(b"n\n")
        while theirs.recv(65536):  # until the program ends its request: the run is interrupted
            pass
        theirs.sendall(b"exit 130\n")
        theirs.close()

    answering = threading.Thread(target=the_server)
    answering.start()
    try:
        assert server.forward(["check", "-"]) == 130
    finally:
        answering.join(30)
    assert mine.interrupted
    assert "interrupted" not in capsys.readouterr().err


def test_without_a_usable_server_the_program_runs_the_command_itself(project: Project, running: int) -> None:
    project.write("gabapentin.md", DRAFT)
    stopped = run_subprocess("server", "stop", cwd=project.root)
    assert stopped.stdout.strip() == "pipeline: check server stopped"
    deadline = time.monotonic() + 30
    while _status() is not None:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    status = run_subprocess("server", "status", cwd=project.root)
    assert status.exit_code == 1 and "no check server is running" in status.stdout
    result = run_subprocess("check", "-f", "json", "articles/gabapentin.md", cwd=project.root)
    assert result.exit_code == 1 and json.loads(result.stdout)["summary"]["errors"] >= 1

    # A socket left by a server that was killed: the program still checks, and a new
    # server starts in its place.
    path = server.socket_path()
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(str(path))
    left.close()
    result = run_subprocess("check", "-f", "json", "articles/gabapentin.md", cwd=project.root)
    assert result.exit_code == 1 and json.loads(result.stdout)["summary"]["errors"] >= 1
    started = run_subprocess("server", "start", "--idle", "1", cwd=project.root, timeout=900)
    assert started.exit_code == 0, started.stderr
    assert _status() is not None
    run_subprocess("server", "stop", cwd=project.root)


def test_a_server_running_older_code_refuses_and_stops(tmp_path: Path) -> None:
    """The tool was upgraded or edited while the server ran: the server would run the old
    code, so it answers `stale` (the program then runs the command itself) and stops."""
    instance = server.Server(idle_seconds=60)
    instance.code = "sha256:the code this server imported"
    mine, theirs = socket.socketpair()
    fds = [os.dup(0), os.dup(1), os.dup(2)]
    request = {"op": "run", "version": server.__version__, "package": server.PACKAGE, "executable": sys.executable, "args": ["check"]}
    try:
        instance._answer(theirs, request, fds)  # noqa: SLF001 - one request, without a socket to listen on
        assert mine.recv(64) == b"stale\n"
    finally:
        for fd in fds:
            os.close(fd)
        mine.close()
    assert instance.stopping and not instance.children
