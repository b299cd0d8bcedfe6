"""What the human reports show: display filters (``--min-severity``, ``--select``,
``--ignore``) that hide findings without changing the exit code, the order a
file's findings are shown in (errors first, grouped by family), and how paths
are shown (relative to the working directory when the input was relative or came
from the configuration)."""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.findings import Finding, Severity, all_families


def matches(finding_rule: str, finding_family: str, selector: str) -> bool:
    """``selector`` names the rule, its family, or a dotted prefix of its id (ruff-style)."""
    return selector in (finding_rule, finding_family) or finding_rule.startswith(selector + ".")


def selected(rule: str, family: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """A rule is selected unless ``select`` is given and names none of it, or ``ignore`` names it."""
    select = tuple(select)
    if select and not any(matches(rule, family, s) for s in select):
        return False
    return not any(matches(rule, family, s) for s in ignore)


def unknown_selectors(selectors: Iterable[str], rules: Iterable[tuple[str, str]]) -> list[tuple[str, str | None]]:
    """The selectors that name no rule, family or id prefix of ``rules`` ((id, family) pairs),
    each with the closest known name (or None)."""
    pairs = list(rules)
    names = sorted({rule for rule, _ in pairs} | {family for _, family in pairs} | set(all_families()))
    bad = []
    for selector in selectors:
        if not any(matches(rule, family, selector) for rule, family in pairs) and selector not in names:
            close = difflib.get_close_matches(selector, names, n=1)
            bad.append((selector, close[0] if close else None))
    return bad


@dataclass(frozen=True)
class Display:
    """The terminal report's filters and path style."""

    min_severity: Severity = Severity.INFO
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    #: Show absolute paths relative to ``cwd`` (when they lie inside it).
    relative: bool = False
    cwd: Path = field(default_factory=Path.cwd)

    @property
    def filtering(self) -> bool:
        return self.min_severity != Severity.INFO or bool(self.select) or bool(self.ignore)

    def shows(self, finding: Finding) -> bool:
        return finding.severity.rank >= self.min_severity.rank and selected(finding.rule, finding.check, self.select, self.ignore)

    def path(self, path: str) -> str:
        if not self.relative or not os.path.isabs(path):
            return path
        try:
            return Path(path).relative_to(os.path.abspath(self.cwd)).as_posix()
        except ValueError:
            return path

    def describe(self) -> str:
        """The active filters as command-line options (for the summary line)."""
        parts = [] if self.min_severity == Severity.INFO else [f"--min-severity {self.min_severity.value}"]
        parts += [f"--select {s}" for s in self.select] + [f"--ignore {s}" for s in self.ignore]
        return " ".join(parts)


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then warnings, then info; within a severity grouped by family
    (in :func:`all_families` order), then in line order."""
    items = list(findings)
    rank = {family: index for index, family in enumerate(all_families({f.check for f in items}))}
    return sorted(items, key=lambda f: (-f.severity.rank, rank.get(f.check, len(rank)), f.line, f.column, f.rule))
