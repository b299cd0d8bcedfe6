"""Issue 16, items 1, 6, 7, 8 and the clear errors: the output directory's own record
(manifest, lock, staged switch-over), check-then-build, the authenticated cache, the
published Markdown. Each test asserts the exit code, the one-line message and that no
draft changed."""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import run_cli
from test_build_pages import only_readability

from pipeline.site.output import MANIFEST, STAGE_PREFIX

pytestmark = pytest.mark.reliability

GOOD = "---\ntitle: {title}\nslug: {slug}\n---\n# {title}\n\nTake one tablet a day with water.\n"
BAD = "# Bad one\n\n" + "This sentence goes on " * 10 + "and ends here.\n"


def hashes(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


@contextmanager
def drafts_unchanged(project) -> Iterator[None]:  # type: ignore[no-untyped-def]
    before = hashes(project.root / "articles")
    yield
    assert hashes(project.root / "articles") == before


def one_line(result, expected: str) -> str:  # type: ignore[no-untyped-def]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0], lines[0]
    return lines[0]


def setup(project) -> None:  # type: ignore[no-untyped-def]
    only_readability(project, "")
    project.config((project.root / "pipeline.toml").read_text() + '"readability.sentence-length" = "error"\n')
    project.write("a.md", GOOD.format(title="Iron", slug="iron"), dedent=False)
    project.write("b.md", GOOD.format(title="Zinc", slug="zinc"), dedent=False)


def manifest(out: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((out / MANIFEST).read_text(encoding="utf-8"))


# --- 1. output location, manifest, lock, sweep ----------------------------------


@pytest.mark.parametrize(
    ("out", "args", "expected"),
    [
        ("articles", ("articles",), "is the drafts directory"),
        ("articles/site", ("articles",), "is inside the checked path"),
        (".", ("articles",), "are inside the output directory"),
        ("articles", ("articles/a.md",), "is the drafts directory of"),
    ],
)
def test_output_overlapping_the_drafts_is_refused_before_any_write(project, out: str, args: tuple[str, ...], expected: str) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    before = hashes(project.root)
    with drafts_unchanged(project):
        result = run_cli("build", "--out", out, *args, cwd=project.root)
    assert result.exit_code == 2
    one_line(result, expected)
    assert hashes(project.root) == before  # nothing written anywhere (not even the cache)


def test_manifest_records_every_published_file(project) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    with drafts_unchanged(project):
        assert run_cli("build", "--out", "out", cwd=project.root).exit_code == 0
    out = project.root / "out"
    record = manifest(out)
    assert record["files"]["iron.html"]["slug"] == "iron"
    assert record["files"]["iron.md"]["source"] == "../articles/a.md"
    for name, entry in record["files"].items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == entry["sha256"], name
    assert set(record["articles"]) == {"iron", "zinc"}


def test_only_files_the_manifest_lists_are_ever_deleted(project) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    out = project.root / "out"
    assert run_cli("build", "--out", "out", cwd=project.root).exit_code == 0
    # A file the build never published, named like a page of a now failing draft.
    project.write("c.md", "---\nslug: mine\n---\n" + BAD, dedent=False)
    (out / "mine.html").write_text("the editor's own page\n", encoding="utf-8")
    project.write("b.md", "---\nslug: zinc\n---\n" + BAD, dedent=False)  # zinc now fails
    with drafts_unchanged(project):
        result = run_cli("build", "--out", "out", cwd=project.root)
    assert result.exit_code == 1
    assert (out / "mine.html").read_text(encoding="utf-8") == "the editor's own page\n"
    assert not (out / "zinc.html").exists() and not (out / "zinc.md").exists()  # recorded as published: removed
    assert "zinc.html" not in manifest(out)["files"] and "mine.html" not in manifest(out)["files"]


def test_building_one_draft_keeps_the_others_in_the_index(project) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    out = project.root / "out"
    assert run_cli("build", "--out", "out", cwd=project.root).exit_code == 0
    with drafts_unchanged(project):
        result = run_cli("build", "--out", "out", "articles/a.md", cwd=project.root)
    assert result.exit_code == 0, result.stdout + result.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Iron" in index and "Zinc" in index and "zinc.html" in index
    assert (out / "zinc.html").is_file() and set(manifest(out)["articles"]) == {"iron", "zinc"}


def test_duplicate_slug_against_the_manifest_is_refused(project) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    out = project.root / "out"
    assert run_cli("build", "--out", "out", cwd=project.root).exit_code == 0
    project.write("c.md", GOOD.format(title="Other iron", slug="iron"), dedent=False)
    before = hashes(out)
    with drafts_unchanged(project):
        result = run_cli("build", "--out", "out", "articles/c.md", cwd=project.root)
    assert result.exit_code == 2
    one_line(result, "slug 'iron' is also the slug of articles/a.md")
    assert hashes(out) == before


def test_a_second_build_into_the_same_directory_is_told_so(project) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    out = project.root / "out"
    out.mkdir()
    fd = os.open(out, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # another build holds the lock
    try:
        with drafts_unchanged(project):
            result = run_cli("build", "--out", "out", cwd=project.root)
    finally:
        os.close(fd)
    assert result.exit_code == 2
    one_line(result, "another build is writing to out")
    assert list(out.iterdir()) == []


def test_sweep_removes_only_this_tools_temporaries(project) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    out = project.root / "out"
    out.mkdir()
    theirs = [out / ".notes.tmp", out / ".draft.v2.backup.tmp", out / "keep.tmp"]
    for path in theirs:
        path.write_text("someone else's\n", encoding="utf-8")
    ours = out / ".index.html.pipeline-tmp.ab12_x9q.tmp"
    ours.write_text("left by a killed build\n", encoding="utf-8")
    (out / f"{STAGE_PREFIX}k1ll3d").mkdir()
    with drafts_unchanged(project):
        assert run_cli("build", "--out", "out", cwd=project.root).exit_code == 0
    assert all(path.read_text(encoding="utf-8") == "someone else's\n" for path in theirs)
    assert not ours.exists() and not list(out.glob(f"{STAGE_PREFIX}*"))


# --- 6. check then build -----------------------------------------------------


def test_a_draft_changed_after_its_check_is_not_published(project, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    import pipeline.commands.build as build_command

    checked = build_command.run_build

    def swap_then_build(*args, **kwargs):  # type: ignore[no-untyped-def]
        project.write("a.md", GOOD.format(title="Iron", slug="iron") + "\nTake 9000 mg a day, it is completely safe.\n", dedent=False)
        return checked(*args, **kwargs)

    monkeypatch.setattr(build_command, "run_build", swap_then_build)
    result = run_cli("build", "--out", "out", cwd=project.root)
    assert result.exit_code == 2
    errors = [line for line in result.stdout.splitlines() if line.startswith("error")]
    assert errors == ["error articles/a.md: articles/a.md: changed since it was checked; not published (build again to check the new text)"]
    out = project.root / "out"
    assert not (out / "iron.html").exists() and (out / "zinc.html").is_file()


# --- 7. the cache cannot be forged --------------------------------------------


def _entries() -> list[Path]:
    return sorted(p for p in (Path(os.environ["PIPELINE_CACHE_DIR"]) / "v2").glob("*/*") if p.is_file())


def test_a_forged_cache_entry_does_not_make_a_failing_draft_pass(project) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    project.write("b.md", "---\nslug: zinc\n---\n" + BAD, dedent=False)
    assert run_cli("check", "articles/b.md", cwd=project.root).exit_code == 1
    (entry,) = _entries()
    header, _, payload = entry.read_bytes().partition(b"\n")
    data = json.loads(payload)
    data["result"]["findings"] = []  # "passes"
    forged = json.dumps(data).encode()
    # Right shape, plain SHA-256 checksum (what anyone who can write the cache can compute).
    entry.write_bytes(b"pipeline-cache 2 " + hashlib.sha256(forged).hexdigest().encode() + b"\n" + forged)
    with drafts_unchanged(project):
        result = run_cli("build", "--out", "out", cwd=project.root)
    assert result.exit_code == 1 and "skipped articles/b.md" in result.stdout
    assert not (project.root / "out" / "zinc.html").exists()


def test_key_is_private_and_outside_the_cache(project) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    assert run_cli("check", cwd=project.root).exit_code == 0
    key = Path(os.environ["XDG_CONFIG_HOME"]) / "pipeline" / "cache-key"
    assert key.is_file() and key.stat().st_mode & 0o777 == 0o600
    assert not key.resolve().is_relative_to(Path(os.environ["PIPELINE_CACHE_DIR"]).resolve())


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "huge", "position"])
def test_hostile_cache_entries_are_misses(project, kind: str) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    assert run_cli("check", "articles/a.md", cwd=project.root).exit_code == 0
    (entry,) = _entries()
    if kind == "fifo":
        entry.unlink()
        os.mkfifo(entry)
    elif kind == "dev-zero":
        entry.unlink()
        entry.symlink_to("/dev/zero")
    elif kind == "huge":
        with entry.open("ab") as handle:
            handle.truncate(64 * 1024 * 1024)  # sparse: no disk used
    else:  # an authenticated entry whose finding points past the end of the file
        from pipeline.run.cache import ResultCache

        header, _, payload = entry.read_bytes().partition(b"\n")
        data = json.loads(payload)
        finding = {
            "path": "x",
            "line": 999,
            "column": 1,
            "end_line": 999,
            "end_column": 2,
            "severity": "info",
            "check": "readability",
            "rule": "readability.x",
            "message": "m",
        }
        data["result"]["findings"] = [finding]
        body = json.dumps(data).encode()
        entry.write_bytes(b"pipeline-cache 2 " + ResultCache(entry, "")._mac(data["key"], body).encode() + b"\n" + body)
    with drafts_unchanged(project):
        result = run_cli("check", "--format", "json", "articles/a.md", cwd=project.root)
    assert result.exit_code == 0, result.stderr
    report = result.json()
    assert report["run"]["cache_hits"] == 0 and report["run"]["checked"] == 1
    assert report["files"][0]["findings"] == []


# --- 8. the published Markdown --------------------------------------------------


def test_published_markdown_carries_no_script_handler_or_javascript_link(project) -> None:  # type: ignore[no-untyped-def]
    from test_build_safety import XSS

    only_readability(project)
    project.write("xss.md", XSS.replace("Take it with food.", "Take it\x01 with\x7f food.\x1b[31m"), dedent=False)
    with drafts_unchanged(project):
        result = run_cli("build", "--out", "out", "--allow-errors", cwd=project.root)
    assert result.exit_code == 0, result.stdout + result.stderr
    out = project.root / "out"
    body = (out / "xss.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    lowered = body.lower()
    for danger in (
        "<script",
        "onerror",
        "onclick",
        "onload",
        "onmouseover",
        "javascript:",
        "<iframe",
        "<svg",
        "<object",
        "<embed",
        "data:",
    ):
        assert danger not in lowered, danger
    assert "Take it with food." in body and "[plain js link](#)" in body
    for path in out.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert not [c for c in text if (ord(c) < 32 and c not in "\t\n\r") or 0x7F <= ord(c) <= 0x9F], path


# --- clear errors: exit 2, one line, nothing half-written ------------------------


def test_output_dev_null_is_one_line(project) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    project.config('output = "/dev/null"\n' + (project.root / "pipeline.toml").read_text())
    with drafts_unchanged(project):
        result = run_cli("build", cwd=project.root)
    assert result.exit_code == 2
    one_line(result, "output /dev/null is not a directory")


def test_output_under_a_file_is_one_line(project) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    (project.root / "afile").write_text("x\n", encoding="utf-8")
    with drafts_unchanged(project):
        result = run_cli("build", "--out", "afile/site", cwd=project.root)
    assert result.exit_code == 2
    one_line(result, "is under a file")
    assert (project.root / "afile").read_text(encoding="utf-8") == "x\n"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes to read-only directories")
def test_read_only_output_directory_is_one_line(project) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    out = project.root / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        with drafts_unchanged(project):
            result = run_cli("build", "--out", "out", cwd=project.root)
    finally:
        out.chmod(0o755)
    assert result.exit_code == 2
    one_line(result, "not writable")


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_disk_full_or_read_only_mid_build_leaves_the_old_site(project, monkeypatch: pytest.MonkeyPatch, code: int) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    out = project.root / "out"
    assert run_cli("build", "--out", "out", cwd=project.root).exit_code == 0
    old_site = hashes(out)
    project.write("a.md", GOOD.format(title="Iron, new", slug="iron"), dedent=False)
    project.write("b.md", GOOD.format(title="Zinc, new", slug="zinc"), dedent=False)
    project.write("c.md", GOOD.format(title="Copper", slug="copper"), dedent=False)
    import pipeline.site.output as output

    real, calls = output.write_atomic, []

    def fills_up(path: Path, content: str | bytes) -> bool:
        calls.append(path)
        if len(calls) > 3:
            raise OSError(code, os.strerror(code))
        return real(path, content)

    monkeypatch.setattr(output, "write_atomic", fills_up)
    with drafts_unchanged(project):
        result = run_cli("build", "--out", "out", cwd=project.root)
    assert result.exit_code == 2
    one_line(result, f"cannot write the site to out: {os.strerror(code)}; the previous site was left as it was")
    assert hashes(out) == old_site
    assert not list(out.glob(f"{STAGE_PREFIX}*"))


def test_a_deleted_draft_is_withdrawn_from_the_site(project) -> None:  # type: ignore[no-untyped-def]
    """An article whose draft was deleted does not stay online: the next build, of the
    folder or of one other draft, removes its pages and its index row, and says so."""
    from test_build_pages import GOOD

    only_readability(project)
    project.write("gabapentin.md", GOOD)
    gone = project.write("other.md", GOOD.replace("gabapentin-nerve-pain", "other-page").replace("Gabapentin for", "Other for"))
    assert run_cli("build", "--out", "out", "articles", cwd=project.root).exit_code == 0
    out = project.root / "out"
    assert (out / "other-page.html").is_file() and "other-page.html" in (out / "index.html").read_text(encoding="utf-8")

    gone.unlink()
    result = run_cli("build", "--out", "out", "articles/gabapentin.md", cwd=project.root)
    assert result.exit_code == 0
    assert "withdrawn" in result.stdout and "other.md" in result.stdout
    assert not (out / "other-page.html").exists() and not (out / "other-page.md").exists()
    assert not (out / "review" / "other-page.html").exists()
    assert "other-page" not in (out / "index.html").read_text(encoding="utf-8")
    assert "other-page" not in (out / MANIFEST).read_text(encoding="utf-8")
    assert (out / "gabapentin-nerve-pain.html").is_file()
