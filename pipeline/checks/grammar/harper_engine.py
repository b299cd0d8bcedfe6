"""Harper (harper-py): the embedded grammar and spelling engine that works on every
machine, offline, with nothing to install beyond the wheel.

One ``harper.Linter`` per process (building it loads the curated dictionary, the
expensive step), configured once: the rules this project turns off (see
checks/rules/grammar.yml, ``harper_off``) and the medical vocabulary
(``import_words``). Harper's spans are in code points of the string it was given,
which is what the offset table of :mod:`text` expects.

A long article (over SANDBOX_CHARS of prose) is linted in a forked child with an
address-space limit and a deadline (issue 16): Harper aborts the whole process when
an allocation fails (a Rust abort, not an exception), which would end the run with
exit 134 and a truncated report. In the child, such a crash, or a lint that runs
past SANDBOX_SECONDS, is one per-file error (:class:`EngineFailed`) and the run goes
on. The fork shares the parent's linter (its dictionary) copy-on-write, so it costs
milliseconds; short articles, almost all of them, are linted in-process.
"""

from __future__ import annotations

import faulthandler
import json
import os
import pickle
import select
import signal
import sys
import time
from functools import lru_cache

import harper

from pipeline import installed, warm
from pipeline.checks.grammar.text import EngineMatch
from pipeline.errors import ConfigError, EngineFailed
from pipeline.knowledge.spelling import SpellingVocabulary

SPELLING_RULES = frozenset({"SpellCheck"})
#: Articles with more prose than this are linted in a sandboxed child process.
SANDBOX_CHARS = 50_000
#: The child's deadline, and how much address space it may add to the parent's.
SANDBOX_SECONDS = 120.0
SANDBOX_EXTRA_BYTES = 4 << 30


@lru_cache(maxsize=1)
def harper_version() -> str:
    """ "harper-py 0.2.0 (Harper 2.13.0)": the binding's version and harper-core's,
    read from the wheel's software bill of materials (once per installation)."""
    return installed.remembered("harper-version", _read_harper_version) or "harper-py (version unknown)"


def _read_harper_version() -> str:
    from importlib import metadata

    py_version = metadata.version("harper-py")
    core = "unknown"
    try:
        for file in metadata.files("harper-py") or []:
            if file.name.endswith(".cyclonedx.json"):
                sbom = json.loads(file.read_text(encoding="utf-8"))
                for component in sbom.get("components", []):
                    if component.get("name") == "harper-core":
                        core = component.get("version", core)
    except (OSError, ValueError):
        pass
    return f"harper-py {py_version} (Harper {core})"


def known_rules() -> set[str]:
    """Harper's rule names, remembered per installation: asking Harper waits for the
    dictionary that :mod:`pipeline.warm` is building."""
    names = installed.remembered("harper-rules", lambda: " ".join(sorted(harper.get_default_lint_config())))
    return set((names or "").split())


def _replacement(problem: str, suggestion: harper.Suggestion) -> str:
    """What the problem text becomes: Harper's insert-after suggestions carry only the
    inserted text (" to" for "need"), removals carry none."""
    if suggestion.kind == harper.SuggestionKind.INSERT_AFTER:
        return problem + suggestion.replacement_text
    if suggestion.kind == harper.SuggestionKind.REMOVE:
        return ""
    return suggestion.replacement_text


#: The last linter made, with the settings it was made with. A forked run of the check
#: server finds the one its parent made while warming up, and a language server reloading
#: unchanged settings keeps its own: importing the vocabulary costs 0.1-0.2 s.
_LAST: tuple[tuple[frozenset[str], tuple[str, ...]], harper.Linter] | None = None


def _linter(disabled: set[str], words: tuple[str, ...]) -> harper.Linter:
    global _LAST
    settings = (frozenset(disabled), words)
    if _LAST is not None and _LAST[0] == settings:
        return _LAST[1]
    warm.wait()
    linter = harper.Linter(harper.Dialect.AMERICAN)
    if disabled:
        linter.set_lint_config({rule: False for rule in disabled})
    if words:
        linter.import_words(list(words))
    _LAST = (settings, linter)
    return linter


class HarperEngine:
    name = "harper"

    def __init__(self, disabled: set[str], vocabulary: SpellingVocabulary | None) -> None:
        unknown = sorted(disabled - known_rules())
        if unknown:
            raise ConfigError(f"unknown Harper rule(s) in grammar.harper_disabled_rules or harper_off: {', '.join(unknown)}")
        self.disabled = disabled
        self.vocabulary = vocabulary
        self.description = harper_version()
        self._linter: harper.Linter | None = None

    @property
    def linter(self) -> harper.Linter:
        """The linter, made on first use: on the thread that lints first, which for a
        one-file check is Harper's own (:func:`pipeline.checks.grammar.prefetch`), so the
        main thread runs the other checks while the dictionary is still being built."""
        if self._linter is None:
            # Lower case words: Harper then accepts each capitalised and in capitals too.
            self._linter = _linter(self.disabled, tuple(sorted(self.vocabulary.words)) if self.vocabulary else ())
        return self._linter

    def check(self, text: str) -> list[EngineMatch]:
        if len(text) > SANDBOX_CHARS and hasattr(os, "fork"):
            return self.check_in_child(text)
        try:
            return self._lint(text)
        except Exception as exc:
            raise EngineFailed(f"Harper failed on this article ({type(exc).__name__}); grammar not checked") from None
        except BaseException as exc:  # a Rust panic surfaces as pyo3's PanicException(BaseException)
            if type(exc).__name__ != "PanicException":
                raise
            raise EngineFailed("Harper crashed (a panic) on this article; grammar not checked") from None

    def check_in_child(self, text: str, seconds: float = SANDBOX_SECONDS, extra_bytes: int = SANDBOX_EXTRA_BYTES) -> list[EngineMatch]:
        """:meth:`_lint` in a forked child bounded in time and memory; EngineFailed if it crashes."""
        read_fd, write_fd = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: never returns, never flushes the parent's buffers
            code = 1
            try:
                os.close(read_fd)
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 1)
                os.dup2(devnull, 2)  # Rust's abort message
                faulthandler.disable()  # it would print a Python traceback on the abort
                _limit_address_space(extra_bytes)
                data = pickle.dumps(self._lint(text))
                with os.fdopen(write_fd, "wb") as out:
                    out.write(data)
                code = 0
            finally:
                os._exit(code)
        os.close(write_fd)
        chunks: list[bytes] = []
        deadline = time.monotonic() + seconds
        timed_out = False
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([read_fd], [], [], left)[0]:
                    timed_out = True
                    os.kill(pid, signal.SIGKILL)
                    break
                chunk = os.read(read_fd, 1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
        finally:
            os.close(read_fd)
            _, status = os.waitpid(pid, 0)
        if timed_out:
            raise EngineFailed(f"Harper did not finish within {seconds:g} s on {len(text):,} characters of prose; grammar not checked")
        if status != 0:
            how = f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"exit code {os.WEXITSTATUS(status)}"
            raise EngineFailed(f"Harper crashed ({how}) on {len(text):,} characters of prose; grammar not checked")
        matches: list[EngineMatch] = pickle.loads(b"".join(chunks))
        return matches

    def _lint(self, text: str) -> list[EngineMatch]:
        """Harper's lints of the whole article's prose, linted in one call: that is no
        slower than linting it in pieces, and pieces changed what Harper found next to
        the cuts (issue 15)."""
        return [
            EngineMatch(
                lint.span.start,
                lint.span.end,
                lint.message,
                rule,
                lint.lint_kind,
                [_replacement(lint.problem_text, suggestion) for suggestion in lint.suggestions],
                spelling=rule in SPELLING_RULES,
            )
            for rule, lints in self.linter.organized_lints(text, language="plaintext").items()
            for lint in lints
        ]


def _limit_address_space(extra_bytes: int) -> None:
    """Cap this process's address space at its current size plus ``extra_bytes``."""
    import resource

    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return
    limit = current + extra_bytes
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
