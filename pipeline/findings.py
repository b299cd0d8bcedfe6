"""The one Finding model every check reports with, and the result of checking one file."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


#: The fixed set of check families. Every rule belongs to exactly one.
FAMILIES: tuple[str, ...] = (
    "readability",
    "grammar",
    "off-label",
    "disclaimer",
    "interactions",
    "safety-warnings",
    "dosage",
    "unsupported-claim",
    "promotional",
    "accuracy",
    "metadata",
)

#: Families team rule packs declared (``families:`` in a pack), added when the packs load.
#: The FAMILIES names are reserved for their built-in meaning and cannot be declared.
DECLARED_FAMILIES: set[str] = set()


def declare_families(names: set[str] | frozenset[str]) -> None:
    """Let findings use the team families ``names`` (see :func:`pipeline.knowledge.rules.load_rules`)."""
    DECLARED_FAMILIES.update(names)


def all_families(extra: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """FAMILIES in their fixed order, then the declared team families (and ``extra``) sorted."""
    return [*FAMILIES, *sorted((DECLARED_FAMILIES | set(extra)) - set(FAMILIES))]


@dataclass
class Finding:
    """One problem at one place in one file.

    Lines and columns are 1-based and count Unicode code points in the original
    file (front matter included); ``end_column`` is exclusive.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    severity: Severity
    check: str
    rule: str
    message: str
    suggestion: str | None = None
    excerpt: str = ""
    suppressed: bool = False
    suppression_reason: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.check not in FAMILIES and self.check not in DECLARED_FAMILIES:
            raise ValueError(f"unknown check family {self.check!r}")
        self.severity = Severity(self.severity)

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.rule)

    def to_dict(self) -> dict[str, Any]:
        """The finding for JSON (reports, the result cache): every field in declaration
        order, the severity as its string, ``extra`` (a copy) only when it has something.
        Written out rather than ``dataclasses.asdict``, which deep-copies every value."""
        data: dict[str, Any] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "severity": self.severity.value,
            "check": self.check,
            "rule": self.rule,
            "message": self.message,
            "suggestion": self.suggestion,
            "excerpt": self.excerpt,
            "suppressed": self.suppressed,
            "suppression_reason": self.suppression_reason,
        }
        if self.extra:
            data["extra"] = dict(self.extra)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        return cls(**data)


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    readability: dict[str, Any] = field(default_factory=dict)
    engines: dict[str, str] = field(default_factory=dict)
    #: A one-line input error (the file could not be checked); exit code 2.
    error: str | None = None
    words: int = 0
    #: SHA-256 of the bytes that were checked (None: not from a file); the build
    #: publishes only these bytes.
    sha256: str | None = None

    def active(self) -> list[Finding]:
        return [f for f in self.findings if not f.suppressed]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.active() if f.severity == severity)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": self.path,
            "findings": [f.to_dict() for f in self.findings],
            "readability": self.readability,
            "engines": self.engines,
        }
        if self.error:
            data["error"] = self.error
        return data
