"""Scale features must not change what a run reports: the result cache, worker
processes (--jobs) and --changed-since give the same findings as a cold serial run,
and anything that can change a finding (a rule file, the configuration, the
draft) invalidates the cache; a damaged cache entry is never trusted."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, SEED, Project

LONG = (
    "Take this medicine with a full glass of water every morning before breakfast unless your doctor "
    "or pharmacist has told you to take it in some other way for your own condition."
)


def readability_only(project: Project, extra_config: str = "") -> Project:
    """The project with its own copy of the readability rule pack (editable by the
    test; one process start of the full check costs seconds)."""
    rules = project.root / "checks" / "rules"
    rules.mkdir(parents=True)
    shutil.copy(REPO / "checks" / "rules" / "readability.yml", rules)
    project.config('knowledge = ["checks"]\nbuiltin = false\n' + extra_config)
    return project


@pytest.fixture
def corpus(project: Project) -> Project:
    readability_only(project)
    shutil.copy(SEED, project.root / "articles" / "seed.md")
    project.write("short.md", f"# Short\n\n{LONG}\n")
    project.write("plain.md", "# Plain\n\nTake one tablet a day.\n")
    project.write("nested/deep.md", f"# Deep\n\n{LONG} {LONG}\n")
    return project


def report(project: Project, *args: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The JSON report without its `run` block (timing and cache counters), and that block."""
    result = project.check("--format", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    data = result.json()
    return data, data.pop("run")


def entries(project: Project) -> list[Path]:
    return sorted(p for p in (project.root / ".pipeline_cache" / "v2").glob("*/*") if p.is_file())


@pytest.fixture(autouse=True)
def configured_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the configured cache directory (each project is temporary)."""
    monkeypatch.delenv("PIPELINE_CACHE_DIR", raising=False)


def test_warm_run_answers_from_the_cache_with_the_same_report(corpus: Project) -> None:
    cold, cold_run = report(corpus)
    assert cold_run["checked"] == 4 and cold_run["cache_hits"] == 0
    assert len(entries(corpus)) == 4
    warm, warm_run = report(corpus)
    assert warm_run["checked"] == 0 and warm_run["cache_hits"] == 4
    assert warm == cold
    assert sum(len(f["findings"]) for f in warm["files"]) > 10


def test_paths_in_a_cache_hit_are_the_paths_given_on_this_run(corpus: Project) -> None:
    report(corpus)  # fills the cache with absolute paths (config `paths`)
    warm, run = report(corpus, "articles/seed.md")
    assert run["cache_hits"] == 1
    assert warm["files"][0]["path"] == "articles/seed.md"
    assert {f["path"] for f in warm["files"][0]["findings"]} == {"articles/seed.md"}


def test_no_cache_neither_reads_nor_writes(corpus: Project) -> None:
    _, run = report(corpus, "--no-cache")
    assert run == {"jobs": run["jobs"], "cache_hits": 0, "checked": 4}
    assert not (corpus.root / ".pipeline_cache").exists()


def test_cache_dir_setting(project: Project) -> None:
    readability_only(project, 'cache_dir = "build/check-cache"\n')
    project.write("a.md", f"# A\n\n{LONG}\n")
    report(project)
    assert list((project.root / "build" / "check-cache" / "v2").glob("*/*"))
    assert not (project.root / ".pipeline_cache").exists()


def test_parallel_run_gives_the_same_report_as_a_serial_run(corpus: Project) -> None:
    serial, serial_run = report(corpus, "--jobs", "1", "--no-cache")
    parallel, parallel_run = report(corpus, "--jobs", "2", "--no-cache")
    assert (serial_run["jobs"], parallel_run["jobs"]) == (1, 2)
    assert parallel == serial
    assert [f["path"] for f in parallel["files"]] == [f["path"] for f in serial["files"]]  # input order


def test_parallel_warm_and_partly_cached_runs_match_a_cold_serial_run(corpus: Project) -> None:
    cold, _ = report(corpus, "--jobs", "1", "--no-cache")
    report(corpus, "--jobs", "2", "articles/seed.md", "articles/plain.md")  # half the files cached
    mixed, run = report(corpus, "--jobs", "2")
    assert (run["cache_hits"], run["checked"]) == (2, 2)
    assert mixed == cold


def test_a_changed_rule_file_invalidates_the_cache(corpus: Project) -> None:
    _, before = report(corpus)
    rules = corpus.root / "checks" / "rules" / "readability.yml"
    text = rules.read_text(encoding="utf-8")
    start = text.index("id: readability.sentence-length")
    severity = text.index("severity: warning", start)
    rules.write_text(text[:severity] + "severity: info" + text[severity + len("severity: warning") :], encoding="utf-8")
    after, run = report(corpus)
    assert run["cache_hits"] == 0 and run["checked"] == 4
    sentence = [f for file in after["files"] for f in file["findings"] if f["rule"] == "readability.sentence-length"]
    assert sentence and all(f["severity"] == "info" for f in sentence)


def test_any_new_file_under_checks_dir_invalidates_the_cache(corpus: Project) -> None:
    report(corpus)
    (corpus.root / "checks" / "dictionary.txt").write_text("baclofen\n", encoding="utf-8")
    _, run = report(corpus)
    assert run["cache_hits"] == 0


def test_configuration_changes_invalidate_but_jobs_does_not(corpus: Project) -> None:
    report(corpus)
    corpus.config('knowledge = ["checks"]\nbuiltin = false\njobs = 1\n')
    _, run = report(corpus)
    assert run == {"jobs": 1, "cache_hits": 4, "checked": 0}
    corpus.config('knowledge = ["checks"]\nbuiltin = false\n[readability]\nsentence_max_words = 40\n')
    after, run = report(corpus)
    assert run["cache_hits"] == 0
    assert not [f for file in after["files"] for f in file["findings"] if f["rule"] == "readability.sentence-length"]


def test_an_edited_draft_is_rechecked_alone(corpus: Project) -> None:
    report(corpus)
    corpus.write("plain.md", f"# Plain\n\n{LONG}\n")
    after, run = report(corpus)
    assert (run["cache_hits"], run["checked"]) == (3, 1)
    plain = next(f for f in after["files"] if f["path"].endswith("plain.md"))
    assert [f["rule"] for f in plain["findings"]] == ["readability.sentence-length"]


def test_damaged_cache_entries_are_ignored_and_rewritten(corpus: Project) -> None:
    cold, _ = report(corpus, "--no-cache")
    report(corpus)
    truncated, garbage, wrong_shape, _ = entries(corpus)
    truncated.write_bytes(truncated.read_bytes()[: len(truncated.read_bytes()) // 2])
    garbage.write_bytes(b"\x00\xffnot a cache entry at all")
    # A well-formed entry (right header, authenticated with this user's key) whose payload has the wrong shape.
    from pipeline.run.cache import ResultCache

    key = wrong_shape.parent.name + wrong_shape.name
    payload = json.dumps({"key": key, "result": {"findings": "none"}}).encode()
    wrong_shape.write_bytes(b"pipeline-cache 2 " + ResultCache(wrong_shape, "")._mac(key, payload).encode() + b"\n" + payload)

    again, run = report(corpus)
    assert (run["cache_hits"], run["checked"]) == (1, 3)
    assert again == cold
    _, run = report(corpus)
    assert run["cache_hits"] == 4  # rewritten


def test_a_deleted_or_emptied_cache_directory_is_rebuilt(corpus: Project) -> None:
    cold, _ = report(corpus, "--no-cache")
    report(corpus)
    shutil.rmtree(corpus.root / ".pipeline_cache")
    again, run = report(corpus)
    assert run["checked"] == 4 and again == cold
    for entry in entries(corpus):
        entry.write_bytes(b"")  # truncated to nothing
    again, run = report(corpus)
    assert (run["cache_hits"], run["checked"]) == (0, 4) and again == cold


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=root, check=True, capture_output=True)


def test_changed_since_checks_only_changed_and_untracked_files(corpus: Project) -> None:
    _git(corpus.root, "init", "-q")
    _git(corpus.root, "add", "-A")
    _git(corpus.root, "commit", "-q", "-m", "drafts")
    corpus.write("plain.md", f"# Plain\n\n{LONG}\n")  # modified
    corpus.write("new.md", "# New\n\nA new draft.\n")  # untracked
    (corpus.root / "articles" / "short.md").unlink()  # deleted
    data, _ = report(corpus, "--changed-since", "HEAD", "--no-cache")
    assert sorted(Path(f["path"]).name for f in data["files"]) == ["new.md", "plain.md"]
    assert data["summary"]["files"] == 2

    result = corpus.check("--changed-since", "no-such-ref")
    assert result.exit_code == 2
    assert result.stderr.strip() == "pipeline: error: --changed-since: unknown git ref 'no-such-ref'"


def test_changed_since_outside_a_git_repository_is_a_one_line_error(corpus: Project) -> None:
    result = corpus.check("--changed-since", "HEAD")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "--changed-since" in result.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_check_error_in_a_worker_ends_the_run_like_in_serial_mode(project: Project, jobs: str) -> None:
    """grammar.engine = languagetool with a server that is not there (a closed
    loopback port: nothing leaves the machine) is a PipelineError raised by the
    grammar check itself, i.e. inside a worker with --jobs 2."""
    project.config(
        f'checks_dir = "{(REPO / "checks").as_posix()}"\n'
        '[grammar]\nengine = "languagetool"\nlanguagetool_url = "http://127.0.0.1:9"\ntimeout = 2\n'
    )
    for name in ("a.md", "b.md", "c.md"):
        project.write(name, f"# Title {name}\n\n{LONG}\n")
    result = project.check("--jobs", jobs, "--no-cache")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith('pipeline: error: grammar.engine is "languagetool" but')
    assert "Traceback" not in result.stderr + result.stdout
