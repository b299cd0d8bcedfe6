"""The one path that turns a command's PATHs into the drafts to check, for both
`check` and `build`: the given paths (or the configured ``paths``), walked for
Markdown, then narrowed to what git says changed with ``--changed-since``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.config import Config
from pipeline.run.changes import changed_files
from pipeline.run.discover import Discovery, discover


@dataclass(frozen=True)
class RunOptions:
    """The options `check` and `build` share (see :func:`pipeline.commands.options.run_options`)."""

    jobs: int | None = None
    use_cache: bool = True
    changed_since: str | None = None
    quiet: bool = False


def select_files(config: Config, paths: tuple[str, ...], changed_since: str | None = None) -> Discovery:
    """The drafts a run checks, in a stable order, with one-line problems for bad paths."""
    found = discover(list(paths) or [str(config.root / p) for p in config.get("paths")])
    if changed_since:
        found.files = only_changed(found.files, changed_since)
    return found


def only_changed(files: list[Path], ref: str) -> list[Path]:
    """The ``files`` git says changed since ``ref`` (or are untracked)."""
    changed = changed_files(ref, Path.cwd())
    return [f for f in files if f.resolve() in changed]
