"""Build robustness (issue 7): a build killed half-way leaves every published
file either old or new, never partial (the new site is staged, then switched to); an output directory that cannot be
written is a one-line error; drafts are never touched."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, run_cli
from pagecheck import INDEX_PAGES

ARTICLES = ["metformin-type-2-diabetes.md", "amoxicillin-bacterial-infections.md", "gabapentin-nerve-pain.md"]


def make_drafts(project, copies: int, marker: str) -> None:  # type: ignore[no-untyped-def]
    for i in range(copies):
        for name in ARTICLES:
            text = (REPO / "articles" / name).read_text(encoding="utf-8")
            stem = name.removesuffix(".md")
            text = text.replace(f"slug: {stem}", f"slug: {stem}-{i}").replace("# ", f"# {marker} ", 1)
            project.write(f"{stem}-{i}.md", text, dedent=False)


def complete(path: Path, marker: str | None = None) -> bool:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        ok = text.rstrip().endswith("</html>")
    else:
        ok = text.startswith("---\n") and text.count("---\n") >= 2 and "review:" in text
    return ok and (marker is None or marker in text)


@pytest.mark.slow
def test_killed_build_leaves_old_or_new_files_never_partial(project) -> None:  # type: ignore[no-untyped-def]
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n')
    out = project.root / "out"
    make_drafts(project, 30, "OLDVERSION")
    first = run_cli("build", "--out", str(out), "--allow-errors", cwd=project.root)
    assert first.exit_code == 0, first.stdout
    published = sorted(p for p in out.glob("*.html") if p.name not in INDEX_PAGES)
    assert len(published) == 90

    make_drafts(project, 30, "NEWVERSION")
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "build", "--out", str(out), "--allow-errors"],
        cwd=project.root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        if len(list(out.glob(".pipeline-stage-*/*"))) > 20:  # half-way through writing the new site
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    new = old = 0
    for path in sorted(out.glob("*.html")) + sorted(out.glob("*.md")):
        if path.name in INDEX_PAGES:
            continue
        assert complete(path), f"partial file {path.name}"
        text = path.read_text(encoding="utf-8")
        assert ("NEWVERSION" in text) != ("OLDVERSION" in text), path.name
        new += "NEWVERSION" in text
        old += "OLDVERSION" in text
    assert old > 0, (new, old)  # killed while staging: the old site is still the one online

    # The next build finishes the job and leaves no temporary files behind.
    assert run_cli("build", "--out", str(out), "--allow-errors", cwd=project.root).exit_code == 0
    assert all("NEWVERSION" in p.read_text(encoding="utf-8") for p in out.glob("*.html") if p.name not in INDEX_PAGES)
    assert not [p.name for p in out.rglob("*.tmp")]
    assert not list(out.glob(".pipeline-stage-*"))


def test_output_directory_that_cannot_be_written_is_one_line_exit_2(project) -> None:  # type: ignore[no-untyped-def]
    make_drafts(project, 1, "X")
    blocker = project.root / "not-a-dir"
    blocker.write_text("a file where the output directory should be")
    result = run_cli("build", "--out", str(blocker), "--allow-errors", cwd=project.root)
    assert result.exit_code == 2
    message = (result.stdout + result.stderr).strip()
    assert "not-a-dir" in message and "Traceback" not in message
    assert blocker.read_text() == "a file where the output directory should be"
