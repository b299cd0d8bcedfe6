"""Harper's thread: the dictionary built in the background from the first moment of a
run, and every lint started ahead of the grammar check after it, on that one thread.

The first ``harper.Linter()`` of a process builds Harper's curated dictionary: 0.5 s
on a fast machine, 1.4 s on a slow one, most of a fresh one-file check. Harper builds
it in Rust without holding the interpreter lock, so :func:`start`, called by the
program (:func:`start_for_program`) before the command line's modules are even
imported, lets it run on another core while the imports, the configuration and the
knowledge load; the grammar check then finds it ready.

The lints go to the same long-lived thread (:func:`run`) because Harper keeps state
per thread: linting each article on a thread of its own cost 2.2 times the CPU of
linting the same articles on one thread (measured on the NIH corpus; a cold check of
the whole corpus went from 123 s to 298 s when each article got a new thread), and the
language server's checks of one document find what Harper learnt from the last one.
A forked child (a ``--jobs`` worker, a check server's run) has no such thread and
starts its own on first use.

This module imports nothing heavy: it must stay cheap for commands that never lint.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")


class _HarperThread:
    """One daemon thread running jobs in order, for the process that started it."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.jobs: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]]] = queue.SimpleQueue()
        threading.Thread(target=self._work, name="harper", daemon=True).start()

    def _work(self) -> None:
        while True:
            job, future = self.jobs.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(job())
            except BaseException as exc:  # noqa: BLE001 - raised where the result is taken (a Rust panic is a BaseException)
                future.set_exception(exc)


_thread: _HarperThread | None = None
_built: Future[None] | None = None


def run(job: Callable[[], T]) -> Future[T]:
    """Run ``job`` on the process's Harper thread, after the jobs before it."""
    from concurrent.futures import Future

    global _thread
    if _thread is None or _thread.pid != os.getpid():  # none yet, or the parent's (gone in a fork)
        _thread = _HarperThread()
    future: Future[T] = Future()
    _thread.jobs.put((job, future))
    return future


def _build() -> None:
    """Build the dictionary. Whatever goes wrong stays in the future: a broken Harper is
    reported by the grammar check itself, on the main thread."""
    import harper

    harper.Linter(harper.Dialect.AMERICAN)


def build_here() -> None:
    """Build the dictionary on this thread (a process that forks must hold no other thread:
    the check server)."""
    try:
        _build()
    except BaseException as exc:  # noqa: BLE001 - a broken Harper is reported by the grammar check of each run
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise


#: Commands that lint with Harper (unless the configuration picks LanguageTool); a running
#: check server (pipeline/server.py) runs them.
LINTING = frozenset({"check", "build", "fix"})


def command_of(args: list[str]) -> str | None:
    """The command named on a command line, past the group's own options."""
    rest = iter(args)
    for arg in rest:
        if arg == "--config":
            next(rest, None)
        elif not arg.startswith("-"):
            return arg
    return None


def lints(args: list[str]) -> bool:
    """Whether the command line ``args`` runs a command that lints (not its help)."""
    return command_of(args) in LINTING and not {"-h", "--help"} & set(args)


def start_for_program(args: list[str]) -> None:
    """Start the build for the program (``pipeline.__main__``) before it imports the command
    line's modules, about 0.07 s sooner than ``pipeline.cli`` could: the build is the longest
    step of a fresh one-file check, which ends no sooner than the build does. Not when a
    check server may run the command instead."""
    if not lints(args):
        return
    from pipeline import server

    if not server.listening():
        start()


def start() -> None:
    """Start building the dictionary on Harper's thread (once per process)."""
    global _built
    if _built is None:
        _built = run(_build)


def wait() -> None:
    """Wait for the build started by :func:`start`, if any: before a linter is made, so
    that two threads never build the dictionary at once, and before the process forks,
    so that no child inherits a half-built one."""
    if _built is None or _thread is None:
        return
    if _thread.pid == os.getpid() or _built.done():  # a forked child has no thread to wait for
        _built.exception()  # waits; the grammar check reports a Harper that cannot start
