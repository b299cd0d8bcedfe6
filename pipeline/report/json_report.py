"""The JSON report (README "JSON report"), written file by file."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from pipeline import __version__
from pipeline.findings import FileResult
from pipeline.report.model import Tally
from pipeline.report.stream import Reporter


def _dump(value: Any, depth: int) -> str:
    """``value`` as indented JSON nested ``depth`` levels deep (two spaces a level)."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return textwrap.indent(text, "  " * depth)[2 * depth :] if depth else text


class JsonReporter(Reporter):
    def start(self) -> None:
        self.out.write('{\n  "tool": ' + _dump({"name": "pipeline", "version": __version__}, 1) + ',\n  "files": [')
        self._first = True

    def _item(self, data: dict[str, Any]) -> None:
        self.out.write(("\n    " if self._first else ",\n    ") + _dump(data, 2))
        self._first = False

    def add(self, result: FileResult) -> None:
        self._item(result.to_dict())

    def finish(self, tally: Tally) -> None:
        for path, message in self.info.path_errors:
            self._item({"path": path, "findings": [], "readability": {}, "engines": {}, "error": f"{path}: {message}"})
        stats = self.info.stats
        run = {"jobs": stats.jobs, "cache_hits": stats.cache_hits, "checked": stats.checked}
        self.out.write(("\n  ]" if not self._first else "]") + ',\n  "summary": ' + _dump(tally.totals(), 1))
        self.out.write(',\n  "run": ' + _dump(run, 1) + "\n}\n")
