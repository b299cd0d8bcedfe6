"""Harper's dictionary, built in the background from the first moment of a run.

The first ``harper.Linter()`` of a process builds Harper's curated dictionary: 0.5 s
on a fast machine, 1.2 s on a slow one, most of a fresh one-file check. Harper builds
it in Rust without holding the interpreter lock, so :func:`start`, called by
``pipeline.cli`` before the command's modules are even imported, lets it run on
another core while the imports, the configuration and the knowledge load; the grammar
check then finds it ready. This module imports nothing heavy: it must stay cheap for
commands that never lint.
"""

from __future__ import annotations

import threading

_thread: threading.Thread | None = None


def _build() -> None:
    try:
        import harper

        harper.Linter(harper.Dialect.AMERICAN)
    except Exception:  # noqa: BLE001 - a broken Harper is reported by the grammar check itself, in the main thread
        pass
    except BaseException as exc:  # a Rust panic surfaces as pyo3's PanicException(BaseException)
        if type(exc).__name__ != "PanicException":
            raise


def start() -> None:
    """Start building the dictionary in a daemon thread (once per process)."""
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_build, name="harper-dictionary", daemon=True)
        _thread.start()


def wait() -> None:
    """Wait for the build started by :func:`start`, if any: before a linter is made, so
    that two threads never build the dictionary at once, and before the process forks,
    so that no child inherits a half-built one."""
    if _thread is not None:
        _thread.join()
