"""The run's results as one object every report format reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline import __version__
from pipeline.engine import FileResult
from pipeline.findings import Severity


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    #: Path problems found before any file was read (missing path, empty directory).
    path_errors: list[tuple[str, str]] = field(default_factory=list)

    def totals(self) -> dict[str, int]:
        return {
            "files": len(self.files),
            "errors": sum(r.count(Severity.ERROR) for r in self.files),
            "warnings": sum(r.count(Severity.WARNING) for r in self.files),
            "infos": sum(r.count(Severity.INFO) for r in self.files),
            "suppressed": sum(len(r.findings) - len(r.active()) for r in self.files),
            "input_errors": len(self.path_errors) + sum(1 for r in self.files if r.error),
        }

    def exit_code(self, fail_on: str) -> int:
        """0 clean, 1 findings at or above ``fail_on``, 2 input or usage errors."""
        totals = self.totals()
        if totals["input_errors"]:
            return 2
        threshold = Severity(fail_on).rank
        failing = any(f.severity.rank >= threshold for r in self.files for f in r.active())
        return 1 if failing else 0

    def to_json(self) -> dict[str, Any]:
        """The documented JSON report (README "JSON report"). Fields are only ever added."""
        files = [r.to_dict() for r in self.files]
        files.extend({"path": p, "findings": [], "readability": {}, "engines": {}, "error": f"{p}: {m}"} for p, m in self.path_errors)
        return {"tool": {"name": "pipeline", "version": __version__}, "files": files, "summary": self.totals()}
