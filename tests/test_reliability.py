"""Issue 16: hostile inputs end quickly with a one-line exit 2 (or a bounded
result), and no draft is ever changed. One test (or a few) per defended hole."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import run_cli

pytestmark = pytest.mark.reliability

GOOD = "---\ntitle: Good\n---\n# Good\n\nTake one tablet a day with water.\n"


def draft_hashes(root: Path) -> dict[str, str]:
    """SHA-256 of every regular draft file under ``root`` (links and special files skipped)."""
    hashes = {}
    for path in sorted(root.rglob("*.md")):
        if path.is_symlink() or not path.is_file():
            continue
        hashes[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


@contextmanager
def drafts_unchanged(root: Path) -> Iterator[None]:
    before = draft_hashes(root)
    assert before, "no drafts to guard"
    yield
    assert draft_hashes(root) == before


@contextmanager
def within(seconds: float) -> Iterator[None]:
    start = time.monotonic()
    yield
    elapsed = time.monotonic() - start
    assert elapsed < seconds, f"took {elapsed:.1f} s (bound {seconds} s)"


def error_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(("error ", "pipeline: error"))]


def file_errors(report: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {Path(f["path"]).name: f["error"] for f in report["files"] if f.get("error")}


# --- 1. input files: special files, size while reading, links leaving the project ---


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_and_device_are_refused_without_blocking(project) -> None:  # type: ignore[no-untyped-def]
    project.write("good.md", GOOD)
    os.mkfifo(project.root / "articles" / "pipe.md")
    with drafts_unchanged(project.root), within(20):
        result = run_cli("check", "articles", "/dev/zero", cwd=project.root)
    assert result.exit_code == 2
    lines = error_lines(result.stdout)
    assert "error articles/pipe.md: is a FIFO (named pipe), not a regular file; not read" in lines
    assert "error /dev/zero: is a device, not a regular file; not read" in lines
    assert "articles/good.md  grade" in result.stdout  # the other file is still checked


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_read_refuses_a_fifo_even_when_called_directly(tmp_path: Path) -> None:
    from pipeline.document.source import read_source
    from pipeline.errors import InputError

    os.mkfifo(tmp_path / "pipe.md")
    with within(5), pytest.raises(InputError, match="FIFO"):
        read_source(tmp_path / "pipe.md")


def test_size_limit_is_enforced_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.document.source as source
    from pipeline.errors import InputError

    path = tmp_path / "big.md"
    path.write_bytes(b"a" * 101)
    assert len(source.read_draft_bytes(path, limit=101)) == 101
    with pytest.raises(InputError, match="above the 0 MB limit"):
        source.read_draft_bytes(path, limit=100)
    read_sizes: list[int] = []
    real_fdopen = os.fdopen

    def spy(fd: int, mode: str = "r"):  # type: ignore[no-untyped-def]
        handle = real_fdopen(fd, mode)
        real_read = handle.read

        def read(size: int = -1) -> bytes:
            read_sizes.append(size)
            return real_read(size)

        handle.read = read  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr(source.os, "fdopen", spy)
    with pytest.raises(InputError):
        source.read_draft_bytes(path, limit=10)
    assert read_sizes == [11]  # never more than limit + 1 bytes, whatever stat says


def test_symlink_leaving_the_project_is_refused_and_others_checked(project, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path_factory.mktemp("outside") / "secret.md"
    secret.write_text("[core]\n\ttoken = ghp_SECRET_TOKEN_123\n", encoding="utf-8")
    project.write("good.md", GOOD)
    project.write("inside.md", GOOD.replace("Good", "Inside"))
    (project.root / "articles" / "leak.md").symlink_to(secret)
    (project.root / "articles" / "passwd.md").symlink_to("/etc/passwd")
    (project.root / "articles" / "alias.md").symlink_to(project.root / "articles" / "inside.md")
    with drafts_unchanged(project.root), within(20):
        result = run_cli("check", "articles", cwd=project.root)
        code, report = project.check_json("articles")
    assert result.exit_code == 2 and code == 2
    message = "is a symbolic link to a file outside the checked paths and the project; not followed"
    assert f"error articles/leak.md: {message}" in error_lines(result.stdout)
    assert f"error articles/passwd.md: {message}" in error_lines(result.stdout)
    assert "ghp_SECRET_TOKEN" not in result.stdout and "root:" not in result.stdout
    assert "ghp_SECRET_TOKEN" not in str(report)
    errors = file_errors(report)
    assert set(errors) == {"leak.md", "passwd.md"}
    checked = {Path(f["path"]).name for f in report["files"] if not f.get("error")}
    assert "good.md" in checked
    assert checked & {"alias.md", "inside.md"}  # a link inside the project is followed (the target checked once)


def test_symlink_named_explicitly_is_refused_too(project) -> None:  # type: ignore[no-untyped-def]
    project.write("good.md", GOOD)
    (project.root / "articles" / "passwd.md").symlink_to("/etc/passwd")
    with drafts_unchanged(project.root), within(20):
        result = run_cli("check", "articles/passwd.md", "articles/good.md", cwd=project.root)
    assert result.exit_code == 2
    assert error_lines(result.stdout) == [
        "error articles/passwd.md: is a symbolic link to a file outside the checked paths and the project; not followed"
    ]
