"""Errors that end in a one-line message and exit code 2, never a traceback."""

from __future__ import annotations


class PipelineError(Exception):
    """A problem the user can fix; printed as one line, exit code 2."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class InputError(PipelineError):
    """An article that cannot be read or parsed (missing, binary, bad encoding, bad front matter)."""


class EngineFailed(PipelineError):
    """A checking engine failed on one article (crashed, out of time): that file's error, the run goes on."""


class Superseded(Exception):
    """The draft changed while it was being checked (the language server's buffer): the
    check stops at its next rule, since its result would be dropped anyway."""


class ConfigError(PipelineError):
    """A configuration file, rule pack or drug-facts file with a bad value."""
