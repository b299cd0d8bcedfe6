"""Start-up: a check with Harper never imports LanguageTool support or requests
(they load only when LanguageTool is used, or `pipeline doctor`/`setup` need them)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import SEED

LAZY = ("language_tool_python", "requests")

_PROBE = """
import json, sys
import pipeline.cli
sys.argv = ["pipeline", *sys.argv[1:]]
try:
    pipeline.cli.main()
except SystemExit:
    pass
print(json.dumps(sorted(name for name in {lazy!r} if name in sys.modules)))
"""


def _loaded(cwd: Path, *args: str, lazy: tuple[str, ...] = LAZY) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE.format(lazy=lazy), *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )
    return list(json.loads(proc.stdout.strip().splitlines()[-1]))


def test_a_harper_check_imports_no_languagetool_support(tmp_path: Path) -> None:
    (tmp_path / "pipeline.toml").write_text('[grammar]\nengine = "harper"\n', encoding="utf-8")
    (tmp_path / "draft.md").write_text("# Taking gabapentin\n\nIt is a important medicine.\n", encoding="utf-8")
    assert _loaded(tmp_path, "--version") == []
    assert _loaded(tmp_path, "check", "--no-cache", "draft.md") == []


def test_quick_commands_load_no_checks_and_no_harper(tmp_path: Path) -> None:
    """`pipeline --version`, `--help` and `explain` answer without importing the checks,
    their patterns or Harper: only the command asked for is imported."""
    heavy = ("pipeline.checks", "pipeline.concepts.doses", "harper")
    assert _loaded(tmp_path, "--version", lazy=heavy) == []
    assert _loaded(tmp_path, "explain", "--help", lazy=heavy) == []
    assert _loaded(tmp_path, "check", "--no-cache", "missing.md", lazy=heavy) != []  # the probe sees a check's imports


# -- the end of the process ------------------------------------------------------------
# `python -m pipeline` (and the installed `pipeline` script) end with os._exit once all
# output is written, skipping the interpreter's teardown; main() called from other code
# (here: `python -c`) raises SystemExit as before. Both must look the same from outside.

_IN_PROCESS = "import sys\nfrom pipeline.cli import main\nsys.argv = ['pipeline', *sys.argv[1:]]\nmain()\n"


def _both(cwd: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    program = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False)
    called = subprocess.run([sys.executable, "-c", _IN_PROCESS, *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False)
    program.stderr = program.stderr.replace("python -m pipeline", "pipeline")  # click's usage line names the program
    return program, called


def test_the_program_ends_with_the_same_status_and_output_as_main_called_in_process(tmp_path: Path) -> None:
    (tmp_path / "draft.md").write_text(
        "# Taking gabapentin\n\nIt is a important medicine. Buy now, only $9.99!\n\n[^1]: Nothing.\n", encoding="utf-8"
    )
    for args in (
        ("check", "--no-cache", "-f", "json", "draft.md"),
        ("check", "--no-cache", "-f", "sarif", "-o", "report.sarif", "draft.md"),
        ("check", "--no-cache", "--bogus"),
        ("check", "--no-cache", "missing.md"),
        ("--version",),
    ):
        program, called = _both(tmp_path, *args)
        assert "Traceback" not in program.stderr, program.stderr
        assert (program.returncode, program.stdout, program.stderr) == (called.returncode, called.stdout, called.stderr), args
    program, _ = _both(tmp_path, "check", "--no-cache", "-f", "json", "draft.md")
    assert program.returncode == 1  # findings at error: the status survives the fast exit
    assert json.loads(program.stdout)["summary"]["errors"] >= 1
    report = json.loads((tmp_path / "report.sarif").read_text(encoding="utf-8"))  # the report file is complete
    assert report["runs"][0]["results"]


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """`pipeline check -f json drafts/ | head -c 200`: the program stops quietly, as main() does."""
    for name in "abcd":  # a report of about 150 kB: more than a pipe holds
        shutil.copy(SEED, tmp_path / f"{name}.md")
    results = []
    for command in ([sys.executable, "-m", "pipeline"], [sys.executable, "-c", _IN_PROCESS]):
        args = [*command, "check", "--no-cache", "--jobs", "1", "-f", "json", "."]
        proc = subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.read(200)
        proc.stdout.close()
        stderr = proc.stderr.read().decode()
        results.append((proc.wait(timeout=300), stderr))
        assert "Traceback" not in stderr, stderr
    assert results[0] == results[1]
