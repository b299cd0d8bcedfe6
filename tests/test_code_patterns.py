"""The code's own patterns kept in the user cache (pipeline/codepatterns.py): a fresh
`pipeline check` rebuilds them instead of compiling them again, each exactly the pattern
`re` compiles, with the same findings; a damaged or out-of-date file is replaced."""

from __future__ import annotations

import json
import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED, run_subprocess


@pytest.fixture(autouse=True)
def own_user_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A user cache of this test's own (the suite's other tests share one)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))


def _stored() -> list[Path]:
    return sorted((Path(os.environ["XDG_CACHE_HOME"]) / "pipeline").glob("code-patterns-*.marshal"))


def _check(draft: Path) -> tuple[int, list[tuple[Any, ...]]]:
    shutil.rmtree(Path(os.environ["PIPELINE_CACHE_DIR"]) / "v2", ignore_errors=True)  # check it again
    result = run_subprocess("check", "--format", "json", draft.name, cwd=draft.parent)
    assert "Traceback" not in result.stderr, result.stderr
    report = json.loads(result.stdout)
    return result.exit_code, [(f["rule"], f["line"], f["column"], f["message"]) for file in report["files"] for f in file["findings"]]


#: In a fresh process, as ``pipeline check`` starts: load the stored programs, import the check
#: modules, and say how many of the stored patterns ``re`` compiled again, and whether every stored
#: one finds, in the draft (argv[1]), what the pattern ``re`` compiles finds (the stored program also
#: tells where a match can start: pipeline/knowledge/patterns.py), with the same flags and groups.
_PROBE = """
import json, re, sys, re._compiler as compiler
import pipeline.cli
from pipeline import codepatterns
from pipeline.run.cache import code_digest
code_digest()
compiled = []
plain = compiler.compile
compiler.compile = lambda p, flags=0: compiled.append((p, flags)) or plain(p, flags)
entries = codepatterns._read(codepatterns._path())
codepatterns.preload()
again = {(source, flags) for source, flags, _, _ in entries} & set(compiled)
text = open(sys.argv[1], encoding="utf-8").read() + " \u212aeep ſtop İt Straße café"
def found(pattern):
    return (pattern.flags, pattern.groups, [m.span() for m in pattern.finditer(text)])
same = all(found(re.compile(source, flags)) == found(plain(source, flags)) for source, flags, _, _ in entries)
print(json.dumps({"entries": len(entries), "compiled": len(again), "same": same}))
"""


def _probe() -> dict[str, Any]:
    proc = subprocess.run([sys.executable, "-c", _PROBE, str(SEED)], capture_output=True, text=True, timeout=120, check=True)
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def test_a_fresh_check_rebuilds_the_code_patterns_instead_of_compiling_them(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    shutil.copy(SEED, draft)
    assert _stored() == []
    first = _check(draft)
    [path] = _stored()
    written = path.stat().st_mtime_ns
    assert first[1]  # the draft has findings: the comparison below says something
    assert _check(draft) == first
    assert path.stat().st_mtime_ns == written  # read, not written again
    probe = _probe()
    assert probe["entries"] > 100  # the concept finders' and checks' module-level patterns
    assert probe["compiled"] == 0  # none of them compiled again on import
    assert probe["same"]  # each one finds what the pattern re.compile makes finds


def test_a_damaged_file_is_replaced_and_another_code_version_s_file_removed(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    shutil.copy(SEED, draft)
    first = _check(draft)
    [path] = _stored()
    older = path.with_name("code-patterns-0123456789abcdef.marshal")  # what an earlier version of the tool left
    older.write_bytes(path.read_bytes())
    path.write_bytes(b"\x00not marshal")
    assert _check(draft) == first
    assert _stored() == [path]
    assert len(marshal.loads(path.read_bytes())) > 100
    assert _probe()["compiled"] == 0
