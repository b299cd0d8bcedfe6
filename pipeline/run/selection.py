"""The one path that turns a command's PATHs into the drafts to check, for both
`check` and `build`: the given paths (or the configured ``paths``), walked for
Markdown, then narrowed to what git says changed with ``--changed-since``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
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
    """The drafts a run checks, in a stable order, with one-line problems for bad paths.
    Files found by walking a directory or a glob must match ``include`` and not
    ``exclude``; a file named on the command line is always read."""
    given = list(paths) or [str(config.root / p) for p in config.get("paths")]
    found = discover(given)
    named = {Path(p).resolve() for p in given if Path(p).is_file()}
    found.files = [f for f in found.files if f.resolve() in named or selected(config, f)]
    if changed_since:
        found.files = only_changed(found.files, changed_since)
    return found


def selected(config: Config, path: Path) -> bool:
    """Whether ``path`` matches the configured ``include`` and not ``exclude``."""
    return matches(config.root, path, config.get("include")) and not matches(config.root, path, config.get("exclude"))


def only_changed(files: list[Path], ref: str) -> list[Path]:
    """The ``files`` git says changed since ``ref`` (or are untracked)."""
    changed = changed_files(ref, Path.cwd())
    return [f for f in files if f.resolve() in changed]


@lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob as a regex over '/'-separated paths: ``**`` any directories, ``*`` and ``?`` within one name."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out))


def matches(root: Path, path: Path, patterns: list[str]) -> bool:
    """Whether ``path`` matches one of the glob ``patterns``: relative to the project
    ``root`` (or the current directory) when inside it; a pattern without '/' matches
    the file name anywhere, and one ending in '/' a directory (anywhere, if it has no
    other '/')."""
    resolved = path.resolve()
    relative = resolved.as_posix()
    for base in (root.resolve(), Path.cwd().resolve()):
        try:
            relative = resolved.relative_to(base).as_posix()
            break
        except ValueError:
            continue
    for pattern in patterns:
        pattern = pattern.strip().removeprefix("./")
        body = pattern.rstrip("/")
        if pattern.endswith("/"):  # a directory, as in .gitignore: "archive/" anywhere
            glob, target = ("**/" if "/" not in body else "") + body + "/**", relative
        else:
            glob, target = body, (path.name if "/" not in body else relative)
        if _glob_regex(glob).fullmatch(target):
            return True
    return False
