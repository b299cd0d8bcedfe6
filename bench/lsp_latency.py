"""Benchmark: `pipeline lsp`, the time from a change to its diagnostics.

    .venv/bin/python bench/lsp_latency.py              # 10 changes to a ~1,000-word draft
    .venv/bin/python bench/lsp_latency.py --changes 20

A small LSP client starts `python -m pipeline lsp` in the repository (its own
configuration), opens a draft of about 1,000 words made from articles/*.md (in
memory only; nothing is written), waits for the first diagnostics (the cold time:
engines and knowledge loading), then makes one small edit at a time (a word added at
the end of a prose line, as typing does) and measures from sending each didChange
to receiving the publishDiagnostics of that version. Each such edit comes after a
pause, so the server checks it at once. Then it types bursts (" dose", key by key, 60 ms
apart) and measures from the last keystroke of each to its diagnostics: a change made
while the last one is still waiting or being checked waits a short debounce for the next
one, and a check under way stops when the text changes, so the end of a burst is checked
without waiting for the checks of its middle; those times include the debounce.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.lsp.server import DEBOUNCE_SECONDS  # noqa: E402

TIMEOUT = 120.0
#: Bursts of typing: how many, what each types (a word, key by key: its beginnings are
#: words Harper does not know, as when typing), seconds between keystrokes.
BURSTS = 5
BURST_WORD = " dose"
BURST_GAP = 0.06


class Client:
    """Content-Length framed JSON-RPC over the server's stdin and stdout."""

    def __init__(self, cwd: Path, env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "lsp"],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **(env or {})},
        )
        self.inbox: queue.Queue[tuple[float, dict[str, Any]]] = queue.Queue()
        self.ids = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = 0
            while (line := out.readline()) not in (b"\r\n", b"\n"):
                if not line:
                    return
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            message = json.loads(out.read(length))
            if "method" in message and "id" in message:
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            self.inbox.put((time.perf_counter(), message))

    def send(self, message: dict[str, Any]) -> float:
        body = json.dumps(message).encode()
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        self.proc.stdin.flush()
        return time.perf_counter()

    def wait(self, match: Any) -> tuple[float, dict[str, Any]]:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            try:
                when, message = self.inbox.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if match(message):
                return when, message
        raise SystemExit(f"lsp_latency: no answer within {TIMEOUT:.0f} s")

    def request(self, method: str, params: Any) -> Any:
        self.ids += 1
        ident = self.ids
        self.send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == ident and "method" not in m)[1].get("result")

    def notify(self, method: str, params: Any) -> float:
        return self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri: str, version: int) -> tuple[float, list[Any]]:
        when, message = self.wait(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri and m["params"].get("version") == version
            )
        )
        return when, message["params"]["diagnostics"]

    def close(self) -> None:
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.proc.wait(timeout=30)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()


def draft(articles: Path, words: int = 1000) -> str:
    """The first article (front matter and all) and then paragraphs of the others
    until the draft has about ``words`` words."""
    files = sorted(articles.glob("*.md"))
    first = min(files, key=lambda p: (p.name != "gabapentin-nerve-pain.md", p.name))
    text = first.read_text(encoding="utf-8").rstrip() + "\n"
    for path in files:
        if path == first:
            continue
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        for paragraph in body.split("\n\n"):
            if len(text.split()) >= words:
                return text
            if paragraph.strip() and not paragraph.lstrip().startswith("[^"):
                text += "\n" + paragraph.strip() + "\n"
    return text


def latency(cwd: Path, articles: Path, changes: int = 10, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Open a ~1,000-word draft in a fresh server in ``cwd``, then time ``changes`` edits."""
    text = draft(articles)
    lines = text.split("\n")
    prose = [i for i, line in enumerate(lines) if len(line) > 40 and line[0].isalpha() and ":" not in line[:20]]
    middle = prose[len(prose) // 4 :] or prose
    uri = (cwd / "lsp-latency-draft.md").as_uri()
    client = Client(cwd, env)
    try:
        client.request("initialize", {"processId": os.getpid(), "rootUri": cwd.as_uri(), "capabilities": {}})
        client.notify("initialized", {})
        opened = client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
        when, found = client.diagnostics(uri, 1)
        first = when - opened
        times = []
        for n in range(changes):
            row = middle[n % len(middle)]
            end = len(lines[row].encode("utf-16-le")) // 2
            lines[row] += " now"
            time.sleep(0.4)  # the writer pauses; nothing else in flight
            sent = client.notify(
                "textDocument/didChange",
                {
                    "textDocument": {"uri": uri, "version": n + 2},
                    "contentChanges": [
                        {"range": {"start": {"line": row, "character": end}, "end": {"line": row, "character": end}}, "text": " now"}
                    ],
                },
            )
            when, _ = client.diagnostics(uri, n + 2)
            times.append(when - sent)
        version = changes + 1
        bursts = []
        for n in range(BURSTS):
            row = middle[(changes + n) % len(middle)]
            time.sleep(0.4)
            for key in BURST_WORD:
                end = len(lines[row].encode("utf-16-le")) // 2
                lines[row] += key
                version += 1
                change = {"range": {"start": {"line": row, "character": end}, "end": {"line": row, "character": end}}, "text": key}
                params = {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}
                sent = client.notify("textDocument/didChange", params)
                time.sleep(BURST_GAP)
            when, _ = client.diagnostics(uri, version)
            bursts.append(when - sent)
    finally:
        client.close()
    return {
        "words": len(text.split()),
        "diagnostics": len(found),
        "first_diagnostics_seconds": round(first, 3),
        "change_to_diagnostics_median_seconds": round(statistics.median(times), 3),
        "change_to_diagnostics_seconds": [round(t, 3) for t in times],
        "burst_end_to_diagnostics_median_seconds": round(statistics.median(bursts), 3),
        "burst_end_to_diagnostics_seconds": [round(t, 3) for t in bursts],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--changes", type=int, default=10, help="How many edits to time (default 10).")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    args = parser.parse_args()
    result = latency(REPO, REPO / "articles", args.changes)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"draft: {result['words']} words, {result['diagnostics']} diagnostics")
    print(f"first diagnostics after open (cold): {result['first_diagnostics_seconds']:.3f} s")
    times = result["change_to_diagnostics_seconds"]
    median = result["change_to_diagnostics_median_seconds"]
    print(
        f"change -> diagnostics over {len(times)} changes after a pause: median {median:.3f} s (min {min(times):.3f}, max {max(times):.3f})"
    )
    bursts = result["burst_end_to_diagnostics_seconds"]
    print(
        f"end of a burst ({len(BURST_WORD)} keystrokes {BURST_GAP * 1000:.0f} ms apart) -> diagnostics over {len(bursts)} bursts: "
        f"median {result['burst_end_to_diagnostics_median_seconds']:.3f} s (min {min(bursts):.3f}, max {max(bursts):.3f}; "
        f"includes the {DEBOUNCE_SECONDS} s debounce)"
    )


if __name__ == "__main__":
    main()
