"""JUnit XML (Jenkins, GitLab, Azure and most CI test tabs read it): one
<testsuite> per file, one <testcase> per check family (all families, so the
passes show too), a <failure> per finding at or above --fail-on severity and
the lesser findings in the test case's <system-out>. A file that could not be read
is a suite with one <error>.

Built with xml.etree. The tree holds the findings' text once (the results
themselves are not kept by the run); it is serialised when the run ends, because the
root's counts come first in the document.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from pipeline.findings import FAMILIES, FileResult, Finding, Severity
from pipeline.report.model import Tally
from pipeline.report.stream import Reporter


def _describe(f: Finding, path: str) -> str:
    text = f"{path}:{f.line}:{f.column}: {f.severity.value} {f.message} [{f.rule}]"
    if f.excerpt:
        text += f"\n    | {f.excerpt}"
    if f.suggestion:
        text += f"\n    suggestion: {f.suggestion}"
    return text


class JunitReporter(Reporter):
    def start(self) -> None:
        self._threshold = Severity(self.info.config.get("fail_on")).rank
        self._root = ET.Element("testsuites", name="pipeline check")
        self._tests = self._failures = self._errors = 0
        for path, message in self.info.path_errors:
            self._root.append(self._error_suite(path, f"{path}: {message}"))

    def _error_suite(self, path: str, message: str) -> ET.Element:
        suite = ET.Element("testsuite", name=path, tests="1", failures="0", errors="1", file=path)
        case = ET.SubElement(suite, "testcase", name="read", classname=path)
        ET.SubElement(case, "error", type="input-error", message=message).text = message
        self._tests += 1
        self._errors += 1
        return suite

    def add(self, result: FileResult) -> None:
        path = self.info.relative(result.path) or result.path  # CI shows paths relative to the checkout
        if result.error:
            self._root.append(self._error_suite(path, result.error))
            return
        suite = ET.Element("testsuite", name=path, tests=str(len(FAMILIES)), failures="0", errors="0", file=path)
        failures = 0
        by_family: dict[str, list[Finding]] = {family: [] for family in FAMILIES}
        for finding in result.findings:
            by_family.setdefault(finding.check, []).append(finding)
        for family, findings in by_family.items():
            case = ET.SubElement(suite, "testcase", name=family, classname=path)
            failing = [f for f in findings if not f.suppressed and f.severity.rank >= self._threshold]
            if failing:
                failures += 1
                summary = f"{len(failing)} finding{'s' * (len(failing) != 1)}: {failing[0].message}"
                failure = ET.SubElement(case, "failure", type=failing[0].rule, message=summary)
                failure.text = "\n".join(_describe(f, path) for f in failing)
            rest = [f for f in findings if f not in failing]
            if rest:
                lines = [("suppressed (" + (f.suppression_reason or "") + "): " if f.suppressed else "") + _describe(f, path) for f in rest]
                ET.SubElement(case, "system-out").text = "\n".join(lines)
        suite.set("failures", str(failures))
        self._tests += len(by_family)
        self._failures += failures
        self._root.append(suite)

    def finish(self, tally: Tally) -> None:
        self._root.attrib.update(tests=str(self._tests), failures=str(self._failures), errors=str(self._errors))
        ET.indent(self._root)
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(self._root, encoding="unicode") + "\n")
