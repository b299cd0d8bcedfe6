"""The output directory, owned by one build at a time and described by its own record.

- Before anything is written, the output directory is vetted (:func:`check_output_location`,
  :meth:`Site.open`): never the drafts directory, never inside the checked paths, never
  around the drafts, never a file, ``/dev/null`` or under a file, writable.
- A lock (``fcntl.flock`` on the output directory itself) keeps a second build out
  ("another build is writing to DIR") instead of two builds racing.
- Every new file is first written to a private staging directory inside the output
  directory; only when all of them are written are they renamed into place (renames
  need no space), then the files to remove are removed, then the manifest is replaced.
  A full disk or any write error leaves the old site exactly as it was.
- ``.pipeline-manifest.json`` records every file the build published (path, slug,
  source draft, sha256) and every article's index row. The build deletes only files
  this record says it published, never by name pattern.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.atomic import remove_stale_temporaries, write_atomic
from pipeline.errors import PipelineError

MANIFEST = ".pipeline-manifest.json"
STAGE_PREFIX = ".pipeline-stage-"
MANIFEST_FORMAT = 1
#: A manifest larger than this is not read (it is never anywhere near: one line per file).
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
#: NUL and the C0/C1 control characters except tab, line feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SEPARATE = "choose a separate output directory; nothing was written"


def strip_controls(text: str) -> str:
    """``text`` without NUL and control characters (tab and line breaks kept)."""
    return _CONTROL.sub("", text)


def check_output_location(out_dir: Path, given: list[Path], files: list[Path]) -> None:
    """Refuse (one line, exit 2, before anything is written) an output directory that is
    the drafts directory, lies inside a checked directory, or contains a draft."""
    out = Path(os.path.abspath(out_dir)).resolve()
    for root in given:
        try:
            resolved = Path(os.path.abspath(root)).resolve()
        except (OSError, RuntimeError):
            continue
        if not resolved.is_dir():
            continue
        if out == resolved:
            raise PipelineError(f"--out {out_dir} is the drafts directory {root}; {_SEPARATE}")
        if out.is_relative_to(resolved):
            raise PipelineError(
                f"--out {out_dir} is inside the checked path {root} (published files would be read as drafts); "
                "choose an output directory outside it; nothing was written"
            )
        if resolved.is_relative_to(out):
            raise PipelineError(f"the drafts in {root} are inside the output directory {out_dir}; {_SEPARATE}")
    for draft in files:
        resolved = Path(os.path.abspath(draft)).resolve()
        if resolved.parent == out:
            raise PipelineError(f"--out {out_dir} is the drafts directory of {draft}; {_SEPARATE}")
        if resolved.is_relative_to(out):
            raise PipelineError(f"the draft {draft} is inside the output directory {out_dir}; {_SEPARATE}")


def _preflight(out_dir: Path) -> Path:
    """The output directory's absolute path; one-line errors for every way it cannot be one."""
    absolute = Path(os.path.abspath(out_dir))
    if absolute.exists() and not absolute.is_dir():
        raise PipelineError(f"output {out_dir} is not a directory; choose a directory for --out (or `output`); nothing was written")
    for ancestor in absolute.parents:
        if ancestor.exists():
            if not ancestor.is_dir():
                raise PipelineError(f"output {out_dir} is under a file ({ancestor}), not a directory; nothing was written")
            break
    return absolute


def _lock(directory: Path, out_dir: Path) -> int:
    """An exclusive ``flock`` on the output directory itself (no lock file to leave behind)."""
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as exc:
        raise PipelineError(f"cannot open the output directory {out_dir}: {exc.strerror or exc}; nothing was written") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            raise PipelineError(f"another build is writing to {out_dir}; wait for it to finish (nothing was written)") from None
        raise PipelineError(f"cannot lock the output directory {out_dir}: {exc.strerror or exc}") from None
    return fd


@dataclass
class Site:
    """One build's hold on its output directory: the lock, the old manifest, the staged files.

    :meth:`open` vets the directory, locks it if it exists and reads its manifest,
    creating nothing; :meth:`create` (after the build has vetted every slug) makes the
    directory if need be, checks it is writable and locks it."""

    out_dir: Path
    root: Path
    lock_fd: int
    manifest: dict[str, Any]
    stage_dir: Path | None = None
    pending: list[tuple[Path, Path]] = field(default_factory=list)
    removals: list[Path] = field(default_factory=list)

    @classmethod
    def open(cls, out_dir: Path) -> Site:
        absolute = _preflight(out_dir)
        root = absolute.resolve()
        if not absolute.is_dir():
            return cls(out_dir, root, -1, read_manifest(root))
        fd = _lock(root, out_dir)
        return cls(out_dir, root, fd, read_manifest(root))

    def create(self) -> None:
        if self.lock_fd < 0:
            try:
                self.root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise PipelineError(
                    f"cannot create the output directory {self.out_dir}: {exc.strerror or exc}; nothing was written"
                ) from None
            self.lock_fd = _lock(self.root, self.out_dir)
        if not os.access(self.root, os.W_OK | os.X_OK):
            raise PipelineError(f"output directory {self.out_dir} is not writable; nothing was written")

    # -- the record -----------------------------------------------------------------

    def source_key(self, draft: str | Path) -> str:
        """A draft as the manifest names it: relative to the output directory."""
        return Path(os.path.relpath(Path(os.path.abspath(draft)).resolve(), self.root)).as_posix()

    def articles(self) -> dict[str, dict[str, Any]]:
        articles = self.manifest.get("articles", {})
        return articles if isinstance(articles, dict) else {}

    def files(self) -> dict[str, dict[str, Any]]:
        files = self.manifest.get("files", {})
        return files if isinstance(files, dict) else {}

    # -- writing ----------------------------------------------------------------------

    def sweep(self) -> None:
        """Remove what a killed build of this tool left: its staging directories and temporaries.
        Safe under the lock: no other build of this tool is writing here."""
        for entry in self.root.iterdir():
            if entry.name.startswith(STAGE_PREFIX) and entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
        remove_stale_temporaries(self.root)

    def target(self, relative: str) -> Path:
        """``root/relative``, refusing anything that resolves outside the output directory."""
        target = (self.root / relative).resolve()
        if not target.is_relative_to(self.root):
            raise PipelineError(f"refusing to write {relative}: it resolves outside the output directory {self.root}")
        return target

    def stage(self, relative: str, content: str) -> tuple[Path, str, bool]:
        """Stage ``content`` for ``relative``: (final path, sha256, whether it changes)."""
        data = strip_controls(content).encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        target = self.target(relative)
        try:
            if target.is_file() and target.read_bytes() == data:
                return target, digest, False
        except OSError:
            pass
        if self.stage_dir is None:
            self.stage_dir = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=self.root))
        staged = self.stage_dir / f"{len(self.pending)}"
        target.parent.mkdir(parents=True, exist_ok=True)  # before the switch: a rename needs no space, a directory may
        write_atomic(staged, data)
        self.pending.append((staged, target))
        return target, digest, True

    def remove(self, relative: str) -> Path | None:
        """Schedule the removal of a file the manifest says the build published; None if it did not."""
        if relative not in self.files():
            return None
        target = self.target(relative)
        if not target.is_file():
            return None
        self.removals.append(target)
        return target

    def commit(self, manifest: dict[str, Any]) -> None:
        """Switch over: every staged file into place, then the removals, then the manifest."""
        data = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=True) + "\n"
        staged_manifest = None
        if manifest != self.manifest or not (self.root / MANIFEST).is_file():
            if self.stage_dir is None:
                self.stage_dir = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=self.root))
            staged_manifest = self.stage_dir / "manifest"
            write_atomic(staged_manifest, data)
        written = {target for _, target in self.pending}
        for staged, target in self.pending:
            os.replace(staged, target)
        for target in self.removals:
            if target not in written:
                target.unlink(missing_ok=True)
        if staged_manifest is not None:
            os.replace(staged_manifest, self.root / MANIFEST)
        self.pending.clear()
        self.discard()

    def discard(self) -> None:
        if self.stage_dir is not None:
            shutil.rmtree(self.stage_dir, ignore_errors=True)
            self.stage_dir = None

    def close(self) -> None:
        self.discard()
        if self.lock_fd >= 0:
            try:
                fcntl.flock(self.lock_fd, fcntl.LOCK_UN)
            finally:
                os.close(self.lock_fd)
                self.lock_fd = -1


def _relative(name: str) -> bool:
    """A manifest path the build could have written: relative, inside the output directory."""
    path = Path(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts


def read_manifest(root: Path) -> dict[str, Any]:
    """The output directory's record, or an empty one when there is none or it cannot be
    trusted (not a regular file, too large, not the expected shape): then nothing is
    deleted and only this build's articles are listed."""
    empty: dict[str, Any] = {"format": MANIFEST_FORMAT, "files": {}, "articles": {}}
    path = root / MANIFEST
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return empty
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return empty
        raw = handle.read(MAX_MANIFEST_BYTES + 1)
    if len(raw) > MAX_MANIFEST_BYTES:
        return empty
    try:
        data = json.loads(raw)
    except ValueError:
        return empty
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        return empty
    files, articles = data.get("files"), data.get("articles")
    if not isinstance(files, dict) or not isinstance(articles, dict):
        return empty
    clean_files = {str(name): entry for name, entry in files.items() if isinstance(entry, dict) and _relative(str(name))}
    clean_articles = {
        str(slug): entry for slug, entry in articles.items() if isinstance(entry, dict) and isinstance(entry.get("source"), str)
    }
    return {"format": MANIFEST_FORMAT, "files": clean_files, "articles": clean_articles}
