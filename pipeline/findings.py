"""The one Finding model every check reports with."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


class Severity(str, Enum):
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
        if self.check not in FAMILIES:
            raise ValueError(f"unknown check family {self.check!r}")
        self.severity = Severity(self.severity)

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.rule)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = self.severity.value
        if not data["extra"]:
            del data["extra"]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Finding":
        return cls(**data)
