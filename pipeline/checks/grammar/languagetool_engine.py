"""LanguageTool through language-tool-python, as an HTTP client of one server per run.

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

Every request is bounded by ``grammar.timeout``: language-tool-python tries a failed
request twice, so a dead server costs at most twice the timeout, and every failure
(refused, timed out, not JSON, keys missing) becomes one PipelineError line.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import socket
import subprocess
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
def _bounded_language_tool(timeout: float, **kwargs: Any) -> Any:
    """language_tool_python's client with our request timeout instead of its 300 s
    (language_tool_python is imported here, when LanguageTool is used, not at start-up)."""
    from language_tool_python import LanguageTool

    class _BoundedLanguageTool(LanguageTool):
        def __init__(self, timeout: float, **kwargs: Any) -> None:
            # Read by every request, the first one in __init__. The library annotates it as
            # Literal[300] (its constant), which no other value could satisfy.
            self._TIMEOUT = timeout  # type: ignore[assignment]
            super().__init__(**kwargs)

    return _BoundedLanguageTool(timeout, **kwargs)


def server_version(url: str, language: str, timeout: float) -> str:
    """The server's ``software`` name and version, from a tiny check request."""
    import requests

    response = requests.post(urllib.parse.urljoin(_v2(url), "check"), data={"text": "Hello.", "language": language}, timeout=timeout)
    response.raise_for_status()
    software = response.json().get("software") or {}
    return f"{software.get('name', 'LanguageTool')} {software.get('version', 'unknown')}".strip()


def _v2(url: str) -> str:
    base = url if url.endswith("/") else url + "/"
    return base if base.endswith("/v2/") else urllib.parse.urljoin(base, "v2/")


class LanguageToolEngine:
    name = "languagetool"

    def __init__(
        self, url: str, *, language: str, timeout: float, disabled: set[str], vocabulary: SpellingVocabulary | None, where: str
    ) -> None:
        import requests
        from language_tool_python.exceptions import LanguageToolError

        self.url = url
        self.timeout = timeout
        self.vocabulary = vocabulary
        try:
            self.tool = _bounded_language_tool(timeout, language=language, remote_server=url)
            version = server_version(url, language, timeout)
        except (LanguageToolError, requests.RequestException, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise LanguageToolUnavailable(f"LanguageTool server {url} is not usable: {describe_error(exc, timeout)}") from None
        self.tool.disabled_rules = set(disabled)
        self.description = f"{version} ({where})"

    def check(self, text: str) -> list[EngineMatch]:
        from language_tool_python.exceptions import LanguageToolError

        try:
            raw = self.tool.check(text)
        except LanguageToolError as exc:
            raise PipelineError(f"LanguageTool server {self.url} failed: {describe_error(exc, self.timeout)}") from None
        except (KeyError, TypeError, AttributeError) as exc:
            raise PipelineError(f"LanguageTool server {self.url} sent a malformed response (missing {_one_line(exc)})") from None
        matches = []
        for match in raw:
            try:
                start = int(match.offset)
                length = int(match.error_length)
                matches.append(
                    EngineMatch(
                        start,
                        start + length,
                        str(match.message),
                        str(match.rule_id),
                        str(match.category),
                        [str(r) for r in match.replacements if r],
                        spelling=match.category in SPELLING_CATEGORIES or match.rule_issue_type == "misspelling",
                    )
                )
            except (AttributeError, TypeError, ValueError) as exc:
                raise PipelineError(f"LanguageTool server {self.url} sent a malformed match: {_one_line(exc)}") from None
        return matches
