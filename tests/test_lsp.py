"""`pipeline lsp` driven over stdio by a small JSON-RPC client (Content-Length framing):
initialize, open a draft, diagnostics with exact UTF-16 ranges, a quick fix, hover,
changes, a configuration reload, shutdown and exit. Every wait is bounded."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types

from pipeline.document.source import SourceText
from pipeline.lsp.positions import LineIndex

REPO = Path(__file__).resolve().parent.parent

#: How long any one answer may take (the first check loads Harper and the knowledge).
TIMEOUT = 90.0

SLIP_LINE = "Café 😀 owners can take gabapentin. It is a important medicine for nerve pain."
DRAFT = f"""---
title: Gabapentin for nerve pain
---

# Gabapentin for nerve pain

{SLIP_LINE}

Ask your pharmacist about Zorblax.
"""


class LspClient:
    """Just enough of a language client: requests, notifications, and a reader thread
    that queues everything the server sends (answering its requests with null)."""

    def __init__(self, cwd: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "lsp"],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ},
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.next_id = 0
        self.stderr: list[bytes] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=lambda: self.stderr.extend(self.proc.stderr or []), daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            assert length is not None, "a message without Content-Length"
            message = json.loads(out.read(length).decode("utf-8"))
            if "method" in message and "id" in message:  # a request from the server
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            self.messages.put(message)

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps(message).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params: Any, timeout: float = TIMEOUT) -> Any:
        self.next_id += 1
        ident = self.next_id
        self.send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        message = self.wait(lambda m: m.get("id") == ident and "method" not in m, timeout)
        assert "error" not in message, message
        return message["result"]

    def wait(self, predicate: Callable[[dict[str, Any]], bool], timeout: float = TIMEOUT) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no matching message within {timeout} s; server stderr: {b''.join(self.stderr)[-2000:]!r}")
            try:
                message = self.messages.get(timeout=left)
            except queue.Empty:
                continue
            if predicate(message):
                return message

    def diagnostics(self, uri: str, version: int, timeout: float = TIMEOUT) -> list[dict[str, Any]]:
        """The diagnostics published for ``version`` of ``uri``."""
        message = self.wait(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri and m["params"].get("version") == version
            ),
            timeout,
        )
        return list(message["params"]["diagnostics"])

    def close(self) -> int:
        """shutdown, exit, and the exit code (killing the server if it hangs)."""
        try:
            self.request("shutdown", None, timeout=30)
            self.notify("exit", None)
            return self.proc.wait(timeout=30)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait(timeout=10)


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def units(text: str, encoding: str) -> int:
    codec, width = {"utf-8": ("utf-8", 1), "utf-16": ("utf-16-le", 2), "utf-32": ("utf-32-le", 4)}[encoding]
    return len(text.encode(codec)) // width


def grammar(diagnostics: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [d for d in diagnostics if d["code"] == "grammar.grammar"]


@pytest.fixture
def server(tmp_path: Path) -> Any:
    (tmp_path / "pipeline.toml").write_text('knowledge = ["team"]\n', encoding="utf-8")
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / "dictionary.txt").write_text("# the team's words\n", encoding="utf-8")
    client = LspClient(tmp_path)
    try:
        yield client
    finally:
        if client.proc.poll() is None:
            client.proc.kill()
            client.proc.wait(timeout=10)


def test_language_server_session(server: LspClient, tmp_path: Path) -> None:
    root = tmp_path.as_uri()
    capabilities = {
        "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}},
        "textDocument": {"publishDiagnostics": {"versionSupport": True}},
    }
    init = server.request("initialize", {"processId": os.getpid(), "rootUri": root, "capabilities": capabilities})
    caps = init["capabilities"]
    assert caps.get("positionEncoding", "utf-16") == "utf-16"
    assert caps["hoverProvider"] and caps["codeActionProvider"]
    server.notify("initialized", {})

    path = tmp_path / "articles" / "gabapentin.md"
    path.parent.mkdir()
    path.write_text(DRAFT, encoding="utf-8")
    uri = path.as_uri()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": DRAFT}})
    found = server.diagnostics(uri, 1)

    # The a/an slip: 41 code points into its line, but 42 UTF-16 code units (the emoji takes two).
    slip = grammar(found)
    assert len(slip) == 1, found
    column = SLIP_LINE.index(" a important") + 1
    assert utf16(SLIP_LINE[:column]) == column + 1 == 42
    expected = {"start": {"line": 6, "character": 42}, "end": {"line": 6, "character": 43}}
    assert slip[0]["range"] == expected
    assert slip[0]["severity"] in (1, 2, 3) and slip[0]["source"] == "pipeline"
    assert "an" in slip[0]["message"].split("Suggestion:")[-1]
    severities = {d["code"]: d["severity"] for d in found}
    assert severities["disclaimer.missing"] == types.DiagnosticSeverity.Error  # error -> Error (1)

    # A quick fix replacing the range.
    actions = server.request(
        "textDocument/codeAction",
        {"textDocument": {"uri": uri}, "range": expected, "context": {"diagnostics": slip}},
    )
    assert actions, "no quick fix offered"
    fix = actions[0]
    assert fix["kind"] == "quickfix" and fix["isPreferred"] is True
    assert fix["edit"]["changes"] == {uri: [{"range": expected, "newText": "an"}]}

    # Hover on the slip: the rule's `pipeline explain` text.
    hover = server.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 6, "character": 42}})
    assert hover is not None
    text = hover["contents"]["value"]
    assert "grammar.grammar" in text and "type:       grammar" in text and "defined at:" in text
    assert hover["range"] == expected
    assert server.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 6, "character": 2}}) is None

    # Apply the fix as an incremental change: the slip is gone.
    server.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"range": expected, "text": "an"}]},
    )
    assert grammar(server.diagnostics(uri, 2)) == []

    # A burst of changes: only the newest version's diagnostics, with the slip on its new line.
    moved = DRAFT.replace(SLIP_LINE, "Café 😀 owners can take gabapentin.\n\nIt is a important medicine for nerve pain.")
    for version in (3, 4, 5):
        text = moved if version == 5 else DRAFT.replace("é", "e" * version)
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]})
    latest = server.diagnostics(uri, 5)
    assert [d["range"] for d in grammar(latest)] == [{"start": {"line": 8, "character": 6}, "end": {"line": 8, "character": 7}}]

    # The configuration changes (grammar.grammar turned off): the next check reloads it.
    (tmp_path / "pipeline.toml").write_text('knowledge = ["team"]\n\n[severity]\n"grammar.grammar" = "off"\n', encoding="utf-8")
    server.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": (tmp_path / "pipeline.toml").as_uri(), "type": 2}]})
    reloaded = server.diagnostics(uri, 5)
    assert grammar(reloaded) == [] and reloaded
    assert any(d["code"] == "grammar.spelling" and d["range"]["start"]["line"] == 10 for d in reloaded)

    # A word added to the team's dictionary (a knowledge file): the knowledge reloads.
    (tmp_path / "team" / "dictionary.txt").write_text("zorblax\n", encoding="utf-8")
    server.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": (tmp_path / "team" / "dictionary.txt").as_uri(), "type": 2}]})
    assert not any(d["code"] == "grammar.spelling" for d in server.diagnostics(uri, 5))

    server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["diagnostics"] == [])
    assert server.close() == 0


@pytest.mark.parametrize(
    ("encoding", "start", "end"),
    [("utf-16", 42, 43), ("utf-8", 45, 46), ("utf-32", 41, 42)],
)
def test_positions_in_each_encoding(encoding: str, start: int, end: int) -> None:
    index = LineIndex(SourceText.from_text("a.md", DRAFT), encoding)
    assert index.range(7, 42, 7, 43) == types.Range(types.Position(6, start), types.Position(6, end))
    assert index.to_source(types.Position(6, start)) == (7, 42)
    # Inside the emoji (UTF-16: its second unit) counts as the emoji itself.
    emoji = SLIP_LINE.index("😀")
    inside = units(SLIP_LINE[:emoji], encoding) + (0 if encoding == "utf-32" else 1)
    assert index.to_source(types.Position(6, inside)) == (7, emoji + 1)
    # Past the end of a line or of the text is clamped.
    assert index.position(7, 500).character == units(SLIP_LINE, encoding)
    assert index.position(99, 1).line == index.line_count - 1


def test_excluded_drafts_get_no_diagnostics_in_the_editor(tmp_path: Path) -> None:
    """The workspace's include/exclude apply in the editor as they do to `pipeline check
    DIR`: a vendored or archived draft that CI never checks shows no diagnostics."""
    from pipeline.lsp.engine import Engine

    (tmp_path / "pipeline.toml").write_text('exclude = ["archive/"]\n', encoding="utf-8")
    (tmp_path / "archive").mkdir()
    engine = Engine(tmp_path)
    checked = engine.check(str(tmp_path / "draft.md"), DRAFT)
    assert any(f.rule == "grammar.grammar" for f in checked.result.findings)
    excluded = engine.check(str(tmp_path / "archive" / "old.md"), DRAFT)
    assert excluded.result.findings == [] and excluded.result.error is None


def test_a_check_stops_when_the_buffer_changes_under_it(tmp_path: Path) -> None:
    """A keystroke during a check stops it at its next rule (its diagnostics would be
    dropped), so the check of the newest text starts at once; the next check of the
    same engine is complete."""
    from pipeline.errors import Superseded
    from pipeline.lsp.engine import Engine

    engine = Engine(tmp_path)
    asked = []

    def changed_after_two_rules() -> bool:
        asked.append(True)
        return len(asked) > 2

    with pytest.raises(Superseded):
        engine.check(str(tmp_path / "draft.md"), DRAFT, superseded=changed_after_two_rules)
    rules = len(list(engine.context().rules))
    assert len(asked) == 3 < rules  # stopped at the third rule of many
    checked = engine.check(str(tmp_path / "draft.md"), DRAFT)
    assert any(f.rule == "grammar.grammar" for f in checked.result.findings)
    assert any(f.rule == "disclaimer.missing" for f in checked.result.findings)
