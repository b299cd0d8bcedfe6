"""The check server: one warm process that runs ``pipeline check``, ``build`` and ``fix``
for this user, so that a one-file check after an edit does not pay start-up each time.

Start-up is most of a fresh one-file check: the imports and the patterns they compile,
Harper's dictionary (about 1.2 s on a slow machine), the knowledge. ``pipeline server
start`` pays it once: it leaves a process in the background that imports the checks,
builds Harper's dictionary, loads the knowledge of the directory it was started in,
then waits on a Unix socket in a directory only this user can open. It stops after
``--idle`` minutes without a request, on ``pipeline server stop``, or as soon as the
tool's code on disk is no longer the code it runs.

The ``pipeline`` program, for ``check``, ``build`` and ``fix``, first asks the server
(:func:`forward`): it sends its arguments, working directory, environment and umask,
and passes its own standard input, output and error along (SCM_RIGHTS). The server
forks a child of its warm self that runs the command exactly as the program would,
writing straight to the caller's terminal, pipe or files, and the caller exits with the
child's status. Every command runs in a fresh fork, so nothing one run does is seen by
the next. The caller runs the command itself, as if there were no server, whenever the
server is absent, does not answer within a second, belongs to another install of the
tool, or runs code older than the files (it then stops). ``PIPELINE_NO_SERVER=1``
never asks. Not on Windows (no descriptor passing): there the program always runs
the command itself.

This module is imported by every ``pipeline check`` before anything else: the client
part imports only the standard library's socket and JSON support.
"""

from __future__ import annotations

import json
import os
import socket
import struct
import sys
from pathlib import Path
from typing import Any, NoReturn

from pipeline import __version__

#: Setting this (to anything) makes ``pipeline`` run every command itself.
NO_SERVER_ENV = "PIPELINE_NO_SERVER"
#: How long a run interrupted because its caller went away may take to end before it is killed. 5 s was
#: too short on a loaded machine (the test suite on every core with other work beside it): a run that had
#: said "interrupted" was killed before it ended, and its caller, seeing no status, said it again.
ABANDONED_SECONDS = 15.0
#: How long the program waits for the server to accept a request before running it itself
#: (a wedged server). The answer is a digest of the code and a fork, milliseconds on a quiet
#: machine; 1 s was too short under load (a CI machine running the test suite): the program
#: then ran the command itself, slower, and the Ctrl-C test saw no run reach the server.
ANSWER_SECONDS = 3.0
#: A request larger than this (arguments and environment) is refused.
MAX_REQUEST_BYTES = 4 * 1024 * 1024
#: The package the program and the server run: a server of another install never answers.
PACKAGE = str(Path(__file__).resolve().parent)
_STREAMS = (0, 1, 2)


def supported() -> bool:
    return hasattr(socket, "AF_UNIX") and hasattr(socket, "send_fds") and hasattr(os, "fork")


def runtime_dir() -> Path:
    """This user's directory for the server's socket and log: ``$XDG_RUNTIME_DIR/pipeline``,
    else ``$TMPDIR/pipeline-<uid>``."""
    base = os.environ.get("XDG_RUNTIME_DIR")
    if base:
        return Path(base) / "pipeline"
    return Path(os.environ.get("TMPDIR") or "/tmp") / f"pipeline-{os.getuid()}"


def _ident() -> str:
    import hashlib

    return hashlib.sha256(f"{sys.executable}\0{PACKAGE}".encode()).hexdigest()[:16]


def socket_path() -> Path:
    """The socket of the server of this install (this interpreter, this package)."""
    return runtime_dir() / f"server-{_ident()}.sock"


def listening() -> bool:
    """Whether a server of this install may be there to run a command (its socket exists,
    and the environment does not turn servers off): the program then builds nothing of its
    own before asking it (:func:`pipeline.warm.start_for_program`)."""
    return not os.environ.get(NO_SERVER_ENV) and supported() and socket_path().exists()


def log_path() -> Path:
    return runtime_dir() / f"server-{_ident()}.log"


def _private(directory: Path) -> bool:
    """Whether ``directory`` is this user's own and closed to everyone else."""
    try:
        info = directory.lstat()
    except OSError:
        return False
    return os.path.isdir(directory) and not directory.is_symlink() and info.st_uid == os.getuid() and info.st_mode & 0o077 == 0


# -- the program's side ----------------------------------------------------------------


def _connect(timeout: float) -> socket.socket | None:
    path = socket_path()
    if not supported() or not _private(path.parent):
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(str(path))
    except OSError:
        sock.close()
        return None
    return sock


def _send(sock: socket.socket, request: dict[str, Any], fds: list[int] | None = None) -> None:
    data = json.dumps(request).encode()
    message = struct.pack("!I", len(data)) + data
    if fds:
        socket.send_fds(sock, [message], fds)
    else:
        sock.sendall(message)


class _Replies:
    """The server's reply lines on one connection, kept as they are read. Ctrl-C can land in
    the middle of a read (the test's SIGINT as soon as the server counts the run often split its
    "run" line): what was read stays here, so the interrupt's handler reads on from the same
    place and knows whether the run began and what it ended with."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.partial = b""
        self.lines: list[bytes] = []

    def line(self, limit: int = 65536) -> bytes:
        """The next line (without its newline); b"" if the connection closed first."""
        while not self.partial.endswith(b"\n"):
            chunk = self.sock.recv(1)
            if not chunk:
                return b""
            self.partial += chunk
            if len(self.partial) > limit:
                return b""
        self.lines.append(self.partial[:-1])
        self.partial = b""
        return self.lines[-1]

    def started(self) -> bool:
        return b"run" in self.lines

    def status(self) -> int | None:
        """The run's exit status, once the server has sent it."""
        for line in self.lines:
            if line.startswith(b"exit "):
                try:
                    return int(line[5:])
                except ValueError:
                    return None
        return None


def forward(args: list[str]) -> int | None:
    """Run ``pipeline ARGS`` in the check server; its exit status, or None if the caller
    must run it itself (no usable server: see the module docstring)."""
    if os.environ.get(NO_SERVER_ENV):
        return None
    sock = _connect(ANSWER_SECONDS)
    if sock is None:
        return None
    umask = os.umask(0o022)
    os.umask(umask)
    request = {
        "op": "run",
        "version": __version__,
        "package": PACKAGE,
        "executable": sys.executable,
        "args": args,
        # What click names the program after in usage lines ("pipeline", "python -m pipeline").
        "argv0": sys.argv[0],
        "main_package": getattr(sys.modules.get("__main__"), "__package__", None),
        "cwd": os.getcwd(),
        "env": dict(os.environ),
        "umask": umask,
        "encodings": [getattr(stream, "encoding", None) for stream in (sys.stdin, sys.stdout, sys.stderr)],
    }
    replies = _Replies(sock)
    try:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
            _send(sock, request, list(_STREAMS))
            replies.line()
        except (OSError, ValueError):  # a closed standard stream, a server gone or wedged
            pass
        if not replies.started():
            sock.close()
            return None
        sock.settimeout(None)
        replies.line()  # the run's status
    except KeyboardInterrupt:  # passed on: the server interrupts the run, which says so
        return _interrupted(replies)
    except OSError:
        pass
    sock.close()
    code = replies.status()
    if code is None:
        print("pipeline: internal error: the check server ended without a status (run again with PIPELINE_NO_SERVER=1)", file=sys.stderr)
        return 3
    return code


def _interrupted(replies: _Replies) -> int:
    """Ctrl-C while the server has (or may have) the run: the end of the request tells the
    server to interrupt it, and the run says so and ends with 130, as in this process. If no
    run had begun, or it gave no status (the server kills a run that does not end within
    ABANDONED_SECONDS), this process says so."""
    sock = replies.sock
    try:
        sock.shutdown(socket.SHUT_WR)
        sock.settimeout(ABANDONED_SECONDS + 5)  # the run's status, or the news that it was killed
        while replies.status() is None and replies.line():
            pass
    except (KeyboardInterrupt, OSError):
        pass
    finally:
        sock.close()
    code = replies.status()
    if not replies.started() or code is None:
        print("pipeline: interrupted", file=sys.stderr)
        return 130
    return code


def ask(op: str) -> dict[str, Any] | None:
    """``status`` or ``stop`` the server of this install: its reply, or None if none runs."""
    sock = _connect(ANSWER_SECONDS)
    if sock is None:
        return None
    try:
        _send(sock, {"op": op})
        reply = _Replies(sock).line()
        return dict(json.loads(reply)) if reply else None
    except (OSError, ValueError):
        return None
    finally:
        sock.close()


# -- the server's side -----------------------------------------------------------------


def _code_stamp() -> str:
    """The digest of the tool's code as it is on disk now."""
    from pipeline.knowledge.digest import tree_digest
    from pipeline.run.cache import CODE_SUFFIXES

    return tree_digest(Path(PACKAGE), suffixes=CODE_SUFFIXES)


def _warm_up() -> None:
    """Import and build what every run needs, with the configuration of this directory:
    the checks, Harper's dictionary, the syllable tables and the knowledge (kept in this
    process: see :func:`pipeline.knowledge.cache.keep_loaded`)."""
    import pipeline.commands.build  # noqa: F401 - the commands' modules, imported once here
    import pipeline.commands.check  # noqa: F401
    import pipeline.commands.fix  # noqa: F401
    from pipeline import warm
    from pipeline.config import load_config
    from pipeline.errors import PipelineError
    from pipeline.knowledge.cache import activated, for_run, keep_loaded
    from pipeline.run.runner import make_context, preload_shared_tables, warm_up

    warm.build_here()  # no thread of Harper's in the server: every run is forked from it
    try:
        config = load_config(None)
        with keep_loaded(), activated(for_run(config, True)):
            ctx = make_context(config)
            ctx.lint_ahead = False  # the warm-up's lint on this thread, not on a thread of Harper's
            preload_shared_tables(ctx)
            warm_up(ctx)
    except PipelineError as exc:  # a broken project here: each run reports it for itself
        print(f"pipeline server: the knowledge of {os.getcwd()} is not loaded: {exc}", file=sys.stderr)


class Server:
    """The accept loop: one forked child per run, their statuses passed back."""

    def __init__(self, idle_seconds: float) -> None:
        import selectors
        import time

        self.idle_seconds = idle_seconds
        self.selector = selectors.DefaultSelector()
        self.children: dict[int, socket.socket] = {}
        #: Runs interrupted because their caller went away, by pid: when they are killed if still running.
        self.abandoned: dict[int, float] = {}
        self.clock = time.monotonic
        self.last = self.clock()
        self.started = time.time()
        self.runs = 0
        self.stopping = False
        self.code = ""
        self.listener: socket.socket | None = None
        self.inode = 0

    def serve(self) -> None:
        import gc
        import signal

        from pipeline.errors import PipelineError

        directory = runtime_dir()
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(directory):
            raise PipelineError(f"{directory} is not a directory only you can open; the check server will not use it")
        path = socket_path()
        if ask("status") is not None:
            raise PipelineError(f"a check server of this install is already running (socket {path})")
        path.unlink(missing_ok=True)  # left by a server that did not end cleanly
        self.code = _code_stamp()
        _warm_up()
        listener = self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(path))
        os.chmod(path, 0o600)
        self.inode = path.stat().st_ino
        listener.listen(16)
        wake_read, wake_write = os.pipe()
        os.set_blocking(wake_write, False)
        signal.set_wakeup_fd(wake_write)
        signal.signal(signal.SIGCHLD, lambda *_: None)  # wakes the loop through the pipe
        signal.signal(signal.SIGTERM, self._stop)
        self.selector.register(listener, 1, "accept")
        self.selector.register(wake_read, 1, "wake")
        gc.collect()
        gc.freeze()  # the children share the warm heap: the collector must not touch its pages
        try:
            self._loop(wake_read)
        finally:
            signal.set_wakeup_fd(-1)
            self._close_listener()
            for conn in self.children.values():
                conn.close()

    def _close_listener(self) -> None:
        """Stop taking requests: new ones then run in their own process."""
        if self.listener is None:
            return
        self.selector.unregister(self.listener)
        try:
            if socket_path().stat().st_ino == self.inode:  # not a newer server's socket
                socket_path().unlink()
        except OSError:
            pass
        self.listener.close()
        self.listener = None

    def _stop(self, *_: Any) -> None:
        self.stopping = True

    def _loop(self, wake_read: int) -> None:
        while True:
            if self.stopping:
                self._close_listener()
            if not self.children and (self.stopping or self.clock() - self.last > self.idle_seconds):
                return
            for key, _ in self.selector.select(timeout=1.0 if self.abandoned else 5.0):
                if key.data == "wake":
                    os.read(wake_read, 512)
                elif key.data == "accept":
                    self._accept()
                elif isinstance(key.data, int):
                    self._client_event(key.data)
            self._reap()
            self._end_abandoned()

    def _end_abandoned(self) -> None:
        """A run whose caller went away and that the interrupt did not end (blocked where no
        signal reaches it) is killed after ABANDONED_SECONDS: it must not hold the caller's
        output streams open, nor run on, for ever."""
        import signal

        now = self.clock()
        for pid, deadline in list(self.abandoned.items()):
            if pid not in self.children:
                del self.abandoned[pid]
            elif now >= deadline:
                del self.abandoned[pid]
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass

    def _accept(self) -> None:
        assert self.listener is not None
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        self.last = self.clock()
        if not _same_user(conn):
            conn.close()
            return
        conn.settimeout(5)
        fds: list[int] = []
        try:
            request, fds = _receive(conn)
            self._answer(conn, request, fds)
        except (OSError, ValueError, KeyError, TypeError):
            conn.close()
        finally:
            for fd in fds:
                os.close(fd)

    def _answer(self, conn: socket.socket, request: dict[str, Any], fds: list[int]) -> None:
        op = request["op"]
        if op in ("status", "stop"):
            self._reap()  # a run that has just ended is not counted as running
            if op == "stop":
                self.stopping = True
            reply = {
                "pid": os.getpid(),
                "version": __version__,
                "package": PACKAGE,
                "started": self.started,
                "runs": self.runs,
                "running": len(self.children),
            }
            conn.sendall(json.dumps(reply).encode() + b"\n")
            conn.close()
            return
        if op != "run" or len(fds) != len(_STREAMS):
            conn.close()
            return
        if (request["version"], request["package"], request["executable"]) != (__version__, PACKAGE, sys.executable):
            conn.sendall(b"other\n")
            conn.close()
            return
        if _code_stamp() != self.code:  # the tool was edited or upgraded: this process runs old code
            conn.sendall(b"stale\n")
            conn.close()
            self.stopping = True
            return
        # The run's Ctrl-C (SIGINT to the child when the caller goes away, which under load can
        # be at once) must not reach the child while it still runs the server's code: blocked
        # across the fork; the child unblocks it when its run begins (_run_child).
        import signal

        mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            pid = os.fork()
            if pid == 0:
                _run_child(request, fds)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # the server's own, as before
        self.runs += 1
        conn.sendall(b"run\n")
        conn.settimeout(None)
        self.children[pid] = conn
        self.selector.register(conn, 1, pid)

    def _client_event(self, pid: int) -> None:
        """The caller sent something or went away (Ctrl-C): interrupt its run."""
        import signal

        conn = self.children.get(pid)
        if conn is None:
            return
        try:
            data = conn.recv(64)
        except OSError:
            data = b""
        if not data:
            self.selector.unregister(conn)
            self.abandoned[pid] = self.clock() + ABANDONED_SECONDS
            try:
                os.kill(pid, signal.SIGINT)
            except ProcessLookupError:
                pass

    def _reap(self) -> None:
        while self.children:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            conn = self.children.pop(pid, None)
            if conn is None:
                continue
            self.last = self.clock()
            if conn in (key.fileobj for key in self.selector.get_map().values()):
                self.selector.unregister(conn)
            code = os.waitstatus_to_exitcode(status)
            try:
                conn.sendall(b"exit %d\n" % (code if code >= 0 else 128 - code))
            except OSError:
                pass
            conn.close()


def _same_user(conn: socket.socket) -> bool:
    """Whether the caller runs as this user (where the system says: Linux's SO_PEERCRED;
    elsewhere the private directory and the socket's mode are the guard)."""
    if not hasattr(socket, "SO_PEERCRED"):
        return True
    try:
        _, uid, _ = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))
    except OSError:
        return False
    return bool(uid == os.getuid())


def _receive(conn: socket.socket) -> tuple[dict[str, Any], list[int]]:
    """One request: a length, its JSON, and (for a run) three descriptors."""
    data, fds, _, _ = socket.recv_fds(conn, 65536, len(_STREAMS))
    try:
        while len(data) < 4:
            more = conn.recv(4 - len(data))
            if not more:
                raise ValueError("short request")
            data += more
        (length,) = struct.unpack("!I", data[:4])
        if length > MAX_REQUEST_BYTES:
            raise ValueError("request too large")
        body = data[4:]
        while len(body) < length:
            more = conn.recv(min(65536, length - len(body)))
            if not more:
                raise ValueError("short request")
            body += more
        request = json.loads(body)
        if not isinstance(request, dict):
            raise ValueError("not a request")
    except BaseException:
        for fd in fds:
            os.close(fd)
        raise
    return request, fds


def _run_child(request: dict[str, Any], fds: list[int]) -> NoReturn:
    """In the forked child: become the caller's ``pipeline`` process and run its command."""
    import atexit
    import io
    import signal

    code = 3
    # Ctrl-C (the server's SIGINT when the caller goes away) arrives blocked (the server forks
    # with it blocked) and waits until the run has begun: delivered during this set-up it would
    # end the child without a word.
    try:
        signal.set_wakeup_fd(-1)
        for sig in (signal.SIGCHLD, signal.SIGTERM):
            signal.signal(sig, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        atexit._clear()  # noqa: SLF001 - the server's handlers are not this run's
        for target, fd in zip(_STREAMS, fds, strict=True):
            os.dup2(fd, target)
        for fd in fds:
            os.close(fd)
        os.closerange(3, 1 << 16)  # the server's socket, its clients' connections, the wake-up pipe
        os.chdir(request["cwd"])
        os.umask(int(request["umask"]))
        os.environ.clear()
        os.environ.update({str(k): str(v) for k, v in request["env"].items()})
        encodings = [e or "utf-8" for e in request["encodings"]]
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding=encodings[0], errors="strict")
        sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding=encodings[1], line_buffering=os.isatty(1))
        sys.stderr = io.TextIOWrapper(
            io.FileIO(2, "w", closefd=False), encoding=encodings[2], errors="backslashreplace", line_buffering=True
        )
        sys.argv = [str(request["argv0"]), *request["args"]]
        vars(sys.modules["__main__"])["__package__"] = request["main_package"]
        from pipeline.cli import run

        try:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
            code = run()
        except KeyboardInterrupt:  # delivered as it was unblocked, before run() could say so
            print("pipeline: interrupted", file=sys.stderr)
            code = 130
    finally:
        from pipeline.cli import exit_now

        exit_now(code)
