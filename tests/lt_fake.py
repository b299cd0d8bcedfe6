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
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]


@dataclass(frozen=True)
class Slip:
    r"""A slip a real LanguageTool reports, as its answer has it: the rule (id, category
    id and name, issue type), the message, the replacements (``\g<name>`` groups
    allowed) and the span the rule marks: group ``m`` of ``pattern`` (its <marker>).
    Rule ids and categories from LanguageTool's English rules: the speller
    (MORFOLOGIK_RULE_EN_US), AvsAnRule (EN_A_VS_AN, MISC) and WordRepeatRule
    (ENGLISH_WORD_REPEAT_RULE, MISC) are Java rules; the others are grammar.xml rule
    groups. IT_IS, CONFUSION_OF_THEN_THAN and WHOS_NN sit in its TYPOS category (type
    "misspelling") although they are rules, not the speller: only the speller's
    matches are typeName "UnknownWord"."""

    pattern: str
    rule: str
    category: str
    message: str
    replacements: tuple[str, ...]
    issue: str = "grammar"
    short: str = ""

    @property
    def category_name(self) -> str:
        return CATEGORY_NAMES[self.category]

    @property
    def unknown_word(self) -> bool:
        return self.rule.startswith("MORFOLOGIK_RULE")


CATEGORY_NAMES = {
    "TYPOS": "Possible Typo",
    "GRAMMAR": "Grammar",
    "CONFUSED_WORDS": "Commonly Confused Words",
    "MISC": "Miscellaneous",
}
_SPELLER = "Possible spelling mistake found."


def _typo(word: str, *suggestions: str) -> Slip:
    return Slip(rf"\b(?P<m>{word})\b", "MORFOLOGIK_RULE_EN_US", "TYPOS", _SPELLER, suggestions, "misspelling", "Spelling mistake")


SLIPS: list[Slip] = [
    Slip(r"\b(?P<m>Their are)\b", "THERE_THEIR", "CONFUSED_WORDS", "Did you mean “There are”?", ("There are",)),
    # AvsAnRule marks the article only.
    Slip(
        r"\b(?P<m>an) food\b",
        "EN_A_VS_AN",
        "MISC",
        "Use “a” instead of ‘an’ if the following word doesn’t start with a vowel sound, e.g. ‘a sentence’, ‘a university’.",
        ("a",),
        "misspelling",
        "Wrong article",
    ),
    Slip(
        r"\b(?P<m>a) MRI\b",
        "EN_A_VS_AN",
        "MISC",
        "Use “an” instead of ‘a’ if the following word starts with a vowel sound, e.g. ‘an article’, ‘an hour’.",
        ("an",),
        "misspelling",
        "Wrong article",
    ),
    Slip(
        r"\b(?:better|worse|more|less|fewer|easier|higher|lower|other|rather)\s+(?P<m>then)\b",
        "CONFUSION_OF_THEN_THAN",
        "TYPOS",
        "Did you mean “than” (for comparisons)? “Then” is about time.",
        ("than",),
        "misspelling",
        "Possible typo",
    ),
    Slip(r",\s+(?P<m>than)\s+(?!ever\b|usual\b|expected\b)\w", "COMMA_THAN", "CONFUSED_WORDS", "Did you mean “then”?", ("then",)),
    Slip(
        r"\b(?P<m>[Ii]ts)\s+(?:best|better|important|possible|likely|usually|almost|not|been)\b",
        "IT_IS",
        "TYPOS",
        "Did you mean “it’s” (short for ‘it is’ or ‘it has’) instead of the possessive ‘its’?",
        ("\\g<i>t's",),
        "misspelling",
        "Possible typo",
    ),
    # SENT_START + singular noun (an unknown capitalised word is tagged NNP) + VBP.
    Slip(
        r"(?m)(?:^|(?<=[.!?]\s))(?!(?:They|We|You|People|Some|Many|Most|Both|These|Those|Do|Take|Ask)\b)(?P<s>[A-Z][a-z]+)\s+"
        r"(?P<m>(?P<v>help|work|lower|cause|contain|treat|reduce))\b",
        "AGREEMENT_SENT_START",
        "GRAMMAR",
        "The verb ‘\\g<v>’ does not agree with the singular subject ‘\\g<s>’. Did you mean “\\g<v>s”?",
        ("\\g<v>s",),
        short="Grammatical problem: agreement",
    ),
    Slip(
        r"\b(?:[Tt]he|side)\s+(?P<m>affect)(?=\s+(?:wears|of|on|is|lasts)\b|\s*[.,])",
        "AFFECT_EFFECT",
        "CONFUSED_WORDS",
        "Did you mean the noun “effect” (= result) instead of the verb ‘affect’ (= to influence)?",
        ("effect",),
    ),
    Slip(
        r"\b(?:[Ii]f|[Ww]hen|[Ss]ure)\s+(?P<m>your)\s+(?:pregnant|taking|allergic|not|over|under)\b",
        "YOUR_YOU_RE",
        "GRAMMAR",
        "Did you mean “you’re” (short for ‘you are’)?",
        ("you're",),
    ),
    Slip(
        r"\b(?P<m>loose)\s+(?:weight|your|the|their)\b",
        "LOOSE_LOSE",
        "CONFUSED_WORDS",
        "Did you mean “lose” (= to misplace, to no longer have) instead of ‘loose’ (= not tight)?",
        ("lose",),
    ),
    Slip(
        r"\b(?P<m>[Ww]ho's)\s+(?:kidneys|liver|blood|children|periods|parents)\b",
        "WHOS_NN",
        "TYPOS",
        "Did you mean the possessive “whose” instead of ‘who’s’ (= who is)?",
        ("\\g<W>hose",),
        "misspelling",
        "Possible typo",
    ),
    Slip(
        r"\b(?P<m>less)\s+(?:tablets|pills|doses|capsules|side effects|people)\b",
        "FEWER_LESS",
        "GRAMMAR",
        "Did you mean “fewer”? The noun after it is countable.",
        ("fewer",),
    ),
    Slip(
        r"\b(?:it|them|this)\s+(?P<m>everyday)\b",
        "EVERYDAY_EVERY_DAY",
        "CONFUSED_WORDS",
        "‘Everyday’ is an adjective (‘everyday life’). Did you mean the time phrase “every day”?",
        ("every day",),
    ),
    # WordRepeatRule marks both words, also across a line break; "had had", "that that" are allowed.
    Slip(
        r"(?i)\b(?P<m>(?!had\b|that\b)(?P<w>[a-z]+)\s+(?P=w))\b",
        "ENGLISH_WORD_REPEAT_RULE",
        "MISC",
        "Possible typo: you repeated a word.",
        ("\\g<w>",),
        "duplication",
        "Word repetition",
    ),
    _typo("usualy", "usually"),
    _typo("recieve", "receive"),
    _typo("bacloffen", "backoff"),
    _typo("alot", "a lot", "allot", "slot"),
    # Correct words a stock LanguageTool does not know: the vocabulary must drop these.
    _typo("Lioresal", "Liberal"),
    _typo("GABA", "GAB"),
]
_COMPILED = [(re.compile(slip.pattern), slip) for slip in SLIPS]


def _expand(m: re.Match[str], template: str) -> str:
    """A replacement or message with the match's groups; ``\\g<i>``/``\\g<W>`` are the
    marked word's first letter, so "Its" -> "It's" and "Who's" -> "Whose"."""
    first = m.group("m")[:1]
    return m.expand(template.replace("\\g<i>", first).replace("\\g<W>", first))


def _java(text: str, index: int) -> int:
    """The server's offset: Java chars (UTF-16 units), so an emoji counts two."""
    return len(text[:index].encode("utf-16-le")) // 2


def _match(text: str, m: re.Match[str], slip: Slip) -> dict[str, Any]:
    start, stop = m.span("m")
    offset, end = _java(text, start), _java(text, stop)
    length = end - offset
    lo, hi = max(0, start - 20), min(len(text), stop + 20)
    message = _expand(m, slip.message)
    return {
        "message": message,
        "shortMessage": slip.short,
        "replacements": [{"value": _expand(m, r)} for r in slip.replacements],
        "offset": offset,
        "length": length,
        "context": {"text": text[lo:hi], "offset": _java(text, start) - _java(text, lo), "length": length},
        "sentence": text[text.rfind("\n", 0, start) + 1 : (text.find("\n", start) + 1 or len(text) + 1) - 1],
        "type": {"typeName": "UnknownWord" if slip.unknown_word else "Other"},
        "rule": {
            "id": slip.rule,
            "description": message,
            "issueType": slip.issue,
            "category": {"id": slip.category, "name": slip.category_name},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def check_response(text: str, disabled: set[str], duplicates: bool = False) -> dict[str, Any]:
    """The /v2/check answer for ``text``: every slip found in it, in text order (a
    server that merges two rule sets, ``duplicates``, sends each one twice)."""
    matches = [_match(text, m, slip) for pattern, slip in _COMPILED if slip.rule not in disabled for m in pattern.finditer(text)]
    matches.sort(key=lambda m: m["offset"])
    if duplicates:
        matches = [copy for match in matches for copy in (match, dict(match))]
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
    (long texts get a match whose offset is not a number); "duplicates" (every match
    sent twice, as a server merging two rule sets might)."""

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
                    body = check_response(text, disabled, duplicates=server.mode == "duplicates")
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
