"""Options shared by commands, declared once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def run_options(func: F) -> F:
    """`check` and `build`: how the drafts are selected and checked."""
    decorators = [
        click.option("-q", "--quiet", is_flag=True, help="Only the summary in the terminal; no progress bar."),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=1, max=256),
            default=None,
            help="Parallel worker processes (default: config 'jobs', else one per CPU core; 1 runs in-process).",
        ),
        click.option("--no-cache", is_flag=True, help="Check every file, ignoring and not writing the result cache (config 'cache_dir')."),
        click.option(
            "--changed-since", metavar="REF", default=None, help="Only files changed since git REF (git diff REF, plus untracked files)."
        ),
        click.option(
            "--languagetool-url",
            metavar="URL",
            default=None,
            help="LanguageTool server for grammar (overrides PIPELINE_LANGUAGETOOL_URL and grammar.languagetool_url).",
        ),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func
