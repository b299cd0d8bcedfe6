"""Issue 15's fast paths give exactly what the plain computations give: readability
counted one sentence at a time, the long-words overlap mask, sentences split once per
unit, the forbidden-pattern pre-check on the joined units; and a parallel run (the
parent's warmed context shared by forked workers, blocks handed out largest first,
the heap frozen while they run) yields the serial run's results in input order."""

from __future__ import annotations

import gc
import random
import re
import textwrap
from pathlib import Path

import pytest
from conftest import REPO, Project

from pipeline.checks import patterns as pattern_checks
from pipeline.checks import readability
from pipeline.config import load_config
from pipeline.document.article import load_article, parse_article
from pipeline.document.prose import ProseUnit
from pipeline.document.sentences import _split, split_sentences
from pipeline.document.source import SourceText
from pipeline.run import runner as runner_module
from pipeline.run.runner import Runner, make_context

DOCUMENTS = sorted([*(REPO / "articles").glob("*.md"), *(REPO / "eval" / "drafts").glob("*.md")])


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_counts_add_up_over_sentences(path: Path) -> None:
    """Counting each sentence and adding up equals counting the joined formula text."""
    article = load_article(path)
    groups = [article.body_sentences, article.prose_sentences, *(s for _, s in readability._sections(article))]
    for sentences in groups:
        whole = readability.count_text(readability.formula_text(sentences))
        parts = readability._total([readability._raw_counts(readability._formula_part(s)) for s in sentences])
        assert parts == whole
    measured = readability.measure(article, load_config(start=REPO))
    assert measured.article is not None
    assert measured.article.words == sum(len(s.words()) for s in article.body_sentences)


def test_counts_add_up_on_odd_sentences() -> None:
    text = "It's O'Brien's 10-mg dose, isn't it? Yes! “Quoted.” (Aside.) Dr. Smith said 'no.' — ok\n\nA b.\n\n'tis x''t"
    article = parse_article(SourceText.from_text("odd.md", text))
    sentences = article.sentences
    assert len(sentences) > 4
    whole = readability.count_text(readability.formula_text(sentences))
    assert readability._total([readability._raw_counts(readability._formula_part(s)) for s in sentences]) == whole
    assert readability._total([]) == readability.count_text("")


def _unit(text: str) -> ProseUnit:
    from array import array

    return ProseUnit("paragraph", text, array("q", range(len(text))), 0, "")


def test_overlap_mask_equals_the_plain_test() -> None:
    rng = random.Random(15)
    for _ in range(200):
        unit = _unit("x" * rng.randint(0, 60))
        spans = []
        for _ in range(rng.randint(0, 6)):
            s = rng.randint(0, 70)
            spans.append((s, s + rng.choice([0, 0, 1, 3, 10])))
        context = readability.LongWordContext(set(), {id(unit): spans})
        for start in range(0, 72):
            for end in (start, start + 1, start + 4):
                expected = any(s < end and start < e for s, e in spans)
                assert context.overlaps(unit, start, end) == expected, (spans, start, end)


def test_sentences_are_split_once_per_unit_and_again_when_the_text_changes() -> None:
    unit = _unit("One sentence here. Another one follows! And a third?")
    first = split_sentences(unit)
    assert first == tuple(_split(unit)) and len(first) == 3
    assert split_sentences(unit) is first
    unit.text = "Now only one."
    assert [s.text for s in split_sentences(unit)] == ["Now only one."]


@pytest.mark.parametrize(
    ("pattern", "free"),
    [
        (r"\bbuy now\b", True),
        (r"(?:order|buy) (?:today|now)", True),
        (r"[^a-z]miracle", True),
        (r"^click here", False),
        (r"limited offer$", False),
        (r"(?<!not )guaranteed", False),
        (r"cure(?! rate)", False),
        (r"(a)\1", False),
    ],
)
def test_context_free_patterns(pattern: str, free: bool) -> None:
    assert pattern_checks._context_free(re.compile(pattern, re.IGNORECASE)) is free


def test_forbidden_precheck_never_hides_a_match_in_a_unit() -> None:
    draft = textwrap.dedent(
        """\
        # Buy now

        Click here for a miracle cure. Limited offer

        - order today
        - cure rate is guaranteed
        """
    )
    article = parse_article(SourceText.from_text("shop.md", draft))
    candidates = [r"\bbuy now\b", r"^click here", r"limited offer$", r"offer\b", r"\Border", r"^- order", r"cure(?! rate)", r"now\s+click"]
    for text in candidates:
        pattern = re.compile(text, re.IGNORECASE)
        in_units = any(pattern.search(unit.text) for unit in article.units)
        if pattern_checks._absent(article, pattern):
            assert not in_units, text


def test_forbidden_findings_equal_the_plain_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every forbidden-pattern finding on the repository's articles, with and without the pre-check."""
    ctx = make_context(load_config(start=REPO))
    rules = [rule for rule in ctx.rules if rule.type == "forbidden-pattern"]
    assert rules
    for path in DOCUMENTS:
        article = load_article(path)
        fast = [f.to_dict() for rule in rules for f in pattern_checks.check_forbidden(article, rule, ctx)]
        with monkeypatch.context() as patch:
            patch.setattr(pattern_checks, "_absent", lambda article, pattern: False)
            plain = [f.to_dict() for rule in rules for f in pattern_checks.check_forbidden(article, rule, ctx)]
        assert fast == plain, path.name


def test_parallel_run_equals_serial_in_input_order(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    names = []
    for i, words in enumerate([40, 400, 5, 900, 60, 250, 10, 700]):
        body = " ".join(["Take ibuprofen with food and water every day."] * (words // 8 + 1))
        project.write(f"a{i}.md", f"---\ntitle: Article {i}\n---\n# Article {i}\n\n{body}\n")
        names.append(project.root / "articles" / f"a{i}.md")
    config = load_config(start=project.root)
    serial = [r.to_dict() for r in Runner(config, jobs=1, use_cache=False).run(names)]
    monkeypatch.setattr(runner_module, "_BLOCK_PER_JOB", 2)  # two blocks of 4 files, each handed out largest first
    parallel_runner = Runner(load_config(start=project.root), jobs=2, use_cache=False)
    parallel = [r.to_dict() for r in parallel_runner.run(names)]
    assert parallel == serial
    assert [r["path"] for r in parallel] == [str(p) for p in names]
    assert parallel_runner.stats.checked == len(names)
    assert gc.get_freeze_count() == 0  # unfrozen after the run


def test_the_parent_warms_the_context_the_workers_share(project: Project) -> None:
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[grammar]\nengine = "harper"\n')
    ctx = make_context(load_config(start=project.root))
    runner_module._warm(ctx)
    built = set(ctx._resources)
    assert {"grammar", "drug-facts", "drug-names"} <= built
    assert ctx.engines == {}


def test_required_findings_equal_the_plain_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """required-pattern with the pre-check (and no second search for 'anywhere') finds what the plain search finds."""
    ctx = make_context(load_config(start=REPO))
    rules = [rule for rule in ctx.rules if rule.type == "required-pattern"]
    assert rules
    drafts = [*DOCUMENTS, None]
    for path in drafts:
        article = load_article(path) if path else parse_article(SourceText.from_text("bare.md", "# Bare\n\nNo disclaimer here.\n"))
        fast = [f.to_dict() for rule in rules for f in pattern_checks.check_required(article, rule, ctx)]
        with monkeypatch.context() as patch:
            patch.setattr(pattern_checks, "_absent", lambda article, pattern: False)
            plain = [f.to_dict() for rule in rules for f in pattern_checks.check_required(article, rule, ctx)]
        assert fast == plain, path
