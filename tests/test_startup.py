"""Start-up: a check with Harper never imports LanguageTool support or requests
(they load only when LanguageTool is used, or `pipeline doctor`/`setup` need them)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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


def _loaded(cwd: Path, *args: str) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE.format(lazy=LAZY), *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )
    return list(json.loads(proc.stdout.strip().splitlines()[-1]))


def test_a_harper_check_imports_no_languagetool_support(tmp_path: Path) -> None:
    (tmp_path / "pipeline.toml").write_text('[grammar]\nengine = "harper"\n', encoding="utf-8")
    (tmp_path / "draft.md").write_text("# Taking gabapentin\n\nIt is a important medicine.\n", encoding="utf-8")
    assert _loaded(tmp_path, "--version") == []
    assert _loaded(tmp_path, "check", "--no-cache", "draft.md") == []
