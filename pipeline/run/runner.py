"""Running the checks over many files: result cache, worker processes, input order.

A run first asks the cache about every file (reading its bytes only); files that
hit are never parsed and no check context is built for them. The misses are
checked in-process (``jobs == 1`` or a single miss) or in a process pool.

Where processes fork (Linux), the parent builds its CheckContext first and warms it
(rules, drug facts, lexicons, the CMU table and, with Harper, the linter and its
dictionary: a small built-in draft is checked), then freezes its heap for the
garbage collector (``gc.freeze``) and forks: every worker shares all of it
copy-on-write instead of building its own, and the workers' collections do not walk
(and so copy) the inherited objects. Elsewhere the pool's initializer builds one
context per worker. Files are handed out in blocks, the largest of a block first,
so that the last files of a run do not leave one worker busy and the other idle;
results are yielded one at a time in input order, with a bounded number in flight,
so memory does not grow with the corpus.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pipeline import warm
from pipeline.config import Config
from pipeline.document.source import read_draft_bytes
from pipeline.errors import PipelineError
from pipeline.findings import FileResult
from pipeline.run.cache import ResultCache
from pipeline.run.checker import check_path
from pipeline.run.context import CheckContext

#: Files per worker in one block: a block is handed out largest file first, and at
#: most two blocks are in flight (enough to keep workers busy, few enough to bound memory).
_BLOCK_PER_JOB = 16


def default_jobs(config: Config) -> int:
    """``jobs`` from the configuration, else the CPU cores this process may use."""
    configured = config.get("jobs")
    if configured:
        return int(configured)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def make_context(config: Config) -> CheckContext:
    from pipeline.knowledge.rules import project_rules

    return CheckContext(config, project_rules(config))


@dataclass
class RunStats:
    """What the run did: for the JSON report's `run` block and the benchmark."""

    jobs: int = 1
    cache_hits: int = 0
    checked: int = 0


@dataclass(frozen=True)
class _WorkerFailure:
    """A PipelineError raised by a check in a worker, carried back as its one line
    (exceptions with extra constructor arguments do not survive pickling intact)."""

    message: str


_WORKER_CTX: CheckContext | None = None


@dataclass
class _Slot:
    """One file of a parallel run: its cached result or the future of its check."""

    path: Path
    probe: Probe | None
    value: FileResult | Future[FileResult | _WorkerFailure] | None = None


def _init_worker(config: Config) -> None:
    """Build the worker's check context, unless it was forked with the parent's
    (rules and facts already parsed). Its resources are built on first use."""
    global _WORKER_CTX
    if _WORKER_CTX is None:
        _WORKER_CTX = make_context(config)


@dataclass(frozen=True)
class Probe:
    """What the cache lookup read of one file: its entry key, the SHA-256 of the bytes
    the key was made from, and their line count (cached positions must lie within)."""

    key: str
    sha256: str
    lines: int


def _store(cache: ResultCache | None, probe: Probe | None, result: FileResult) -> None:
    """Keep a result under the key of the bytes it was checked from, never under another's
    (the file may have changed between the lookup and the check)."""
    if cache is not None and probe is not None and result.sha256 == probe.sha256:
        cache.store(probe.key, result)


def _check_in_worker(path: str, probe: Probe | None, cache: ResultCache | None) -> FileResult | _WorkerFailure:
    assert _WORKER_CTX is not None, "worker started without its initializer"
    try:
        result = check_path(Path(path), _WORKER_CTX)
    except PipelineError as exc:
        return _WorkerFailure(str(exc))
    _store(cache, probe, result)
    return result


class Runner:
    """Checks a list of files and yields their FileResults in input order."""

    def __init__(self, config: Config, *, jobs: int | None = None, use_cache: bool = True) -> None:
        self.config = config
        self.jobs = jobs or default_jobs(config)
        self.cache = ResultCache.for_config(config) if use_cache else None
        self.stats = RunStats(jobs=self.jobs)
        self._ctx: CheckContext | None = None
        #: Whether the run checks one draft only: see CheckContext.lint_ahead.
        self.one_draft = True

    def context(self) -> CheckContext:
        """The in-process check context, built on first need (never on an all-hit run)."""
        if self._ctx is None:
            self._ctx = make_context(self.config)
        self._ctx.lint_ahead = self.one_draft
        return self._ctx

    def _key(self, path: Path) -> Probe | None:
        if self.cache is None:
            return None
        try:
            data = read_draft_bytes(path)
        except PipelineError:  # unreadable, not a regular file, too large: check_path reports it
            return None
        return Probe(self.cache.key(path, data), hashlib.sha256(data).hexdigest(), data.count(b"\n") + 1)

    def _load(self, path: Path, probe: Probe | None) -> FileResult | None:
        """A verified cache entry for these bytes, carrying their digest; None on any doubt."""
        if self.cache is None or probe is None or not self.cache.has(probe.key):
            return None
        result = self.cache.load(probe.key, str(path), probe.lines)
        if result is not None:
            result.sha256 = probe.sha256
        return result

    def _cached(self, path: Path, probe: Probe | None) -> FileResult | None:
        result = self._load(path, probe)
        if result is not None:
            self.stats.cache_hits += 1
        return result

    def _check_here(self, path: Path, probe: Probe | None) -> FileResult:
        self.stats.checked += 1
        result = check_path(path, self.context())
        _store(self.cache, probe, result)
        return result

    def run(self, files: list[Path], on_result: Callable[[FileResult], None] | None = None) -> Iterator[FileResult]:
        """Yield one FileResult per file, in the order given."""
        keys = [self._key(path) for path in files]
        misses = sum(1 for key in keys if key is None or not self.cache or not self.cache.has(key.key))
        workers = min(self.jobs, misses)
        self.one_draft = misses <= 1
        if workers <= 1:
            for path, key in zip(files, keys, strict=False):
                result = self._cached(path, key) or self._check_here(path, key)
                if on_result:
                    on_result(result)
                yield result
            return
        yield from self._run_parallel(files, keys, workers, on_result)

    def _run_parallel(
        self, files: list[Path], keys: list[Probe | None], workers: int, on_result: Callable[[FileResult], None] | None
    ) -> Iterator[FileResult]:
        # Validate rules here first: a bad rule file is one clean error, not a broken pool.
        ctx = self.context()
        if any(rule.type == "grammar" for rule in ctx.rules):
            from pipeline.checks.grammar.select import share_local_server

            share_local_server(ctx.config)  # one LanguageTool server for all workers
        fork = "fork" in multiprocessing.get_all_start_methods()
        if fork:
            warm.wait()  # no worker may inherit a dictionary half-built by another thread
            preload_shared_tables(ctx)
            warm_up(ctx)
        mp_context = multiprocessing.get_context("fork" if fork else None)
        global _WORKER_CTX
        _WORKER_CTX = ctx if fork else None
        pending: deque[_Slot] = deque()  # in input order
        block = workers * _BLOCK_PER_JOB
        frozen = fork and gc.get_freeze_count() == 0
        if frozen:
            gc.collect()
            gc.freeze()  # the workers inherit the heap: their collections leave it (and its pages) alone
        try:
            with ProcessPoolExecutor(workers, mp_context=mp_context, initializer=_init_worker, initargs=(ctx.config,)) as pool:
                try:
                    for start in range(0, len(files), block):
                        chunk = zip(files[start : start + block], keys[start : start + block], strict=False)
                        entries = [_Slot(path, key) for path, key in chunk]
                        misses = []
                        for entry in entries:
                            cached = self._load(entry.path, entry.probe)
                            if cached is not None:
                                self.stats.cache_hits += 1
                                entry.value = cached
                            else:
                                misses.append(entry)
                        for entry in sorted(misses, key=_size, reverse=True):  # largest first: a short tail
                            self.stats.checked += 1
                            entry.value = pool.submit(_check_in_worker, str(entry.path), entry.probe, self.cache)
                        pending.extend(entries)
                        while pending and (len(pending) > block or _ready(pending[0].value)):
                            yield self._resolve(pending.popleft(), on_result)
                    while pending:
                        yield self._resolve(pending.popleft(), on_result)
                except BaseException:
                    pool.shutdown(wait=True, cancel_futures=True)
                    raise
                finally:
                    _WORKER_CTX = None
        finally:
            if frozen:
                gc.unfreeze()

    def _resolve(self, item: _Slot, on_result: Callable[[FileResult], None] | None) -> FileResult:
        value = item.value
        assert value is not None
        outcome = value.result() if isinstance(value, Future) else value
        if isinstance(outcome, _WorkerFailure):
            raise PipelineError(outcome.message)
        if on_result:
            on_result(outcome)
        return outcome


def preload_shared_tables(ctx: CheckContext) -> None:
    """Load, before forking, the read-only tables every worker would otherwise load
    for itself (seconds each): the CMU syllable table and Harper's
    curated dictionary (loaded by its first call). Forked workers share them
    copy-on-write. Engines themselves (Harper's Linter, a LanguageTool server) are
    still built in each worker, once, through ``ctx.resource``."""
    from pipeline.checks.syllables import easy_words, syllable_table

    syllable_table()  # every file gets readability figures, whatever rules are on
    easy_words()
    uses_harper = any(rule.type == "grammar" for rule in ctx.rules) and ctx.config.data.get("grammar", {}).get("engine") != "languagetool"
    if uses_harper:
        try:
            import harper

            harper.get_default_lint_config()
        except Exception:  # the grammar check reports a broken Harper itself, in the worker
            pass


#: What :func:`warm_up` checks in the parent: a heading, a drug, a dose, a sentence or two.
_WARM_UP_DRAFT = """---
title: Ibuprofen for pain
---
# Ibuprofen for pain

Take 200 mg of ibuprofen every 4 to 6 hours with food. Ask your pharmacist or doctor
if you have questions; this article is for information only.
"""


def warm_up(ctx: CheckContext) -> None:
    """Build, before forking, what every worker would otherwise build for itself on its
    first file (drug facts and names, lexicons, compiled patterns and, with Harper, the
    linter and its dictionary), by checking a small built-in draft. Not with
    LanguageTool: a client's open connections must not be shared by processes."""
    from pipeline.document.article import parse_article
    from pipeline.document.source import SourceText
    from pipeline.knowledge.facts import get_facts
    from pipeline.run.checker import check_article

    if any(rule.type == "grammar" for rule in ctx.rules):
        from pipeline.checks.grammar.select import certainly_harper

        if not certainly_harper(ctx.config):
            return
    try:
        check_article(parse_article(SourceText.from_text("warm-up.md", _WARM_UP_DRAFT)), ctx)
        # Every drug's facts: from the knowledge cache they come one drug at a time (LazyTable),
        # and each worker would otherwise unpickle the same drugs for itself.
        for _ in get_facts(ctx).drugs.values():
            pass
    except PipelineError:  # the workers report it, file by file, as in a serial run
        pass
    ctx.engines.clear()


def _size(entry: _Slot) -> int:
    try:
        return os.stat(entry.path).st_size
    except OSError:
        return 0


def _ready(value: object) -> bool:
    return not isinstance(value, Future) or value.done()
