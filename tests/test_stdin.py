"""`pipeline check -`: a draft read from standard input, named by --stdin-filename in the report."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO, SEED, CliResult, _main_command

from pipeline.document.source import read_stdin_source
from pipeline.errors import InputError

GOOD = REPO / "articles" / "metformin-type-2-diabetes.md"


def check_stdin(data: bytes, *args: str, cwd: Path) -> CliResult:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(_main_command(), ["check", "--no-cache", *args], input=data, catch_exceptions=False)
    finally:
        os.chdir(old)
    return CliResult(result.exit_code, result.stdout, result.stderr)


def test_stdin_is_checked_like_the_file(tmp_path: Path) -> None:
    result = check_stdin(SEED.read_bytes(), "-f", "json", "--stdin-filename", "articles/seed.md", "-", cwd=tmp_path)
    assert result.exit_code == 1, result.stderr
    report = json.loads(result.stdout)
    (item,) = report["files"]
    assert item["path"] == "articles/seed.md"
    rules = {f["rule"] for f in item["findings"]}
    assert {"disclaimer.missing", "promotional.product-listing"} <= rules
    assert all(f["path"] == "articles/seed.md" for f in item["findings"])


def test_stdin_without_a_name_is_dash_and_crlf_keeps_positions(tmp_path: Path) -> None:
    data = SEED.read_bytes()
    plain = check_stdin(data, "-f", "concise", "-", cwd=tmp_path)
    crlf = check_stdin(data.replace(b"\n", b"\r\n"), "-f", "concise", "-", cwd=tmp_path)
    assert plain.exit_code == crlf.exit_code == 1
    assert plain.stdout.startswith("-:")
    assert "-:8:1: error promotional.product-listing" in plain.stdout
    assert plain.stdout == crlf.stdout


def test_stdin_filename_alone_reads_stdin_and_a_good_draft_passes(tmp_path: Path) -> None:
    result = check_stdin(GOOD.read_bytes(), "--stdin-filename", "drafts/metformin.md", cwd=tmp_path)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "drafts/metformin.md" in result.stdout
    assert "1 file checked: 0 errors" in result.stdout


def test_stdin_errors(tmp_path: Path) -> None:
    bad = check_stdin(b"# Title\n\n\xc3\x28 bad\n", "--stdin-filename", "x.md", "-", cwd=tmp_path)
    assert bad.exit_code == 2
    assert "x.md" in bad.stderr and "invalid UTF-8" in bad.stderr
    mixed = check_stdin(b"# T\n", "-", "articles/", cwd=tmp_path)
    assert mixed.exit_code == 2 and "cannot be combined" in mixed.stderr
    named = check_stdin(b"# T\n", "--stdin-filename", "x.md", "articles/", cwd=tmp_path)
    assert named.exit_code == 2 and "--stdin-filename needs PATH '-'" in named.stderr


def test_stdin_size_limit() -> None:
    with pytest.raises(InputError, match="above the 1 MB limit"):
        read_stdin_source(io.BytesIO(b"a" * (1024 * 1024 + 1)), "big.md", limit=1024 * 1024)
    source = read_stdin_source(io.BytesIO(b"\xef\xbb\xbfline one\r\nline two\r"), "ok.md")
    assert source.text == "line one\nline two\n" and source.path == "ok.md"
