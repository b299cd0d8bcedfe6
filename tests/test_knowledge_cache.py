"""The knowledge cache (pipeline/knowledge/cache.py): a fresh `pipeline check` loads the
rules, drug facts and lexicons it loaded before from the cache, finds exactly what it
found before, never trusts a damaged or foreign entry, picks up an edited knowledge
file at once, and `--no-cache` neither reads nor writes it."""

from __future__ import annotations

import json
import os
import pickle
import re
import shutil
import textwrap
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, SEED, run_subprocess
from team_repo import HOUSE_PACK

from pipeline.knowledge.cache import _MAGIC, SUBDIR, KnowledgeCache, activated, dumps
from pipeline.knowledge.facts import FactsBase, load_facts
from pipeline.knowledge.patterns import compile_pattern
from pipeline.knowledge.rules import RuleSet
from pipeline.knowledge.sources import builtin_dir
from pipeline.run.cache import load_secret, sign

#: These tests are about the cold path and the entries' files: they start with an empty cache.
pytestmark = pytest.mark.cold_knowledge


def _cache_dir() -> Path:
    return Path(os.environ["PIPELINE_CACHE_DIR"])


def _entries() -> dict[str, tuple[int, int]]:
    """Knowledge entries by name, with what tells a rewrite (inode, modification time)."""
    directory = _cache_dir() / SUBDIR
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in directory.iterdir()} if directory.is_dir() else {}


def _forget_results() -> None:
    """Drop the result cache (not the knowledge cache), so the draft is checked again."""
    shutil.rmtree(_cache_dir() / "v2", ignore_errors=True)


def _findings(stdout: str) -> list[tuple[Any, ...]]:
    report = json.loads(stdout)
    return [(f["rule"], f["severity"], f["line"], f["column"], f["message"]) for file in report["files"] for f in file["findings"]]


def _payload(path: Path) -> bytes:
    return path.read_bytes().partition(b"\n")[2]


def _write_signed(path: Path, payload: bytes) -> None:
    """An entry signed with this user's key, as the cache itself writes it."""
    secret = load_secret()
    assert secret is not None
    path.write_bytes(_MAGIC + sign(secret, path.name, payload).encode() + b"\n" + payload)


def _rules_entry() -> Path:
    for path in (_cache_dir() / SUBDIR).iterdir():
        if isinstance(pickle.loads(_payload(path)), RuleSet):
            return path
    raise AssertionError("no rules entry")


def _check(draft: Path, *args: str) -> tuple[int, list[tuple[Any, ...]], str]:
    result = run_subprocess("check", "--format", "json", *args, draft.name, cwd=draft.parent)
    assert "Traceback" not in result.stderr, result.stderr
    return result.exit_code, _findings(result.stdout), result.stderr


def test_a_second_fresh_process_loads_the_knowledge_from_the_cache(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    shutil.copy(SEED, draft)
    first = _check(draft)
    stored = _entries()
    assert len(stored) >= 5  # rules, drug facts, drug names, conditions, lexicons
    _forget_results()
    second = _check(draft)
    assert second[:2] == first[:2]
    assert second[1]  # the draft has findings: the comparison says something
    assert _entries() == stored  # read, not rebuilt and written again


def test_a_run_uses_what_the_cache_holds_and_no_cache_ignores_it(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    shutil.copy(SEED, draft)
    _, findings, _ = _check(draft)
    assert any(f[0] == "disclaimer.missing" for f in findings)
    # A signed entry of the rules without disclaimer.missing: a run with the cache
    # uses it (so it does load from the cache), a --no-cache run does not read it.
    entry = _rules_entry()
    rules = pickle.loads(_payload(entry))
    del rules.rules["disclaimer.missing"]
    _write_signed(entry, dumps(rules))
    _forget_results()
    _, cached, _ = _check(draft)
    assert not any(f[0] == "disclaimer.missing" for f in cached)
    _, uncached, _ = _check(draft, "--no-cache")
    assert uncached == findings


def test_no_cache_writes_no_knowledge_entries(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    shutil.copy(SEED, draft)
    _check(draft, "--no-cache")
    assert _entries() == {}


def test_damaged_or_foreign_entries_are_ignored_and_rewritten(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    shutil.copy(SEED, draft)
    code, findings, _ = _check(draft)
    entries = sorted((_cache_dir() / SUBDIR).iterdir())
    flipped, truncated, linked, garbage, foreign, wrong_type, *_ = entries
    raw = flipped.read_bytes()
    flipped.write_bytes(raw[:-10] + bytes([raw[-10] ^ 0xFF]) + raw[-9:])  # payload changed, HMAC kept
    truncated.write_bytes(truncated.read_bytes()[:100])
    linked.unlink()
    linked.symlink_to(draft)  # a link planted in the cache is never followed
    _write_signed(garbage, b"not a pickle")
    foreign.write_bytes(_MAGIC + b"0" * 64 + b"\n" + _payload(foreign))  # signed with another key
    _write_signed(wrong_type, pickle.dumps({"rules": "not rules"}))
    _forget_results()
    again = _check(draft)
    assert again[:2] == (code, findings)
    cache = KnowledgeCache(_cache_dir())
    for entry in (flipped, truncated, linked, garbage, foreign, wrong_type):
        assert not entry.is_symlink()
        assert cache.load(entry.name, object) is not None  # rewritten, valid again


def test_an_edited_team_knowledge_file_is_used_at_once(tmp_path: Path) -> None:
    pack = tmp_path / "knowledge" / "rules" / "house.yml"
    pack.parent.mkdir(parents=True)
    pack.write_text(HOUSE_PACK, encoding="utf-8")
    (tmp_path / "pipeline.toml").write_text('knowledge = ["knowledge"]\n\n[severity]\ngrammar = "off"\n', encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text("# Inhalers\n\nUtilize the inhaler twice a day. Leverage the spacer.\n", encoding="utf-8")
    _, before, _ = _check(draft)
    assert [f[4] for f in before if f[0] == "house.utilize"] == ['House style: "Utilize"']
    pack.write_text(HOUSE_PACK.replace("utiliz(?:e|es|ed|ing)", "leverag(?:e|es|ed|ing)"), encoding="utf-8")
    _forget_results()
    _, after, _ = _check(draft)
    assert [f[4] for f in after if f[0] == "house.utilize"] == ['House style: "Leverage"']


def test_cached_knowledge_equals_loaded_knowledge(tmp_path: Path) -> None:
    """In-process: the drug facts from a fresh cache object (as a new process would
    read them) are the facts loaded from YAML, patterns included, and the YAML is not read."""
    layers = [builtin_dir()]
    calls: list[int] = []

    def build() -> FactsBase:
        calls.append(1)
        return load_facts([d / "drugs" for d in layers])

    with activated(KnowledgeCache(tmp_path / "cache")) as cache:
        assert cache is not None
        loaded = cache.get("drug-facts", layers, FactsBase, build)
    again = KnowledgeCache(tmp_path / "cache").get("drug-facts", layers, FactsBase, build)
    assert calls == [1]
    assert again.index == loaded.index
    assert again.drugs.keys() == loaded.drugs.keys()
    for name, facts in loaded.drugs.items():
        assert again.drugs[name].to_dict() == facts.to_dict()
        for old, new in zip(facts.safety_warnings, again.drugs[name].safety_warnings, strict=True):
            assert [(p.pattern, p.flags) for p in new.patterns] == [(p.pattern, p.flags) for p in old.patterns]
    warfarin = again.drugs["warfarin"]
    text = "Do not take aspirin or ibuprofen with it."
    assert any(p.search(text) for i in warfarin.interactions for p in i.patterns)


def test_cached_drug_facts_load_one_drug_at_a_time(tmp_path: Path, monkeypatch: Any) -> None:
    """From the cache, a drug's facts (and its patterns) are unpickled when first asked for:
    a fresh check of an article about one drug does not rebuild every drug's patterns. A
    pattern the drugs share (a misstatement kind's wording) is rebuilt once, for all of them."""
    from pipeline.knowledge import cache as cache_module

    layers = [builtin_dir()]
    with activated(KnowledgeCache(tmp_path / "cache")) as cache:
        assert cache is not None
        loaded = cache.get("drug-facts", layers, FactsBase, lambda: load_facts([d / "drugs" for d in layers]))
    rebuilt: list[str] = []
    restore = cache_module._restore
    monkeypatch.setattr(cache_module, "_restore", lambda source, *rest: rebuilt.append(source) or restore(source, *rest))
    again = KnowledgeCache(tmp_path / "cache").get("drug-facts", layers, FactsBase, lambda: load_facts([]))
    assert rebuilt == []
    assert "sertraline" in again.drugs and "no-such-drug" not in again.drugs and len(again.drugs) == len(loaded.drugs)
    sertraline = again.drugs["sertraline"]
    assert sertraline.to_dict() == loaded.drugs["sertraline"].to_dict()
    total = sum(1 for facts in loaded.drugs.values() for _ in _patterns_of(facts))
    assert 0 < len(rebuilt) < total / 10
    shared = {id(p) for p in _patterns_of(sertraline)} & {id(p) for p in _patterns_of(again.drugs["paroxetine"])}
    assert shared, "the SSRIs' misstatement kinds share their compiled wordings"


def test_a_second_store_in_one_process_compiles_no_pattern_again(tmp_path: Path, monkeypatch: Any) -> None:
    """The language server stores the knowledge again after an edit of ``checks/`` (and the test suite once per test):
    the patterns compiled for the first store are stored again from their kept programs, not parsed and compiled
    again (that took as long as a cold run, about 30 s of CPU), and the second entry loads the same facts."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    layers = [builtin_dir()]

    def build() -> FactsBase:
        return load_facts([d / "drugs" for d in layers])

    with activated(KnowledgeCache(tmp_path / "first")) as cache:
        assert cache is not None
        loaded = cache.get("drug-facts", layers, FactsBase, build)
    parse = sre_parse.parse
    parsed: list[str] = []
    monkeypatch.setattr(sre_parse, "parse", lambda source, *rest: parsed.append(source) or parse(source, *rest))
    with activated(KnowledgeCache(tmp_path / "second")) as cache:
        assert cache is not None
        cache.get("drug-facts", layers, FactsBase, build)
        assert cache.events["drug-facts"] == "miss"
    assert parsed == []
    again = KnowledgeCache(tmp_path / "second").get("drug-facts", layers, FactsBase, lambda: load_facts([]))
    assert again.drugs["warfarin"].to_dict() == loaded.drugs["warfarin"].to_dict()
    text = "Do not take aspirin or ibuprofen with it."
    assert any(p.search(text) for i in again.drugs["warfarin"].interactions for p in i.patterns)


def _patterns_of(value: Any, seen: set[int] | None = None) -> list[re.Pattern[str]]:
    """Every compiled pattern reachable from ``value`` (its attributes, lists, dicts)."""
    seen = set() if seen is None else seen
    if id(value) in seen or isinstance(value, (str, bytes, int, float, type(None))):
        return []
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        return [value]
    if isinstance(value, dict):
        children = list(value.values())
    elif isinstance(value, (list, tuple, set, frozenset)):
        children = list(value)
    else:
        children = list(getattr(value, "__dict__", {}).values())
    return [p for child in children for p in _patterns_of(child, seen)]


def test_a_rebuilt_pattern_matches_as_the_original(tmp_path: Path) -> None:
    texts = [r"(?P<dose>\d+)\s*mg", r"take (?:it|them) with (food|milk)", r"(?<!not )recommended", r"caf(?:é|e)ine"]
    originals = [compile_pattern(t, whole_words=True) for t in texts]
    with activated(KnowledgeCache(tmp_path)):
        rebuilt = pickle.loads(dumps(originals))
    sample = textwrap.dedent("""\
        Take 200 mg with FOOD, or take them with milk. It is recommended, not recommended.
        Caféine and CAFEINE both count.""")
    for old, new in zip(originals, rebuilt, strict=True):
        assert isinstance(new, re.Pattern)
        assert (new.pattern, new.flags, new.groupindex) == (old.pattern, old.flags, old.groupindex)
        assert [m.span() for m in new.finditer(sample)] == [m.span() for m in old.finditer(sample)]
    assert REPO.is_dir()


def test_build_reads_the_knowledge_check_stored(tmp_path: Path) -> None:
    """`pipeline build` after `pipeline check` loads the same knowledge entries (none is
    rebuilt), and `build --no-cache` neither reads nor writes them."""
    draft = tmp_path / "draft.md"
    shutil.copy(SEED, draft)
    _check(draft)
    stored = _entries()
    _forget_results()
    built = run_subprocess("build", "--out", str(tmp_path / "site"), draft.name, cwd=tmp_path)
    assert "Traceback" not in built.stderr and (tmp_path / "site" / "index.html").is_file()
    assert _entries() == stored
    shutil.rmtree(_cache_dir())
    run_subprocess("build", "--no-cache", "--out", str(tmp_path / "site"), draft.name, cwd=tmp_path)
    assert _entries() == {}
