"""Shared test helpers: write drafts into a temporary project and run the real CLI."""

from __future__ import annotations

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


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test runs in its own temporary directory with its own result cache
    (nothing shared with the repository or with other tests).

    The cache, config and runtime directories are removed when the test ends: a
    knowledge cache is about 26 MB (47 MB before its programs were packed), and thousands of them filled the CI
    machine's disk (the test's own `tmp_path` is removed by pytest when it
    passes, `tmp_path_retention_policy` in pyproject.toml)."""
    monkeypatch.chdir(tmp_path)
    private = [tmp_path_factory.mktemp(name) for name in ("cache", "config", "runtime")]
    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(private[0]))
    # The cache's HMAC key (~/.config/pipeline/cache-key) lives in a per-test config home.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(private[1]))
    # A check server (`pipeline server`) is looked for here: none, unless the test starts one.
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(private[2]))
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
