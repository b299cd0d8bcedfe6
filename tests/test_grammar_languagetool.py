"""Grammar through LanguageTool, against a loopback server (tests/lt_fake.py) that
speaks LanguageTool's real HTTP API v2 (response shape from LanguageTool's API
documentation: software, warnings, language, matches with offset, length,
message, shortMessage, replacements [{value}], context, sentence, rule {id,
description, issueType, category {id, name}}). No real LanguageTool is needed and
nothing leaves 127.0.0.1."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import REPO, Project, run_cli, run_subprocess
from grammar_draft import CLEAN, DRAFT, EXPECTED, grammar_findings
from lt_fake import FakeLanguageTool, closed_port_url


def use(project: Project, extra: str = "") -> None:
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[grammar]\n{extra}')


@pytest.fixture(autouse=True)
def no_local_languagetool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No LanguageTool install and no server URL from the developer's environment."""
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "no-lt"))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.delenv("PIPELINE_LANGUAGETOOL_URL", raising=False)


@pytest.mark.parametrize("how", ["option", "env", "config"])
def test_matches_are_mapped_to_the_drafts_line_and_column(project: Project, how: str) -> None:
    with FakeLanguageTool() as lt:
        args: list[str] = []
        env = {}
        if how == "option":
            use(project)
            args = ["--languagetool-url", lt.url]
        elif how == "env":
            use(project)
            env = {"PIPELINE_LANGUAGETOOL_URL": lt.url}
        else:
            use(project, f'languagetool_url = "{lt.url}"\n')
        project.write("slips.md", DRAFT, dedent=False)
        result = run_cli("check", "--format", "json", *args, cwd=project.root, env=env)
    report = result.json()["files"][0]
    assert report["engines"]["grammar"].startswith(f"LanguageTool 6.8 (server {lt.url}")
    # Same slips as Harper finds, same rule ids, at the same line:column. LanguageTool marks
    # what its rules mark: the whole phrase "Their are", the article alone of "an food",
    # "then" of "better then" (CONFUSION_OF_THEN_THAN, filed under TYPOS yet reported as
    # grammar, as Harper's ThenThan is). "can can": Harper's DoubleModal is grammar.grammar,
    # LanguageTool's word-repeat rule grammar.repetition, at the same place.
    found = grammar_findings(report["findings"])
    assert {(line, col, rule, excerpt) for line, col, rule, excerpt, _ in found} == {
        (2, 20, "grammar.spelling", "usualy"),
        (8, 1, "grammar.grammar", "Their are"),
        (9, 12, "grammar.grammar", "an"),
        (10, 17, "grammar.then-than", "then"),
        (11, 5, "grammar.repetition", "can can"),
        (12, 7, "grammar.spelling", "usualy"),
        (13, 10, "grammar.spelling", "recieve"),
        (13, 33, "grammar.repetition", "the the"),
        (14, 6, "grammar.spelling", "bacloffen"),
    }
    assert {e[:3] for e in EXPECTED if e[3] not in ("can can", "Their")} <= {f[:3] for f in found}
    suggestions = {f[3]: f[4] for f in found}
    assert suggestions["usualy"] == "usually"
    assert suggestions["Their are"] == "There are"
    # Rule matches keep LanguageTool's message; only the speller's become "not in the dictionary".
    assert suggestions["an"] == "a" and suggestions["then"] == "than"
    messages = {f["excerpt"]: f["message"] for f in report["findings"] if f["check"] == "grammar"}
    assert messages["then"].startswith("Did you mean “than”") and messages["an"].startswith("Use “a” instead of ‘an’")
    # LanguageTool suggested "backoff"; the closest drug name comes first.
    assert suggestions["bacloffen"] == "baclofen"
    # Lioresal was flagged by the server and dropped by the medical vocabulary.
    assert not any(f[3] == "Lioresal" for f in found)
    # The project's own disabled rules travel with every request.
    assert "UPPERCASE_SENTENCE_START" in lt.requests[-1]["disabledRules"][0]


def test_drug_names_flagged_by_languagetool_are_accepted(project: Project) -> None:
    with FakeLanguageTool() as lt:
        use(project, f'languagetool_url = "{lt.url}"\nengine = "languagetool"\n')
        project.write("clean.md", CLEAN, dedent=False)
        findings = project.findings()
    assert [f for f in findings if f["rule"] == "grammar.spelling"] == []


def test_disabled_languagetool_rules_are_not_reported(project: Project) -> None:
    with FakeLanguageTool() as lt:
        use(project, f'languagetool_url = "{lt.url}"\nlanguagetool_disabled_rules = ["MORFOLOGIK_RULE_EN_US"]\n')
        project.write("slips.md", DRAFT, dedent=False)
        rules = {f["rule"] for f in project.findings() if f["check"] == "grammar"}
    assert "grammar.spelling" not in rules and "grammar.grammar" in rules


def test_server_down_with_engine_languagetool_is_a_one_line_error(project: Project) -> None:
    url = closed_port_url()
    use(project, f'engine = "languagetool"\nlanguagetool_url = "{url}"\n')
    project.write("slips.md", DRAFT, dedent=False)
    result = project.check()
    assert result.exit_code == 2
    assert result.stderr.startswith("pipeline: error: ") and result.stderr.strip().count("\n") == 0
    assert url in result.stderr and "pipeline setup languagetool" in result.stderr


def test_server_down_with_auto_falls_back_to_harper_and_says_so(project: Project) -> None:
    url = closed_port_url()
    project.write("slips.md", DRAFT, dedent=False)
    use(project)
    result = run_cli("check", "--format", "json", "--languagetool-url", url, cwd=project.root)
    report = result.json()["files"][0]
    assert report["engines"]["grammar"].startswith("harper-py 0.2.0 (Harper 2.13.0); LanguageTool not used:")
    assert url in report["engines"]["grammar"]
    assert grammar_findings(report["findings"]) == EXPECTED


def test_a_server_slower_than_the_timeout_is_a_clear_error_in_bounded_time(project: Project) -> None:
    with FakeLanguageTool("slow", delay=30) as lt:
        use(project, f'engine = "languagetool"\nlanguagetool_url = "{lt.url}"\ntimeout = 1\n')
        project.write("slips.md", DRAFT, dedent=False)
        started = time.monotonic()
        result = project.check()
        elapsed = time.monotonic() - started
    assert result.exit_code == 2
    assert "no answer within 1 s (grammar.timeout)" in result.stderr and lt.url in result.stderr
    assert result.stderr.strip().count("\n") == 0
    # One request, bounded as a whole by the timeout: far under the server's 30 s.
    assert elapsed < 15


@pytest.mark.reliability
def test_a_server_dripping_its_answer_is_cut_off_at_the_timeout(project: Project) -> None:
    """Issue 16: one byte every few seconds ran past 300 s with timeout = 15 (it bounded each read)."""
    with FakeLanguageTool("drip", delay=0.5) as lt:
        use(project, f'engine = "languagetool"\nlanguagetool_url = "{lt.url}"\ntimeout = 2\n')
        project.write("slips.md", DRAFT, dedent=False)
        started = time.monotonic()
        result = project.check()
        elapsed = time.monotonic() - started
    assert result.exit_code == 2
    assert "no answer within 2 s (grammar.timeout)" in result.stderr and result.stderr.strip().count("\n") == 0
    assert elapsed < 10, f"took {elapsed:.1f} s"  # the whole answer would take over 10 minutes


@pytest.mark.reliability
@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirects_are_not_followed_and_the_draft_goes_nowhere_else(project: Project, status: int) -> None:
    with FakeLanguageTool() as elsewhere, FakeLanguageTool("redirect", status=status) as lt:
        lt.location = f"{elsewhere.url}/v2/check"
        use(project, f'engine = "languagetool"\nlanguagetool_url = "{lt.url}"\ntimeout = 5\n')
        project.write("slips.md", DRAFT, dedent=False)
        started = time.monotonic()
        result = project.check()
        elapsed = time.monotonic() - started
    assert result.exit_code == 2 and elapsed < 10
    assert f"HTTP {status} redirect to {elsewhere.url}/v2/check: redirects are not followed" in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert elsewhere.requests == []  # the draft was never posted to the other host


@pytest.mark.reliability
def test_a_match_with_a_non_numeric_offset_is_a_clear_error_not_an_internal_one(project: Project) -> None:
    with FakeLanguageTool("malformed") as lt:
        use(project, f'engine = "languagetool"\nlanguagetool_url = "{lt.url}"\n')
        project.write("slips.md", DRAFT, dedent=False)
        result = project.check()
    assert result.exit_code == 2  # was 3 (an internal error)
    assert "sent a malformed response (match 1 offset is 'abc', not a number)" in result.stderr
    assert lt.url in result.stderr and result.stderr.strip().count("\n") == 0


@pytest.mark.reliability
@pytest.mark.parametrize(
    "answer, words",
    [
        ({"matches": "none"}, "matches is 'none', not a list"),
        ({"matches": [{"rule": {"id": "X", "category": {"id": "TYPOS"}}, "offset": 2, "length": -1, "message": "m"}]}, "outside"),
        ({"matches": [{"rule": {"id": "X", "category": {"id": "TYPOS"}}, "offset": 10**9, "length": 1, "message": "m"}]}, "outside"),
        ({"matches": [{"rule": {"id": 5, "category": {"id": "TYPOS"}}, "offset": 0, "length": 1, "message": "m"}]}, "rule id is 5"),
        ({"matches": [{"rule": {"id": "X", "category": {"id": "T"}}, "offset": True, "length": 1, "message": "m"}]}, "offset is True"),
        ({"matches": [None]}, "match 1 is not an object"),
        ([], "missing 'matches'"),
    ],
)
def test_every_malformed_shape_is_named(answer: object, words: str) -> None:
    from pipeline.checks.grammar.languagetool_engine import Malformed, parse_matches

    with pytest.raises(Malformed, match=words.replace("(", r"\(")):
        parse_matches(answer, "Some text to check.")


@pytest.mark.parametrize(
    "mode, words",
    [
        ("garbage", "not a LanguageTool answer (not JSON): <html><body>Internal error"),
        ("missing", "sent a malformed response (missing 'rule')"),
    ],
)
def test_a_malformed_response_is_a_clear_error(project: Project, mode: str, words: str) -> None:
    with FakeLanguageTool(mode) as lt:
        use(project, f'languagetool_url = "{lt.url}"\n')
        project.write("slips.md", DRAFT, dedent=False)
        result = project.check()
    assert result.exit_code == 2
    assert words in result.stderr and lt.url in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_engine_languagetool_without_server_or_install_says_what_to_do(project: Project) -> None:
    use(project, 'engine = "languagetool"\n')
    project.write("slips.md", DRAFT, dedent=False)
    result = project.check()
    assert result.exit_code == 2
    assert "LanguageTool is not installed" in result.stderr and "pipeline setup languagetool" in result.stderr


FAKE_JAVA = """#!{python}
# A stand-in for `java`: reports Java 17 and, asked to run LanguageTool's HTTPServer,
# serves the loopback LanguageTool on the requested port (tests/lt_fake.py).
import sys, time
sys.path.insert(0, {tests!r})
if "-version" in sys.argv:
    print('openjdk version "17.0.15" 2025-04-15', file=sys.stderr)
    sys.exit(0)
port = int(sys.argv[sys.argv.index("--port") + 1])
with open({log!r}, "a") as log:
    log.write(f"start {{port}} {{' '.join(sys.argv[1:4])}}\\n")
from lt_fake import FakeLanguageTool
with FakeLanguageTool(port=port):
    while True:
        time.sleep(1)
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_local_languagetool_starts_once_per_run_and_stops_at_exit(project: Project, tmp_path: Path, jobs: str) -> None:
    """LTP_JAR_DIR_PATH names an installed LanguageTool; `java` on PATH is a stand-in
    that serves the loopback API. Two files: one server start, and none left after exit,
    also with two worker processes (they share the server the run started)."""
    import os
    import socket
    import sys

    lt_dir = tmp_path / "LanguageTool-6.8"
    lt_dir.mkdir()
    (lt_dir / "languagetool-server.jar").write_bytes(b"")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "java.log"
    java = bin_dir / "java"
    java.write_text(FAKE_JAVA.format(python=sys.executable, tests=str(Path(__file__).parent), log=str(log)), encoding="utf-8")
    java.chmod(0o755)
    use(project, 'engine = "languagetool"\n')
    project.write("one.md", DRAFT, dedent=False)
    project.write("two.md", CLEAN, dedent=False)
    env = {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "LTP_JAR_DIR_PATH": str(lt_dir)}
    result = run_subprocess("check", "--format", "json", "--jobs", jobs, "--no-cache", cwd=project.root, env=env)
    report = result.json()
    assert [f["engines"]["grammar"] for f in report["files"]] == [f"LanguageTool 6.8 (local server, {lt_dir})"] * 2
    found = grammar_findings(report["files"][0]["findings"])
    assert (14, 6, "grammar.spelling", "bacloffen", "baclofen") in found
    starts = log.read_text(encoding="utf-8").splitlines()
    assert len(starts) == 1 and f"-cp {lt_dir / 'languagetool-server.jar'} org.languagetool.server.HTTPServer" in starts[0]
    port = int(starts[0].split()[1])
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", port)) != 0, "the local LanguageTool server outlived the run"
