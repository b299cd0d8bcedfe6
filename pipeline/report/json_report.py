"""The JSON report (README "JSON report"), written file by file."""

from __future__ import annotations

import json
from typing import Any

from pipeline import __version__
from pipeline.findings import FileResult
from pipeline.report.model import Tally
from pipeline.report.stream import Reporter

#: One value as one line of JSON. No ``indent``: with one, ``json`` encodes in pure Python,
#: about five times slower (0.1 s of CPU for the NIH corpus's 6,000 findings).
_line = json.JSONEncoder(ensure_ascii=False).encode

_FILE_KEY = "\n      "
_FINDING = "\n        "


def _file_record(data: dict[str, Any]) -> str:
    """One file's record: a key a line, each of its findings one line (the README's example)."""
    fields = []
    for key, value in data.items():
        if key == "findings" and value:
            findings = ("," + _FINDING).join(map(_line, value))
            fields.append(f'"findings": [{_FINDING}{findings}{_FILE_KEY}]')
        else:
            fields.append(f"{_line(key)}: {_line(value)}")
    return "{" + _FILE_KEY + ("," + _FILE_KEY).join(fields) + "\n    }"


class JsonReporter(Reporter):
    def start(self) -> None:
        self.out.write('{\n  "tool": ' + _line({"name": "pipeline", "version": __version__}) + ',\n  "files": [')
        self._first = True

    def _item(self, data: dict[str, Any]) -> None:
        self.out.write(("\n    " if self._first else ",\n    ") + _file_record(data))
        self._first = False

    def add(self, result: FileResult) -> None:
        self._item(result.to_dict())

    def finish(self, tally: Tally) -> None:
        for path, message in self.info.path_errors:
            self._item({"path": path, "findings": [], "readability": {}, "engines": {}, "error": f"{path}: {message}"})
        stats = self.info.stats
        run = {"jobs": stats.jobs, "cache_hits": stats.cache_hits, "checked": stats.checked}
        self.out.write(("\n  ]" if not self._first else "]") + ',\n  "summary": ' + _line(tally.totals()))
        self.out.write(',\n  "run": ' + _line(run) + "\n}\n")
