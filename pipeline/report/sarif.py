"""SARIF 2.1.0 (the format GitHub code scanning and most CI dashboards read).

Results are written as they arrive; the `tool` object (with every rule of the
loaded RuleSet, plus any rule id a check reported that is not in it) and the
`invocations` come after them, which JSON allows (members are unordered).
Suppressed findings carry `suppressions: [{kind: inSource, justification}]`;
input errors become `toolExecutionNotifications`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from pipeline import __version__
from pipeline.findings import FileResult, Finding, Severity
from pipeline.report.model import Tally
from pipeline.report.stream import Reporter

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SRCROOT = "SRCROOT"


class SarifReporter(Reporter):
    def start(self) -> None:
        self._first = True
        self._seen_rules: dict[str, str] = {}  # rule id -> family, for rules not in the RuleSet
        self._notifications: list[dict[str, Any]] = [self._notification(f"{p}: {m}", p) for p, m in self.info.path_errors]
        self.out.write('{\n  "$schema": "' + SCHEMA_URI + '",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [')

    def _location(self, path: str) -> dict[str, Any]:
        relative = self.info.relative(path)
        if relative is not None:
            return {"uri": quote(relative), "uriBaseId": SRCROOT}
        return {"uri": Path(path).resolve().as_uri()}

    def _notification(self, message: str, path: str | None) -> dict[str, Any]:
        note: dict[str, Any] = {"level": "error", "message": {"text": message}}
        if path:
            note["locations"] = [{"physicalLocation": {"artifactLocation": self._location(path)}}]
        return note

    def _result(self, f: Finding) -> dict[str, Any]:
        self._seen_rules.setdefault(f.rule, f.check)
        text = f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "level": LEVEL[f.severity],
            "message": {"text": text},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": self._location(f.path),
                        "region": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "endLine": f.end_line,
                            "endColumn": f.end_column,
                            **({"snippet": {"text": f.excerpt}} if f.excerpt else {}),
                        },
                    }
                }
            ],
            "properties": {"family": f.check},
        }
        if f.suppressed:
            result["suppressions"] = [{"kind": "inSource", "justification": f.suppression_reason or ""}]
        return result

    def add(self, result: FileResult) -> None:
        if result.error:
            self._notifications.append(self._notification(result.error, result.path))
        for finding in result.findings:
            self.out.write(("\n        " if self._first else ",\n        ") + json.dumps(self._result(finding), ensure_ascii=False))
            self._first = False

    def _rules(self) -> list[dict[str, Any]]:
        config = self.info.config
        rules: list[dict[str, Any]] = []
        known = set()
        for rule in self.info.rules():
            known.add(rule.id)
            level = config.severity_for(rule.id, rule.family, rule.severity)
            rules.append(
                {
                    "id": rule.id,
                    "shortDescription": {"text": rule.description},
                    "fullDescription": {"text": (rule.explanation or rule.description).strip()},
                    "defaultConfiguration": {"level": "none", "enabled": False} if level == "off" else {"level": LEVEL[Severity(level)]},
                    "properties": {"family": rule.family},
                }
            )
        for rule_id, family in sorted(self._seen_rules.items()):
            if rule_id not in known:
                rules.append({"id": rule_id, "shortDescription": {"text": f"{family} check {rule_id}"}, "properties": {"family": family}})
        return rules

    def finish(self, tally: Tally) -> None:
        cwd = Path(self.info.cwd).resolve().as_uri().rstrip("/") + "/"
        tail = {
            "tool": {"driver": {"name": "pipeline", "version": __version__, "semanticVersion": __version__, "rules": self._rules()}},
            "invocations": [{"executionSuccessful": not tally.input_errors, "toolExecutionNotifications": self._notifications}],
            "originalUriBaseIds": {SRCROOT: {"uri": cwd}},
            "columnKind": "unicodeCodePoints",
        }
        body = json.dumps(tail, indent=2, ensure_ascii=False)[1:-1].replace("\n", "\n    ")
        self.out.write(("\n      ]," if not self._first else "],") + body.rstrip() + "\n    }\n  ]\n}\n")
