"""LanguageTool as an HTTP client of one server per run (its API v2, spoken here).

Two ways to get a server:

- a remote server (``--languagetool-url``, ``PIPELINE_LANGUAGETOOL_URL`` or config
  ``grammar.languagetool_url``): used as it is;
- a local server started here from an installed LanguageTool (``pipeline setup
  languagetool`` puts it in language_tool_python's download directory, ``LTP_PATH``;
  or ``LTP_JAR_DIR_PATH`` names an existing LanguageTool directory) with Java 17+.
  It is started at most once per run, on a free loopback port, and stopped at exit
  (atexit). It is started here rather than by ``LanguageTool()`` itself because
  language-tool-python 3.4.0 calls its downloader whenever it starts a local server
  (a network download at check time is never allowed: only ``pipeline setup
  languagetool`` downloads) and does not use ``LTP_JAR_DIR_PATH`` to find the jar.

Every check request is bounded as a whole by ``grammar.timeout`` (issue 16: a server
sending one byte every 5 s ran past 300 s when the timeout bounded each read): it
runs in a thread the caller waits for until the deadline, then its socket is shut
down. Redirects are never followed (a 302 or 307 would post the draft to another
host), the answer is at most MAX_ANSWER_BYTES, and its shape is validated (every
match needs a rule id and numeric offset and length inside the text). Every failure
(refused, timed out, redirected, not JSON, malformed) becomes one PipelineError line.
"""

from __future__ import annotations

import atexit
import bisect
import os
import re
import shutil
import socket
import subprocess
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.checks.grammar.text import EngineMatch
from pipeline.errors import PipelineError
from pipeline.knowledge.spelling import SpellingVocabulary

JAR_NAMES = ("languagetool-server.jar", "languagetool.jar")
SPELLING_CATEGORIES = frozenset({"TYPOS"})
MIN_JAVA = 17
#: How long a local LanguageTool may take to load its language models.
STARTUP_SECONDS = 90
#: The largest answer read (a real answer for a 20 MB article stays well under it).
MAX_ANSWER_BYTES = 64 << 20


class LanguageToolUnavailable(PipelineError):
    """LanguageTool cannot run now (no server, no install, no Java): `auto` falls back to Harper."""


def _one_line(text: object, limit: int = 200) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def describe_error(exc: BaseException, timeout: float | None = None) -> str:
    """One short line for a failed request (requests' own messages run to 300 characters)."""
    import requests  # imported when LanguageTool is used: it is not on Harper's start-up path

    cause = exc.__cause__ or exc
    if isinstance(cause, requests.Timeout):
        return f"no answer within {timeout:g} s (grammar.timeout)" if timeout else "no answer in time"
    if isinstance(cause, requests.ConnectionError):
        return "cannot connect (connection refused or host unreachable)"
    if isinstance(cause, requests.HTTPError) and cause.response is not None:
        return f"HTTP {cause.response.status_code}"
    if isinstance(cause, ValueError):
        return f"not a LanguageTool answer (not JSON): {_one_line(exc, 100)}"
    return _one_line(exc)


# -- local installation ---------------------------------------------------------
def download_dir() -> Path:
    """language_tool_python's download directory (``LTP_PATH``), without creating it."""
    return Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")


@dataclass
class LocalInstall:
    directory: Path
    jar: Path
    version: str
    #: "LTP_JAR_DIR_PATH" or "download directory".
    origin: str


def find_local_install() -> LocalInstall | None:
    """The LanguageTool to start: LTP_JAR_DIR_PATH if set, else the newest in the download directory."""
    candidates: list[tuple[Path, str]] = []
    env_dir = os.environ.get("LTP_JAR_DIR_PATH")
    if env_dir:
        candidates.append((Path(env_dir), "LTP_JAR_DIR_PATH"))
    else:
        base = download_dir()
        if base.is_dir():
            found = sorted((p for p in base.glob("LanguageTool-*") if p.is_dir()), key=lambda p: p.name, reverse=True)
            candidates.extend((p, "download directory") for p in found)
    for directory, origin in candidates:
        for name in JAR_NAMES:
            jar = directory / name
            if jar.is_file():
                version = directory.name.removeprefix("LanguageTool-") if directory.name.startswith("LanguageTool-") else "unknown"
                return LocalInstall(directory, jar, version, origin)
    return None


@dataclass
class JavaInfo:
    path: str | None
    major: int | None
    text: str

    @property
    def usable(self) -> bool:
        return self.major is not None and self.major >= MIN_JAVA


def java_info() -> JavaInfo:
    """The java on PATH and its major version (``java -version``, bounded in time)."""
    path = shutil.which("java")
    if not path:
        return JavaInfo(None, None, "not found on PATH")
    try:
        out = subprocess.run([path, "-version"], capture_output=True, text=True, timeout=15)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return JavaInfo(path, None, f"cannot run: {exc}")
    text = (out.stderr or out.stdout).strip()
    match = re.search(r'version "(\d+)(?:\.(\d+))?', text) or re.search(r"^\S+ (\d+)(?:\.(\d+))?", text, re.M)
    if not match:
        return JavaInfo(path, None, _one_line(text.splitlines()[0] if text else "unknown version"))
    major = int(match.group(1))
    if major == 1 and match.group(2):  # "1.8.0_392" is Java 8
        major = int(match.group(2))
    return JavaInfo(path, major, _one_line(text.splitlines()[0]))


class LocalServer:
    """A LanguageTool HTTP server process on a free loopback port, stopped at exit."""

    def __init__(self, install: LocalInstall, java: str) -> None:
        import requests

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        cmd = [java, "-cp", str(install.jar), "org.languagetool.server.HTTPServer", "--port", str(self.port)]
        self.process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        atexit.register(self.close)
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise LanguageToolUnavailable(
                    f"local LanguageTool {install.version} exited with code {self.process.returncode} while starting ({install.jar})"
                )
            try:
                if requests.get(self.url + "v2/languages", timeout=2).ok:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.3)
        self.close()
        raise LanguageToolUnavailable(f"local LanguageTool {install.version} did not answer within {STARTUP_SECONDS} s ({install.jar})")

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


# -- the engine -----------------------------------------------------------------
class RequestFailed(Exception):
    """A check request that got no usable answer; the text is the one-line reason."""


def post_form(url: str, form: dict[str, str], timeout: float) -> Any:
    """POST ``form`` to ``url`` and return the JSON answer. Connecting, sending and
    reading the whole answer take at most ``timeout`` seconds together; a redirect,
    an HTTP error, an oversized or non-JSON answer is RequestFailed."""
    import http.client  # imported when LanguageTool is used, not on Harper's start-up path
    import json

    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RequestFailed(f"not an http(s) URL: {_one_line(url, 80)}")
    connection_type = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = connection_type(parts.hostname, parts.port, timeout=timeout)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    body = urllib.parse.urlencode(form).encode("utf-8")
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
    outcome: dict[str, Any] = {}

    def exchange() -> None:
        try:
            conn.request("POST", path, body, headers)
            response = conn.getresponse()
            outcome["status"], outcome["location"] = response.status, response.getheader("Location")
            data = bytearray()
            while chunk := response.read1(1 << 16):
                data += chunk
                if len(data) > MAX_ANSWER_BYTES:
                    raise RequestFailed(f"answer larger than {MAX_ANSWER_BYTES >> 20} MB")
            outcome["body"] = bytes(data)
        except BaseException as exc:  # carried to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=exchange, name="languagetool-request", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        _abort(conn)
        worker.join(1.0)
        raise RequestFailed(f"no answer within {timeout:g} s (grammar.timeout)")
    conn.close()
    error = outcome.get("error")
    if isinstance(error, RequestFailed):
        raise error
    if isinstance(error, TimeoutError | socket.timeout):
        raise RequestFailed(f"no answer within {timeout:g} s (grammar.timeout)")
    if isinstance(error, ConnectionRefusedError | socket.gaierror | OSError) and "status" not in outcome:
        raise RequestFailed("cannot connect (connection refused or host unreachable)")
    if error is not None:
        raise RequestFailed(_one_line(f"{type(error).__name__}: {error}"))
    status = outcome["status"]
    if 300 <= status < 400:
        where = f" to {_one_line(outcome['location'], 80)}" if outcome.get("location") else ""
        raise RequestFailed(f"HTTP {status} redirect{where}: redirects are not followed (the draft is sent only to the configured server)")
    if status != 200:
        raise RequestFailed(f"HTTP {status}")
    try:
        return json.loads(outcome["body"].decode("utf-8"))
    except ValueError:
        start = outcome["body"][:200].decode("utf-8", "replace")
        raise RequestFailed(f"not a LanguageTool answer (not JSON): {_one_line(start, 100)}") from None


def _abort(conn: Any) -> None:
    """Wake a request blocked on ``conn``'s socket (shutdown interrupts a blocked recv)."""
    sock = conn.sock
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
    conn.close()


def server_version(url: str, language: str, timeout: float) -> str:
    """The server's ``software`` name and version, from a tiny check request."""
    answer = post_form(urllib.parse.urljoin(_v2(url), "check"), {"text": "Hello.", "language": language}, timeout)
    software = answer.get("software") if isinstance(answer, dict) else None
    if not isinstance(software, dict):
        raise RequestFailed("not a LanguageTool answer (no software)")
    return f"{software.get('name', 'LanguageTool')} {software.get('version', 'unknown')}".strip()


def _v2(url: str) -> str:
    base = url if url.endswith("/") else url + "/"
    return base if base.endswith("/v2/") else urllib.parse.urljoin(base, "v2/")


class Malformed(Exception):
    """A LanguageTool answer of the wrong shape; the text says what is wrong."""


def _field(value: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(value, dict) or key not in value:
        raise Malformed(f"missing {key!r}" + (f" in {where}" if where else ""))
    item = value[key]
    if not isinstance(item, kind) or isinstance(item, bool):
        raise Malformed(f"{where + ' ' if where else ''}{key} is {_one_line(repr(item), 40)}, not {_kind_name(kind)}")
    return item


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names: dict[Any, str] = {int: "a number", str: "text", dict: "an object", list: "a list"}
    return names.get(kind, "the expected type")


def parse_matches(answer: Any, text: str) -> list[EngineMatch]:
    """The matches of a /v2/check answer, validated: Malformed if any has the wrong shape
    (no rule id, a non-numeric or out-of-range offset or length, ...)."""
    matches = _field(answer, "matches", list, "")
    size = len(text.encode("utf-16-le")) // 2  # the server counts Java chars (UTF-16 units)
    index = _utf16_index(text) if size != len(text) else None
    found = []
    for number, match in enumerate(matches, 1):
        where = f"match {number}"
        if not isinstance(match, dict):
            raise Malformed(f"{where} is not an object")
        rule = _field(match, "rule", dict, "")
        rule_id = _field(rule, "id", str, f"{where} rule")
        category = _field(rule, "category", dict, f"{where} rule")
        category_id = _field(category, "id", str, f"{where} category")
        start = _field(match, "offset", int, where)
        length = _field(match, "length", int, where)
        if start < 0 or length < 0 or start + length > size:
            raise Malformed(f"{where} offset {start} and length {length} lie outside the {size:,}-character text")
        message = _field(match, "message", str, where)
        replacements = []
        for replacement in match.get("replacements") or []:
            value = _field(replacement, "value", str, f"{where} replacement")
            if value:
                replacements.append(value)
        end = start + length
        if index is not None:  # a character outside the BMP (an emoji) is two Java chars, one str index
            start, end = bisect.bisect_left(index, start), bisect.bisect_left(index, end)
        found.append(EngineMatch(start, end, message, rule_id, category_id, replacements, spelling=_unknown_word(match)))
    return found


def _utf16_index(text: str) -> list[int]:
    """The UTF-16 offset at which each character of ``text`` starts, and the end."""
    offsets = [0]
    for ch in text:
        offsets.append(offsets[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return offsets


def _unknown_word(match: dict[str, Any]) -> bool:
    """Is the match the speller's (a word not in the dictionary)? The answer's
    ``type.typeName`` says so ("UnknownWord"; rule matches are "Other" or "Hint"), even
    for rule-based slips LanguageTool files under TYPOS with issueType "misspelling"
    (IT_IS, CONFUSION_OF_THEN_THAN). A server that leaves ``type`` out: the category
    and issue type decide."""
    kind = match.get("type")
    name = kind.get("typeName") if isinstance(kind, dict) else None
    if isinstance(name, str):
        return name == "UnknownWord"
    rule = match["rule"]
    return rule["category"]["id"] in SPELLING_CATEGORIES or rule.get("issueType") == "misspelling"


class LanguageToolEngine:
    name = "languagetool"

    def __init__(
        self, url: str, *, language: str, timeout: float, disabled: set[str], vocabulary: SpellingVocabulary | None, where: str
    ) -> None:
        self.url = url
        self.language = language
        self.timeout = timeout
        self.vocabulary = vocabulary
        self.disabled_rules = set(disabled)
        try:
            version = server_version(url, language, timeout)
        except RequestFailed as exc:
            raise LanguageToolUnavailable(f"LanguageTool server {url} is not usable: {exc}") from None
        self.description = f"{version} ({where})"

    def check(self, text: str) -> list[EngineMatch]:
        form = {"text": text, "language": self.language}
        if self.disabled_rules:
            form["disabledRules"] = ",".join(sorted(self.disabled_rules))
        try:
            answer = post_form(urllib.parse.urljoin(_v2(self.url), "check"), form, self.timeout)
        except RequestFailed as exc:
            raise PipelineError(f"LanguageTool server {self.url} failed: {exc}") from None
        try:
            return parse_matches(answer, text)
        except Malformed as exc:
            raise PipelineError(f"LanguageTool server {self.url} sent a malformed response ({exc})") from None
