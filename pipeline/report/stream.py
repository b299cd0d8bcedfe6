"""Streaming reports: every format receives the run's FileResults one at a time
(``add``) and writes as it goes, so a large corpus is never held twice in memory.
Reports to files go through :class:`pipeline.atomic.AtomicFile`: readers see the old report or
the complete new one, never a part (and a failed run leaves the old one)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pipeline.config import Config
from pipeline.findings import FileResult
from pipeline.report.model import Tally

if TYPE_CHECKING:
    from pipeline.knowledge.rules import RuleSet
    from pipeline.report.display import Display
    from pipeline.run.runner import RunStats


@dataclass
class RunInfo:
    """What every format may need besides the results."""

    config: Config
    #: The directory report paths are made relative to (the run's working directory).
    cwd: Path
    #: The loaded rules, on demand (an all-cached run never needs to load them otherwise).
    rules: Callable[[], RuleSet]
    stats: RunStats
    #: Problems with the given paths (missing path, empty directory): (path, message).
    path_errors: list[tuple[str, str]] = field(default_factory=list)

    def relative(self, path: str) -> str | None:
        """``path`` relative to cwd in POSIX form, or None if it lies outside cwd."""
        absolute = Path(os.path.abspath(path))
        try:
            return absolute.relative_to(os.path.abspath(self.cwd)).as_posix()
        except ValueError:
            return None


class Reporter:
    """One report format writing to ``out``."""

    def __init__(self, out: TextIO, info: RunInfo, *, display: Display | None = None) -> None:
        """``display``: the terminal's filters and path style; machine formats ignore it
        (they always carry every finding)."""
        self.out = out
        self.info = info

    def start(self) -> None:
        """Called once before the first result."""

    def add(self, result: FileResult) -> None:
        """Called once per file, in input order."""

    def finish(self, tally: Tally) -> None:
        """Called once after the last result, with the run's totals."""
