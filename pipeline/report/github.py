"""GitHub Actions workflow commands: one `::error file=…,line=…::message` line per
finding, shown as annotations on the pull request.

Escaping follows the runner's rules (actions/toolkit command.ts): in the message
`%`, CR and LF are percent-encoded; in property values `:` and `,` are too.
"""

from __future__ import annotations

from pipeline.findings import FileResult, Finding, Severity
from pipeline.report.model import Tally
from pipeline.report.stream import Reporter

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: object) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}\n"


class GithubReporter(Reporter):
    def _path(self, path: str) -> str:
        return self.info.relative(path) or path

    def _finding(self, f: Finding) -> str:
        message = f.message + (f"\nSuggestion: {f.suggestion}" if f.suggestion else "")
        return command(
            COMMAND[f.severity],
            message,
            file=self._path(f.path),
            line=f.line,
            col=f.column,
            endLine=f.end_line,
            endColumn=f.end_column,
            title=f"{f.rule} ({f.check})",
        )

    def start(self) -> None:
        for path, message in self.info.path_errors:
            self.out.write(command("error", f"{path}: {message}", title="pipeline input error"))

    def add(self, result: FileResult) -> None:
        if result.error:
            self.out.write(command("error", result.error, file=self._path(result.path), title="pipeline input error"))
        for finding in result.findings:
            if not finding.suppressed:
                self.out.write(self._finding(finding))

    def finish(self, tally: Tally) -> None:
        t = tally.totals()
        self.out.write(
            f"pipeline: {t['files']} files checked: {t['errors']} errors, {t['warnings']} warnings, "
            f"{t['infos']} info, {t['suppressed']} suppressed, {t['input_errors']} input errors\n"
        )
