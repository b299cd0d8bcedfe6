"""The report formats `check --format` accepts, by name."""

from __future__ import annotations

from pipeline.report.github import GithubReporter
from pipeline.report.json_report import JsonReporter
from pipeline.report.junit import JunitReporter
from pipeline.report.sarif import SarifReporter
from pipeline.report.stream import Reporter
from pipeline.report.text import ConciseReporter, TextReporter

REPORTERS: dict[str, type[Reporter]] = {
    "text": TextReporter,
    "concise": ConciseReporter,
    "json": JsonReporter,
    "sarif": SarifReporter,
    "junit": JunitReporter,
    "github": GithubReporter,
}
FORMATS = tuple(REPORTERS)
#: Formats read by programs: at most one of them can go to standard output.
MACHINE_FORMATS = ("json", "sarif", "junit", "github")
