"""A loopback LanguageTool server for tests: http.server on 127.0.0.1, port 0.

It speaks LanguageTool's real HTTP API (v2) as documented in LanguageTool's
OpenAPI description and as language-tool-python 3.4.0 reads it: GET/POST
/v2/languages returns [{name, code, longCode}], POST /v2/check (form fields
text, language, disabledRules, ...) returns {software, warnings, language,
matches}, each match with message, shortMessage, replacements [{value}], offset,
length, context {text, offset, length}, sentence, type {typeName}, rule {id,
description, issueType, category {id, name}}, ignoreForIncompleteSentence and
contextForSureMatch. The matches are found in the request text (known slips), so
offsets are the server's own, like a real server; disabledRules is honoured.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]

#: phrase -> (rule id, category id, category name, issue type, message, replacements)
SLIPS: dict[str, tuple[str, str, str, str, str, list[str]]] = {
    "Their are": ("THERE_THEIR", "CONFUSED_WORDS", "Commonly Confused Words", "grammar", "Did you mean “There are”?", ["There are"]),
    "an food": (
        "EN_A_VS_AN",
        "MISC",
        "Miscellaneous",
        "misspelling",
        "Use “a” instead of “an” if the following word doesn't start with a vowel sound.",
        ["a food"],
    ),
    "better then": ("THAN_THEN", "CONFUSED_WORDS", "Commonly Confused Words", "grammar", "Did you mean “than”?", ["better than"]),
    "usualy": ("MORFOLOGIK_RULE_EN_US", "TYPOS", "Possible Typo", "misspelling", "Possible spelling mistake found.", ["usually"]),
    "recieve": ("MORFOLOGIK_RULE_EN_US", "TYPOS", "Possible Typo", "misspelling", "Possible spelling mistake found.", ["receive"]),
    "the the": ("ENGLISH_WORD_REPEAT_RULE", "MISC", "Miscellaneous", "duplication", "Possible typo: you repeated a word.", ["the"]),
    "bacloffen": ("MORFOLOGIK_RULE_EN_US", "TYPOS", "Possible Typo", "misspelling", "Possible spelling mistake found.", ["backoff"]),
    # Correct words a stock LanguageTool does not know: the vocabulary must drop these.
    "Lioresal": ("MORFOLOGIK_RULE_EN_US", "TYPOS", "Possible Typo", "misspelling", "Possible spelling mistake found.", ["Liberal"]),
    "GABA": ("MORFOLOGIK_RULE_EN_US", "TYPOS", "Possible Typo", "misspelling", "Possible spelling mistake found.", ["GAB"]),
}


def _match(text: str, offset: int, length: int, spec: tuple[str, str, str, str, str, list[str]]) -> dict[str, Any]:
    rule_id, cat_id, cat_name, issue, message, replacements = spec
    lo, hi = max(0, offset - 20), min(len(text), offset + length + 20)
    return {
        "message": message,
        "shortMessage": "Spelling mistake" if cat_id == "TYPOS" else "",
        "replacements": [{"value": r} for r in replacements],
        "offset": offset,
        "length": length,
        "context": {"text": text[lo:hi], "offset": offset - lo, "length": length},
        "sentence": text[text.rfind("\n", 0, offset) + 1 : (text.find("\n", offset) + 1 or len(text) + 1) - 1],
        "type": {"typeName": "UnknownWord" if issue == "misspelling" else "Other"},
        "rule": {"id": rule_id, "description": message, "issueType": issue, "category": {"id": cat_id, "name": cat_name}},
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def check_response(text: str, disabled: set[str]) -> dict[str, Any]:
    matches = []
    for phrase, spec in SLIPS.items():
        if spec[0] in disabled:
            continue
        start = text.find(phrase)
        while start != -1:
            matches.append(_match(text, start, len(phrase), spec))
            start = text.find(phrase, start + 1)
    matches.sort(key=lambda m: m["offset"])
    return {
        "software": {
            "name": "LanguageTool",
            "version": "6.8",
            "buildDate": "2025-11-27 10:03:41 +0000",
            "apiVersion": 1,
            "premium": False,
            "premiumHint": "You might be missing errors only the Premium version can find. Contact us at support<at>languagetoolplus.com.",
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": "English (US)",
            "code": "en-US",
            "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.99, "source": "ngram"},
        },
        "matches": matches,
    }


class FakeLanguageTool:
    """mode: "ok"; "slow" (long texts take ``delay`` seconds); "garbage" (long texts
    get an HTML error page); "missing" (long texts get matches without rule/length);
    "drip" (the answer to long texts is sent one byte every ``delay`` seconds);
    "redirect" (long texts get ``status`` with Location ``location``); "malformed"
    (long texts get a match whose offset is not a number)."""

    def __init__(self, mode: str = "ok", delay: float = 5.0, port: int = 0, status: int = 302, location: str = "") -> None:
        self.mode = mode
        self.delay = delay
        self.status = status
        self.location = location
        self.requests: list[dict[str, list[str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: bytes, kind: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _drip(self, body: bytes) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    for byte in body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(server.delay)
                except (BrokenPipeError, ConnectionResetError, OSError):
                    pass

            def _route(self, form: dict[str, list[str]]) -> None:
                path = urllib.parse.urlsplit(self.path).path
                if path == "/v2/languages":
                    self._send(200, json.dumps(LANGUAGES).encode())
                elif path == "/v2/check":
                    server.requests.append(form)
                    text = form.get("text", [""])[0]
                    long_text = len(text) > 20
                    if server.mode == "slow" and long_text:
                        time.sleep(server.delay)
                    if server.mode == "garbage" and long_text:
                        self._send(200, b"<html><body>Internal error\n</body></html>", "text/html")
                        return
                    if server.mode == "redirect" and long_text:
                        self.send_response(server.status)
                        self.send_header("Location", server.location)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    disabled = set(form.get("disabledRules", [""])[0].split(","))
                    body = check_response(text, disabled)
                    if server.mode == "missing" and long_text:
                        body["matches"] = [{"offset": 3, "message": "x"}]
                    if server.mode == "malformed" and long_text and body["matches"]:
                        body["matches"][0]["offset"] = "abc"
                    if server.mode == "drip" and long_text:
                        self._drip(json.dumps(body).encode())
                        return
                    self._send(200, json.dumps(body).encode())
                else:
                    self._send(404, b'{"error": "not found"}')

            def do_GET(self) -> None:  # noqa: N802
                self._route(urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query))

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                self._route(urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8")))

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FakeLanguageTool:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def closed_port_url() -> str:
    """A loopback URL where nothing listens (connection refused)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
