"""Which grammar engine runs: config ``grammar.engine = auto | languagetool | harper``.

``auto`` uses LanguageTool when it can run now (a configured server that answers,
or a local install with Java 17+), else Harper, and says why in the engine
description every report carries. ``languagetool`` when it cannot run is an error
(exit 2) that says what to do. :func:`engine_status` is the same decision without
starting anything, for ``pipeline doctor``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Protocol

from pipeline.checks.grammar import languagetool_engine as lt
from pipeline.checks.grammar.harper_engine import HarperEngine, harper_version
from pipeline.checks.grammar.text import EngineMatch
from pipeline.config import Config
from pipeline.errors import PipelineError
from pipeline.knowledge.rules import RuleSet
from pipeline.knowledge.spelling import SpellingVocabulary, load_spelling_vocabulary

URL_ENV = "PIPELINE_LANGUAGETOOL_URL"
SETUP_HINT = (
    "run `pipeline setup languagetool` (needs Java 17+ and a network once), or pass --languagetool-url / "
    'set PIPELINE_LANGUAGETOOL_URL to a LanguageTool server, or set grammar.engine = "harper"'
)


@dataclass(frozen=True)
class GrammarOptions:
    """Options of the ``grammar`` rule type: which engine rules and categories the
    rule stands for, and which engine rules the project turns off."""

    harper_rules: list[str] = field(default_factory=list)
    harper_kinds: list[str] = field(default_factory=list)
    harper_off: list[str] = field(default_factory=list)
    languagetool_rules: list[str] = field(default_factory=list)
    languagetool_categories: list[str] = field(default_factory=list)
    languagetool_off: list[str] = field(default_factory=list)
    #: The rule for engine matches no other rule maps.
    default: bool = False
    #: The rule for spans too long or too odd to give an engine (reported, not checked).
    skipped: bool = False


class Engine(Protocol):
    name: str
    description: str
    vocabulary: SpellingVocabulary | None

    def check(self, text: str) -> list[EngineMatch]: ...


def languagetool_url(config: Config) -> tuple[str | None, str]:
    """The server URL and where it came from: --languagetool-url, then the environment, then the config file."""
    configured = config.get("grammar.languagetool_url")
    if "grammar.languagetool_url" in config.overrides and configured:
        return configured, "--languagetool-url"
    if os.environ.get(URL_ENV):
        return os.environ[URL_ENV], URL_ENV
    if configured:
        return configured, "grammar.languagetool_url"
    return None, ""


def disabled_rules(config: Config, rules: RuleSet | None, engine: str) -> set[str]:
    """Engine rules turned off: the project's choices (``harper_off`` / ``languagetool_off``
    in checks/rules/grammar.yml; not when ``rules`` is None) plus the user's
    (``grammar.<engine>_disabled_rules``)."""
    key = "harper" if engine == "harper" else "languagetool"
    off: set[str] = set(config.get(f"grammar.{key}_disabled_rules"))
    for rule in rules.of_type("grammar") if rules else []:
        off.update(getattr(rule.options, f"{key}_off"))
    return off


def _languagetool(config: Config, rules: RuleSet | None, vocabulary: SpellingVocabulary) -> lt.LanguageToolEngine:
    """A LanguageTool engine, or LanguageToolUnavailable saying why not."""
    timeout = float(config.get("grammar.timeout"))
    options = dict(
        language=config.get("grammar.language"),
        timeout=timeout,
        disabled=disabled_rules(config, rules, "languagetool"),
        vocabulary=vocabulary,
    )
    url, origin = languagetool_url(config)
    if url:
        where = _SHARED_SERVERS.get(url) or f"server {url} from {origin}"
        return lt.LanguageToolEngine(url, where=where, **options)
    install = lt.find_local_install()
    if install is None:
        raise lt.LanguageToolUnavailable(
            f"LanguageTool is not installed (looked in {os.environ.get('LTP_JAR_DIR_PATH') or lt.download_dir()}) "
            "and no server URL is configured"
        )
    java = lt.java_info()
    if not java.usable or java.path is None:
        raise lt.LanguageToolUnavailable(f"LanguageTool needs Java {lt.MIN_JAVA}+; java: {java.text}")
    server = lt.LocalServer(install, java.path)
    try:
        return lt.LanguageToolEngine(server.url, where=f"local server, {install.directory}", **options)
    except PipelineError:
        server.close()
        raise


#: URL -> description of local servers started by this process for its workers
#: (forked workers inherit it, so reports name the server as a serial run would).
_SHARED_SERVERS: dict[str, str] = {}


def share_local_server(config: Config) -> str | None:
    """Start the local LanguageTool server in this (parent) process when this run
    would use one, and point the configuration at it, so that worker processes
    all talk to one server instead of starting one each. Returns its URL, or None
    when no local server is due (Harper, a configured URL, nothing installed)."""
    if config.get("grammar.engine") not in ("auto", "languagetool") or languagetool_url(config)[0]:
        return None
    install = lt.find_local_install()
    java = lt.java_info()
    if install is None or not java.usable or java.path is None:
        return None  # the workers' own engine choice reports or falls back, as in a serial run
    server = lt.LocalServer(install, java.path)  # closed at exit (atexit)
    config.data["grammar"]["languagetool_url"] = server.url
    _SHARED_SERVERS[server.url] = f"local server, {install.directory}"
    return server.url


def certainly_harper(config: Config) -> bool:
    """Will :func:`build_engine` give Harper, with nothing to connect to? (engine
    ``harper``; or ``auto`` with no LanguageTool server configured and none installed.)
    The runner then builds the engine before forking its workers, which share it."""
    choice = config.get("grammar.engine")
    if choice == "harper":
        return True
    return choice == "auto" and not languagetool_url(config)[0] and lt.find_local_install() is None


def build_engine(config: Config, rules: RuleSet, *, project_choices: bool = True) -> Engine:
    """The engine for this run (build it once per process: see ``ctx.resource``).

    ``project_choices=False`` (bench/grammar_fp.py --before) leaves out the medical
    vocabulary and the engine rules this project turns off."""
    choice = config.get("grammar.engine")
    vocab = load_spelling_vocabulary(config.knowledge_dirs) if project_choices else SpellingVocabulary()
    rule_data = rules if project_choices else None
    if choice in ("auto", "languagetool"):
        try:
            return _languagetool(config, rule_data, vocab)
        except lt.LanguageToolUnavailable as exc:
            if choice == "languagetool":
                raise PipelineError(f'grammar.engine is "languagetool" but {exc.message}; {SETUP_HINT}') from None
            engine = HarperEngine(disabled_rules(config, rule_data, "harper"), vocab)
            url, _ = languagetool_url(config)
            if url or lt.find_local_install() is not None:  # LanguageTool was set up: say why it did not run
                engine.description += f"; LanguageTool not used: {exc.message}"
            return engine
    return HarperEngine(disabled_rules(config, rule_data, "harper"), vocab)


# -- pipeline doctor -------------------------------------------------------------------
@dataclass
class Status:
    """What `pipeline doctor` reports: one line per component, then the verdict."""

    lines: list[tuple[str, bool, str]] = field(default_factory=list)
    verdict: str = ""
    ok: bool = True


def _probe(url: str, timeout: float) -> tuple[bool, str]:
    import requests  # only `pipeline doctor` probes: not on the check's start-up path

    try:
        response = requests.get(lt._v2(url) + "languages", timeout=timeout)
        response.raise_for_status()
        languages = response.json()
        if not isinstance(languages, list):
            return False, "answered, but /v2/languages is not a list (not a LanguageTool server?)"
        return True, f"answering ({len(languages)} languages)"
    except (requests.RequestException, ValueError) as exc:
        return False, f"not reachable: {lt.describe_error(exc)}"


def engine_status(config: Config) -> Status:
    """The grammar engine state without starting anything: Java, LanguageTool install,
    server reachability, Harper, and which engine `auto` (or the configured one) uses."""
    status = Status()
    java = lt.java_info()
    java_detail = java.text if java.path is None else f"{java.path}: {java.text}"
    if java.path and not java.usable:
        java_detail += f" (LanguageTool needs Java {lt.MIN_JAVA}+)"
    status.lines.append(("Java", java.usable, java_detail))

    install = lt.find_local_install()
    where = os.environ.get("LTP_JAR_DIR_PATH") or str(lt.download_dir())
    if install:
        status.lines.append(("LanguageTool install", True, f"{install.version} at {install.directory} ({install.origin})"))
    else:
        status.lines.append(("LanguageTool install", False, f"none in {where} (`pipeline setup languagetool` downloads it)"))

    url, origin = languagetool_url(config)
    reachable = False
    if url:
        reachable, detail = _probe(url, float(config.get("grammar.timeout")))
        status.lines.append(("LanguageTool server", reachable, f"{url} (from {origin}): {detail}"))
    else:
        status.lines.append(("LanguageTool server", False, f"none configured (--languagetool-url, {URL_ENV} or grammar.languagetool_url)"))

    try:
        harper_ok, harper_detail = True, f"{harper_version()}: embedded, works offline"
    except Exception as exc:  # a broken wheel: report it, do not crash the doctor
        harper_ok, harper_detail = False, f"cannot load: {exc}"
    status.lines.append(("Harper", harper_ok, harper_detail))

    try:
        vocabulary = load_spelling_vocabulary(config.knowledge_dirs)
        counts = ", ".join(f"{count} from {source}" for source, count in vocabulary.sources.items())
        status.lines.append(("Vocabulary", True, f"{len(vocabulary.words)} words ({counts})"))
    except PipelineError as exc:
        status.ok = False
        status.lines.append(("Vocabulary", False, str(exc)))

    choice = config.get("grammar.engine")
    lt_can_run = reachable if url else bool(install and java.usable)
    if choice == "harper":
        status.verdict = "grammar.engine = harper: Harper runs"
    elif lt_can_run:
        how = f"the server at {url}" if url else f"a local server started from {install.directory if install else ''}"
        status.verdict = f"grammar.engine = {choice}: LanguageTool runs ({how})"
    elif choice == "languagetool":
        status.ok = False
        status.verdict = f"grammar.engine = languagetool but LanguageTool cannot run now: `pipeline check` will exit 2; {SETUP_HINT}"
    else:
        status.verdict = "grammar.engine = auto: Harper runs (LanguageTool cannot run now)"
    if not harper_ok and not lt_can_run:
        status.ok = False
    return status
