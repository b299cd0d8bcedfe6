"""Reproducible builds: the same input gives the same bytes, and an unchanged file is
not rewritten (its modification time stays), so deploys and caches see no change."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import yaml
from conftest import REPO, run_cli
from pagecheck import INDEX_PAGES
from test_build_pages import GOOD, only_readability

from pipeline.site.output import MANIFEST


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def setup(project) -> None:  # type: ignore[no-untyped-def]
    only_readability(project, "")
    project.config((project.root / "pipeline.toml").read_text() + '"readability.sentence-length" = "error"\n')
    project.write("gaba.md", GOOD)
    project.write("long.md", "# Long one\n\n" + "This sentence goes on " * 10 + "and ends here.\n")


def test_source_date_epoch_gives_byte_identical_builds(project) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    env = {"SOURCE_DATE_EPOCH": "1767225600"}
    first = run_cli("build", "--out", "one", cwd=project.root, env=env)
    second = run_cli("build", "--out", "two", cwd=project.root, env=env)
    assert first.exit_code == second.exit_code == 1  # long.md is skipped
    one, two = snapshot(project.root / "one"), snapshot(project.root / "two")
    assert set(one) == {
        "gabapentin-nerve-pain.html",
        "gabapentin-nerve-pain.md",
        *INDEX_PAGES,
        "review/gabapentin-nerve-pain.html",
        "review/long.html",
        MANIFEST,
    }
    assert one == two
    meta = yaml.safe_load((project.root / "one" / "gabapentin-nerve-pain.md").read_text(encoding="utf-8").split("---\n")[1])
    assert meta["review"]["checked_at"] == "2026-01-01T00:00:00Z"


def test_without_a_fixed_time_only_the_timestamp_differs(project) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    run_cli("build", "--out", "one", cwd=project.root)
    one = snapshot(project.root / "one")
    stamp = yaml.safe_load(one["gabapentin-nerve-pain.md"].decode().split("---\n")[1])["review"]["checked_at"]
    run_cli("build", "--out", "two", cwd=project.root, env={"SOURCE_DATE_EPOCH": "0"})
    two = snapshot(project.root / "two")
    assert set(one) == set(two)
    for name in set(one) - {MANIFEST}:  # the manifest records each page's digest
        assert one[name].decode().replace(stamp, "1970-01-01T00:00:00Z") == two[name].decode(), name


def test_reproducible_flag_uses_the_newest_input_mtime(project) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    draft = project.root / "articles" / "gaba.md"
    future = dt.datetime(2030, 5, 6, 7, 8, 9, tzinfo=dt.UTC).timestamp()
    os.utime(draft, (future, future))  # newer than any rule or fact file
    env = {"SOURCE_DATE_EPOCH": ""}
    assert run_cli("build", "--reproducible", "--out", "one", cwd=project.root, env=env).exit_code == 1
    assert run_cli("build", "--reproducible", "--out", "two", cwd=project.root, env=env).exit_code == 1
    one = snapshot(project.root / "one")
    assert one == snapshot(project.root / "two")
    meta = yaml.safe_load(one["gabapentin-nerve-pain.md"].decode().split("---\n")[1])
    assert meta["review"]["checked_at"] == "2030-05-06T07:08:09Z"
    assert b"2030-05-06T07:08:09Z" in one["index.html"]  # the index takes its newest article's time
    checks = REPO / "checks"
    inputs = [*(checks / "rules").glob("*.yml"), *(checks / "drugs").glob("*.yml"), checks / "dictionary.txt"]
    knowledge = [p.stat().st_mtime for p in inputs if p.is_file()]
    long_time = dt.datetime.fromtimestamp(int(max(knowledge + [(project.root / "articles" / "long.md").stat().st_mtime])), dt.UTC)
    assert long_time.strftime("%Y-%m-%dT%H:%M:%SZ").encode() in one["review/long.html"]


def test_unchanged_outputs_are_not_rewritten(project) -> None:  # type: ignore[no-untyped-def]
    setup(project)
    env = {"SOURCE_DATE_EPOCH": "1767225600"}
    run_cli("build", "--out", "out", cwd=project.root, env=env)
    out = project.root / "out"
    old = dt.datetime(2001, 1, 1, tzinfo=dt.UTC).timestamp()
    for path in out.rglob("*.*"):
        os.utime(path, (old, old))
    run_cli("build", "--out", "out", cwd=project.root, env=env)
    assert {p.relative_to(out).as_posix(): p.stat().st_mtime for p in out.rglob("*.*")} == {
        p.relative_to(out).as_posix(): old for p in out.rglob("*.*")
    }
    # A changed draft rewrites its own files (and the index), and nothing else.
    with (project.root / "articles" / "gaba.md").open("a", encoding="utf-8") as handle:
        handle.write("\nDrink water.\n")
    run_cli("build", "--out", "out", cwd=project.root, env=env)
    changed = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.*") if p.stat().st_mtime != old)
    own = {"gabapentin-nerve-pain.html", "gabapentin-nerve-pain.md", "review/gabapentin-nerve-pain.html", MANIFEST}
    assert own <= set(changed) <= own | set(INDEX_PAGES)  # the index pages change when a figure they show does
    assert not list(out.rglob(".*.tmp"))
