"""The warm side of the language server: one check context per workspace root, built
once and reused for every document, rebuilt when the configuration file or a
knowledge file changes.

Before every check the engine compares a cheap stamp (the configuration candidates'
size and modification time, and the knowledge digest, a few milliseconds) with the
one its context was built from, so an edit to ``checks/`` or ``pipeline.toml`` is
picked up by the next check even when the editor sends no file events.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import Config, load_config
from pipeline.document.article import parse_article
from pipeline.document.source import SourceText
from pipeline.errors import PipelineError
from pipeline.findings import FileResult
from pipeline.knowledge.digest import knowledge_digest
from pipeline.run.checker import check_article
from pipeline.run.context import CheckContext
from pipeline.run.selection import selected

CONFIG_NAMES = ("pipeline.toml", "pyproject.toml")


@dataclass
class Checked:
    """One check of one version of a document."""

    result: FileResult
    source: SourceText
    ctx: CheckContext | None
    #: The 1-based line of an input or configuration error, when it has one.
    error_line: int | None = None


def _stat(path: Path) -> tuple[str, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (str(path), info.st_mtime_ns, info.st_size)


class Engine:
    """The check context of one workspace root (configuration found from ``root``)."""

    def __init__(self, root: Path, config_path: Path | None = None) -> None:
        self.root = root
        self.config_path = config_path
        self.config: Config | None = None
        self.ctx: CheckContext | None = None
        self._config_stamp: tuple[object, ...] | None = None
        self._digest: str | None = None
        #: How many times a context was built (for tests and the log).
        self.loads = 0

    def config_stamp(self) -> tuple[object, ...]:
        """Size and modification time of every file the configuration could come from."""
        if self.config_path is not None:
            return (_stat(self.config_path),)
        return tuple(_stat(directory / name) for directory in [self.root, *self.root.parents] for name in CONFIG_NAMES)

    def invalidate(self) -> None:
        """Forget the context: the next check reloads configuration and knowledge."""
        self._config_stamp = None
        self.ctx = None

    def context(self) -> CheckContext:
        """The warm context, rebuilt first if the configuration or the knowledge changed.
        Raises PipelineError (ConfigError) for a bad configuration or knowledge file."""
        from pipeline.knowledge.cache import activated, for_run
        from pipeline.run.runner import make_context

        stamp = self.config_stamp()
        if self.config is None or stamp != self._config_stamp:
            self.ctx = None
            self.config = load_config(self.config_path, start=self.root)
            self._config_stamp = stamp
        digest = knowledge_digest(self.config.knowledge_dirs)
        if self.ctx is None or digest != self._digest:
            self.ctx = None
            with activated(for_run(self.config, use_cache=True)):
                self.ctx = make_context(self.config)
            self._digest = digest
            self.loads += 1
        return self.ctx

    def check(self, path: str, text: str, superseded: Callable[[], bool] | None = None) -> Checked:
        """Check ``text`` (the editor's buffer) as the draft at ``path``; with
        ``superseded``, the check stops with :class:`pipeline.errors.Superseded` at the
        first rule it finds the buffer changed since."""
        source = SourceText.from_text(path, text)
        try:
            ctx = self.context()
        except PipelineError as exc:
            self.invalidate()
            return Checked(FileResult(path, error=f"configuration: {exc}"), source, None)
        if self.config is not None and not selected(self.config, Path(path)):
            # Excluded by the workspace's include/exclude, as `pipeline check DIR` would skip it.
            return Checked(FileResult(path), source, ctx)
        try:
            article = parse_article(source)
        except PipelineError as exc:
            return Checked(FileResult(path, error=exc.message), source, ctx, exc.line)
        ctx.superseded = superseded
        try:
            return Checked(check_article(article, ctx), source, ctx)
        except PipelineError as exc:  # an engine that cannot run (a LanguageTool server gone)
            return Checked(FileResult(path, error=str(exc)), source, ctx)
        finally:
            ctx.superseded = None
