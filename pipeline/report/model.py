"""The run's results as one object every report format reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.findings import FileResult, Severity

#: What a grammar engine description says when ``grammar.engine = "auto"`` fell back to
#: Harper although LanguageTool was configured (pipeline.checks.grammar.select.build_engine).
GRAMMAR_FALLBACK = "; LanguageTool not used: "


@dataclass
class Tally:
    """Running totals, so a streamed run can report and exit without keeping every result."""

    files: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    suppressed: int = 0
    input_errors: int = 0
    #: Rank of the most severe active finding (0: none).
    worst: int = 0
    #: Why grammar fell back to Harper although LanguageTool was set up (None: it did not).
    grammar_fallback: str | None = None

    def add(self, result: FileResult) -> None:
        self.files += 1
        grammar = result.engines.get("grammar", "")
        if GRAMMAR_FALLBACK in grammar and self.grammar_fallback is None:
            self.grammar_fallback = grammar.split(GRAMMAR_FALLBACK, 1)[1]
        if result.error:
            self.input_errors += 1
        for finding in result.findings:
            if finding.suppressed:
                self.suppressed += 1
                continue
            self.errors += finding.severity == Severity.ERROR
            self.warnings += finding.severity == Severity.WARNING
            self.infos += finding.severity == Severity.INFO
            self.worst = max(self.worst, finding.severity.rank)

    def totals(self) -> dict[str, int]:
        return {
            "files": self.files,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.infos,
            "suppressed": self.suppressed,
            "input_errors": self.input_errors,
        }

    def exit_code(self, fail_on: str) -> int:
        """0 clean, 1 findings at or above ``fail_on``, 2 input or usage errors."""
        if self.input_errors:
            return 2
        return 1 if self.worst >= Severity(fail_on).rank else 0


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    #: Path problems found before any file was read (missing path, empty directory).
    path_errors: list[tuple[str, str]] = field(default_factory=list)

    def tally(self) -> Tally:
        tally = Tally(input_errors=len(self.path_errors))
        for result in self.files:
            tally.add(result)
        return tally

    def totals(self) -> dict[str, int]:
        return self.tally().totals()

    def exit_code(self, fail_on: str) -> int:
        """0 clean, 1 findings at or above ``fail_on``, 2 input or usage errors."""
        return self.tally().exit_code(fail_on)
