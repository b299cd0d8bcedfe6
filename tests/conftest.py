"""Shared test helpers: write drafts into a temporary project and run the real CLI."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "articles" / "baclofen-10mg-anxiety.md"


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> CliResult:
    """Run `pipeline ARGS` in-process (fast), in ``cwd``, through the real entry point."""
    runner = CliRunner()
    old = Path.cwd()
    if cwd:
        os.chdir(cwd)
    try:
        result = runner.invoke(_main_command(), list(args), env=env, catch_exceptions=False)
    finally:
        os.chdir(old)
    return CliResult(result.exit_code, result.stdout, result.stderr)


def _main_command():  # type: ignore[no-untyped-def]
    """click command that behaves like main(): errors -> one line + exit 2."""
    import click

    from pipeline.cli import main

    @click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
    @click.pass_context
    def wrapper(ctx: click.Context) -> None:
        old_argv = sys.argv
        sys.argv = ["pipeline", *ctx.args]
        try:
            main()
        finally:
            sys.argv = old_argv

    return wrapper


def run_subprocess(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120) -> CliResult:
    """Run `python -m pipeline ARGS` in a fresh process (for offline and signal tests)."""
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=timeout)
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture(scope="session")
def knowledge_seed(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """A knowledge cache of the repository's `checks/` and the cache key that signed it,
    built once per test run by one `pipeline check` in a fresh process (under a lock: the
    xdist workers share it), or None if that run wrote none.

    Without it every fresh `pipeline` process a test starts compiles the knowledge's
    patterns again (about 25 s of CPU each), and every in-process check stores a 26 MB
    knowledge entry (about 0.6 s): most of the suite's time. Tests of the cold path are
    marked ``cold_knowledge`` and start with an empty cache."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the run's directory, above each worker's own
    seed = base / "knowledge-seed"
    with open(base / "knowledge-seed.lock", "w", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (seed / "built").exists():
            env = {
                **os.environ,
                "PIPELINE_CACHE_DIR": str(seed / "cache"),
                "XDG_CONFIG_HOME": str(seed / "config"),
                "XDG_RUNTIME_DIR": str(seed / "runtime"),
            }
            (seed / "runtime").mkdir(parents=True, exist_ok=True)
            command = [sys.executable, "-m", "pipeline", "check", "--quiet", str(SEED)]
            subprocess.run(command, cwd=REPO, env=env, capture_output=True, timeout=900, check=False)
            (seed / "built").touch()
    entries = seed / "cache" / "knowledge-v1"
    key = seed / "config" / "pipeline" / "cache-key"
    return seed if entries.is_dir() and key.is_file() else None


def _seed_knowledge(seed: Path, cache: Path, config: Path) -> None:
    """Give a test's private cache the run's knowledge entries (hard links: a write
    replaces an entry, it never changes the shared one) and the key that signed them."""
    (config / "pipeline").mkdir(mode=0o700)
    shutil.copy2(seed / "config" / "pipeline" / "cache-key", config / "pipeline" / "cache-key")
    entries = cache / "knowledge-v1"
    entries.mkdir()
    for entry in (seed / "cache" / "knowledge-v1").iterdir():
        os.link(entry, entries / entry.name)


@pytest.fixture(autouse=True)
def isolated(
    request: pytest.FixtureRequest, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Every test runs in its own temporary directory with its own result cache
    (nothing shared with the repository or with other tests).

    The knowledge cache starts with the run's knowledge entries (:func:`knowledge_seed`),
    except in tests marked ``cold_knowledge``. The cache, config and runtime directories
    are removed when the test ends: a knowledge cache is about 26 MB, and thousands of
    them filled the CI machine's disk (the test's own `tmp_path` is removed by pytest when
    it passes, `tmp_path_retention_policy` in pyproject.toml)."""
    monkeypatch.chdir(tmp_path)
    private = [tmp_path_factory.mktemp(name) for name in ("cache", "config", "runtime")]
    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(private[0]))
    # The cache's HMAC key (~/.config/pipeline/cache-key) lives in a per-test config home.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(private[1]))
    # A check server (`pipeline server`) is looked for here: none, unless the test starts one.
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(private[2]))
    from pipeline.knowledge import cache as knowledge_cache

    warm = request.node.get_closest_marker("cold_knowledge") is None
    if warm:
        seed = request.getfixturevalue("knowledge_seed")
        if seed is not None:
            _seed_knowledge(seed, private[0], private[1])
    else:
        monkeypatch.setattr(knowledge_cache, "_KEPT", {})  # nothing kept by earlier tests either
    # In this process a check loads the knowledge once and keeps it by its entry key, as the
    # check server does, rather than unpickling it again for each of a worker's thousands of
    # checks (which, while the pattern registries still held every load, grew a worker to 14 GB).
    with knowledge_cache.keep_loaded() if warm else contextlib.nullcontext():
        yield
    for directory in private:
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A temporary project using this repository's checks/ (rules and drug facts)."""
    return Project(tmp_path)


class Project:
    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "articles").mkdir()
        self.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n')

    def config(self, toml: str) -> None:
        (self.root / "pipeline.toml").write_text(toml, encoding="utf-8")

    def write(self, name: str, text: str, dedent: bool = True) -> Path:
        path = self.root / "articles" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n") if dedent else text, encoding="utf-8")
        return path

    def check(self, *args: str) -> CliResult:
        return run_cli("check", *args, cwd=self.root)

    def check_json(self, *args: str) -> tuple[int, dict[str, Any]]:
        result = run_cli("check", "--format", "json", *args, cwd=self.root)
        return result.exit_code, result.json()

    def findings(self, *args: str) -> list[dict[str, Any]]:
        _, report = self.check_json(*args)
        return [f for file in report["files"] for f in file["findings"]]
