"""The language server: Markdown drafts in, diagnostics, quick fixes and hovers out.

Threads: pygls reads and answers on its asyncio loop; every check runs on one
worker thread (the check context is not shared between threads), so typing is
never blocked. The first change after a pause is checked at once; a change that comes
while the document's last one is still waiting or being checked is checked after a short
debounce, so changes that come together (a paste, an edit that sends several) are
checked once. A check whose version is no longer the document's newest is skipped before
it starts, stops at its next rule if the document changes while it runs (so the check of
the end of a burst of keystrokes does not wait for the checks of its middle), and its
result is never published.
"""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from pipeline import __version__
from pipeline.errors import Superseded
from pipeline.lsp.diagnostics import at, diagnostic, error_diagnostic, finding_range, quick_fixes
from pipeline.lsp.engine import CONFIG_NAMES, Checked, Engine
from pipeline.lsp.positions import LineIndex

log = logging.getLogger("pipeline.lsp")

#: Seconds a change made while the document's last one is still waiting or being checked
#: waits for the next change before it is checked.
DEBOUNCE_SECONDS = 0.05

MARKDOWN_SUFFIXES = (".md", ".markdown")

#: A short draft checked right after start-up, so the first real check finds the engines warm.
WARM_UP_TEXT = "# Warm-up\n\nThis short text is checked once so that the engines are loaded before you type.\n"


class Published:
    """What was last published for a document: its version, the check, its line index."""

    def __init__(self, version: int | None, checked: Checked, index: LineIndex) -> None:
        self.version = version
        self.checked = checked
        self.index = index


class PipelineServer(LanguageServer):
    def __init__(self, config_path: Path | None = None, debounce: float = DEBOUNCE_SECONDS) -> None:
        super().__init__("pipeline", __version__)
        self.config_path = config_path
        self.debounce = debounce
        self.checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pipeline-check")
        #: Workspace root -> engine; used only on the checker thread.
        self.engines: dict[Path, Engine] = {}
        #: Open documents: uri -> newest version seen.
        self.latest: dict[str, int | None] = {}
        self.published: dict[str, Published] = {}
        self.timers: dict[str, asyncio.TimerHandle] = {}
        self.tasks: set[asyncio.Task[None]] = set()
        #: When each document last changed, and the documents with a check running.
        self.changed_at: dict[str, float] = {}
        self.checking: set[str] = set()

    # -- where a document belongs -------------------------------------------------
    def root_for(self, path: Path) -> Path:
        """The workspace folder holding ``path`` (the innermost), else the workspace
        root, else the document's own directory: where the configuration is looked for."""
        folders = []
        for folder in self.workspace.folders.values():
            fs = to_fs_path(folder.uri)
            if fs:
                folders.append(Path(fs))
        if self.workspace.root_path:
            folders.append(Path(self.workspace.root_path))
        inside = [f for f in folders if path == f or f in path.parents]
        return max(inside, key=lambda f: len(f.parts)) if inside else path.parent

    def engine(self, root: Path) -> Engine:
        if root not in self.engines:
            self.engines[root] = Engine(root, self.config_path)
        return self.engines[root]

    # -- scheduling -----------------------------------------------------------------
    def schedule(self, uri: str, delay: float) -> None:
        """Check ``uri`` after ``delay`` seconds, replacing a check not yet started."""
        timer = self.timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        loop = asyncio.get_running_loop()
        self.timers[uri] = loop.call_later(delay, self._start, uri)

    def changed(self, uri: str) -> None:
        """Schedule the check of a change: at once after a pause, else after the debounce."""
        now = time.monotonic()
        paused = now - self.changed_at.get(uri, float("-inf")) >= self.debounce and uri not in self.timers and uri not in self.checking
        self.changed_at[uri] = now
        self.schedule(uri, 0 if paused else self.debounce)

    def _start(self, uri: str) -> None:
        self.timers.pop(uri, None)
        task = asyncio.ensure_future(self.run_check(uri))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def run_check(self, uri: str) -> None:
        if uri not in self.latest:
            return
        document = self.workspace.get_text_document(uri)
        version, text = document.version, document.source
        path = Path(to_fs_path(uri) or uri)
        root = self.root_for(path)
        loop = asyncio.get_running_loop()
        started = time.perf_counter()
        self.checking.add(uri)
        try:
            checked = await loop.run_in_executor(self.checker, self._check, uri, version, root, str(path), text)
        except Exception as exc:  # a bug: show it on the document rather than dying silently
            log.exception("checking %s failed", uri)
            self.window_log_message(types.LogMessageParams(type=types.MessageType.Error, message=f"pipeline: internal error: {exc!r}"))
            return
        finally:
            self.checking.discard(uri)
        if checked is None or self.latest.get(uri, -1) != version:
            return  # a newer version is on its way
        index = LineIndex(checked.source, self.workspace.position_encoding or "utf-16")
        self.published[uri] = Published(version, checked, index)
        result = checked.result
        if result.error:
            diagnostics = [error_diagnostic(result.error, checked.error_line, index)]
        else:
            diagnostics = [diagnostic(f, index) for f in result.findings if not f.suppressed]
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics))
        log.info("%s v%s: %d diagnostics in %.0f ms", uri, version, len(diagnostics), (time.perf_counter() - started) * 1000)

    def _check(self, uri: str, version: int | None, root: Path, path: str, text: str) -> Checked | None:
        """On the checker thread: skip a version that is already out of date."""
        if self.latest.get(uri, -1) != version:
            return None
        try:
            return self.engine(root).check(path, text, superseded=lambda: self.latest.get(uri, -1) != version)
        except Superseded:
            return None

    def _warm_up(self, root: Path) -> None:
        try:
            self.engine(root).check(str(root / "warm-up.md"), WARM_UP_TEXT)
        except Exception:  # the first real check reports whatever is wrong
            log.exception("warm-up failed")

    def _invalidate(self, paths: list[Path]) -> bool:
        """On the checker thread: forget the contexts ``paths`` may change (a
        configuration file, or a file under a knowledge directory)."""
        changed = False
        for engine in self.engines.values():
            dirs = knowledge_dirs(engine)
            for path in paths:
                if path.name in CONFIG_NAMES or any(path == d or d in path.parents for d in dirs):
                    engine.invalidate()
                    changed = True
                    break
        return changed

    async def invalidate(self, paths: list[Path]) -> bool:
        changed: bool = await asyncio.get_running_loop().run_in_executor(self.checker, self._invalidate, paths)
        return changed

    def recheck_all(self) -> None:
        for uri in self.latest:
            self.schedule(uri, 0)

    def forget(self, uri: str) -> None:
        self.latest.pop(uri, None)
        self.published.pop(uri, None)
        self.changed_at.pop(uri, None)
        timer = self.timers.pop(uri, None)
        if timer is not None:
            timer.cancel()

    def current(self, uri: str) -> Published | None:
        """The published check of ``uri`` if it is of the document's newest version."""
        published = self.published.get(uri)
        if published is None or uri not in self.latest or published.version != self.latest[uri]:
            return None
        return published


def knowledge_dirs(engine: Engine) -> list[Path]:
    return [] if engine.config is None else engine.config.knowledge_dirs


def is_markdown(document: types.TextDocumentItem) -> bool:
    return document.language_id == "markdown" or document.uri.lower().endswith(MARKDOWN_SUFFIXES)


def make_server(config_path: Path | None = None, debounce: float = DEBOUNCE_SECONDS) -> PipelineServer:
    server = PipelineServer(config_path, debounce)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: PipelineServer, params: types.InitializedParams) -> None:
        root = ls.workspace.root_path
        if root:
            asyncio.get_running_loop().run_in_executor(ls.checker, ls._warm_up, Path(root))
        watch = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
        if watch and watch.dynamic_registration:
            patterns = ("**/*.{yml,yaml,txt}", "**/{pipeline,pyproject}.toml")
            options = types.DidChangeWatchedFilesRegistrationOptions(watchers=[types.FileSystemWatcher(glob_pattern=p) for p in patterns])
            method = types.WORKSPACE_DID_CHANGE_WATCHED_FILES
            registration = types.Registration(id="pipeline-knowledge", method=method, register_options=options)
            try:
                await ls.client_register_capability_async(types.RegistrationParams(registrations=[registration]))
            except Exception:  # the stamp compared before every check still catches changes
                log.warning("the client refused file watching")

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: PipelineServer, params: types.DidOpenTextDocumentParams) -> None:
        if not is_markdown(params.text_document):
            return
        ls.latest[params.text_document.uri] = params.text_document.version
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: PipelineServer, params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri in ls.latest:
            ls.latest[uri] = params.text_document.version
            ls.changed(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: PipelineServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri in ls.latest:
            ls.schedule(uri, 0)
        else:  # a knowledge or configuration file edited in the same editor
            path = to_fs_path(uri)
            if path and await ls.invalidate([Path(path)]):
                ls.recheck_all()

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    async def did_close(ls: PipelineServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri in ls.latest:
            ls.forget(uri)
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def did_change_watched_files(ls: PipelineServer, params: types.DidChangeWatchedFilesParams) -> None:
        paths = [Path(p) for p in (to_fs_path(change.uri) for change in params.changes) if p]
        if paths and await ls.invalidate(paths):
            ls.recheck_all()

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls: PipelineServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        published = ls.current(uri)
        if published is None:
            return None
        edits = ls.client_capabilities.workspace and ls.client_capabilities.workspace.workspace_edit
        versioned = bool(edits and edits.document_changes)
        findings = [f for f in published.checked.result.findings if not f.suppressed]
        return quick_fixes(uri, published.version, findings, published.index, params.range, versioned) or None

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: PipelineServer, params: types.HoverParams) -> types.Hover | None:
        from pipeline.commands.rules import explain_text

        published = ls.current(params.text_document.uri)
        if published is None or published.checked.ctx is None:
            return None
        ctx = published.checked.ctx
        found = [f for f in at(published.checked.result.findings, published.index, params.position) if not f.suppressed]
        if not found:
            return None
        parts: list[str] = []
        seen: set[str] = set()
        for finding in found:
            parts.append(f"**{finding.rule}**: {finding.message}")
            rule = ctx.rules.get(finding.rule)
            if rule is not None and finding.rule not in seen:
                seen.add(finding.rule)
                parts.append(f"```text\n{explain_text(rule, ctx.config)}\n```")
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n".join(parts)),
            range=finding_range(found[0], published.index),
        )

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: PipelineServer, *args: Any) -> None:
        for timer in ls.timers.values():
            timer.cancel()
        ls.timers.clear()
        ls.latest.clear()
        ls.checker.shutdown(wait=False, cancel_futures=True)

    return server


def serve(config_path: Path | None = None) -> None:
    """Run the language server on standard input and output until the client exits."""
    make_server(config_path).start_io()
