"""`check --changed-since REF`: the files git says changed since REF (committed,
staged or not) plus untracked files; deleted files are gone and simply not checked."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pipeline.errors import PipelineError


def _git(*args: str, cwd: Path) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise PipelineError("--changed-since needs git, which is not installed") from None
    if proc.returncode != 0:
        detail = (proc.stderr.strip().splitlines() or ["git failed"])[-1]
        raise PipelineError(f"--changed-since: {detail}")
    return proc.stdout


def changed_files(ref: str, cwd: Path) -> set[Path]:
    """Absolute paths of files changed since ``ref`` or untracked, that still exist."""
    if ref.startswith("-"):
        raise PipelineError(f"--changed-since: not a git ref: {ref!r}")
    top = Path(_git("rev-parse", "--show-toplevel", cwd=cwd).strip())
    try:
        _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", cwd=cwd)
    except PipelineError:
        raise PipelineError(f"--changed-since: unknown git ref {ref!r}") from None
    names = _git("diff", "--name-only", "-z", ref, "--", cwd=top).split("\0")
    names += _git("ls-files", "--others", "--exclude-standard", "-z", "--full-name", cwd=top).split("\0")
    return {(top / name).resolve() for name in names if name and (top / name).is_file()}
