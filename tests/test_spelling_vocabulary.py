"""Issue 17: what the spelling check accepts without the system medical list (what CI
and most users have): medical words built of known parts, abbreviations and gene or
trial codes, the words of the drug facts; and what it must keep flagging (misspelled
medical words, words run together, "type2"). Also: drug-name suggestions are the same
with the faster candidate search, and the system list's fingerprint (part of the run
cache key) changes when the list is installed, changed or removed."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from conftest import REPO

from pipeline.knowledge.medical_words import LIST_ENV, MAX_DISTANCE, medical_list_fingerprint, read_word_parts
from pipeline.knowledge.spelling import SpellingVocabulary, load_spelling_vocabulary, text_words


@pytest.fixture(autouse=True)
def no_system_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LIST_ENV, "")


@pytest.fixture(scope="module")
def vocab() -> SpellingVocabulary:
    return load_spelling_vocabulary([REPO / "checks"])


@pytest.mark.parametrize(
    "word",
    [
        "hyperkalaemia",  # British, issue 17
        "hyperkalemia",
        "hypercalcemia",
        "hepatosplenomegaly",
        "nephrotoxicity",
        "Ototoxicity",
        "pharmacodynamic",
        "Hyperhidrosis",
        "leiomyosarcoma",
        "myocarditis",
        "haemolytic",
        "keratodermas",
        "dyspnea",
        "nonpregnant",  # a prefix and an English word
        "reinfestation",
        "psychosocial",  # a root, "o" and an English word
        "fingerlike",
        "tolerability",  # dictionary.txt
        "oedema",
        "Crohn's",
    ],
)
def test_medical_words_are_accepted(vocab: SpellingVocabulary, word: str) -> None:
    assert word in vocab


@pytest.mark.parametrize(
    "word",
    [
        # misspelled medical words found in the NIH corpus
        "hemmorrhage",
        "hyperparathryroidism",
        "agammaglobulinema",
        "hyperprolactanemia",
        "neurosarcardoisis",
        "dyskenesia",
        "immunosuppresive",
        # the misspellings of eval/grammar-slips.yml and others close to medical parts
        "diarhea",
        "untill",
        "perscription",
        "recieve",
        "seperate",
        "medecines",
        "pnuemonia",
        "hypertention",
        "artheritis",
        "nonpregnent",
        # words run together where a dash was lost, and missing spaces
        "radiologista",
        "diseasesexamines",
        "systemcalled",
        "cancermostly",
        "type2",
        "dose1",
        "Levels3",
        # capitals of six letters or more are read, not taken for an abbreviation
        "WARNIGN",
    ],
)
def test_misspellings_and_run_together_words_are_still_flagged(vocab: SpellingVocabulary, word: str) -> None:
    assert word not in vocab


@pytest.mark.parametrize("word", ["CBG", "PRCA", "TKIs", "M.D.", "F.A.A.F.P.", "BRCA2", "IgG4", "NCT00004992", "ENPP1's", "HbA1c"])
def test_abbreviations_and_codes_are_accepted(vocab: SpellingVocabulary, word: str) -> None:
    assert word in vocab


def test_words_of_the_drug_facts_are_accepted_but_not_pattern_stems() -> None:
    assert text_words({"a": ["Serotonin syndrome can occur.", r"diarrh(ea|oea)", r"\bwheez\w*", "83e8d60d-36fd-4223-b50c"]}) == {
        "serotonin",
        "syndrome",
        "occur",
    }


def test_word_parts_must_cover_the_whole_word(tmp_path: Path) -> None:
    path = tmp_path / "parts.yml"
    path.write_text("min_length: 7\nprefixes: [hyper]\nroots: [calc, hepat]\nsuffixes: [emia, megaly]\n", encoding="utf-8")
    parts = read_word_parts(path)
    assert parts.splits("hypercalcemia") and parts.splits("hepatomegaly") and parts.splits("hypercalcaemia")
    assert not parts.splits("hypercalcemiax") and not parts.splits("hypercalc") and not parts.splits("calcemia"[:5])


def _reference_closest(vocab: SpellingVocabulary, word: str) -> str | None:
    """difflib over every drug name that could be offered (same first letter, at most two
    letters longer or shorter): the project's names first, then the bundled ones."""
    for names, cutoff in ((vocab.drugs, 0.8), (vocab.bundled_drugs, 0.85)):
        offerable = sorted(n for n in names if word and n[0] == word[0] and abs(len(n) - len(word)) <= MAX_DISTANCE)
        found = difflib.get_close_matches(word, offerable, n=1, cutoff=cutoff)
        if found:
            return found[0]
    return None


def test_drug_suggestions_are_the_closest_offerable_names(vocab: SpellingVocabulary) -> None:
    words = []
    for name in sorted(vocab.drugs):
        middle = len(name) // 2
        words += [name[:middle] + name[middle + 1 :], name[:middle] + name[middle] + name[middle:], name[:1] + "x" + name[2:]]
    words += ["bacloffen", "metformine", "zzzz", "a", "ibuprofin", "sertralin"]
    for word in words:
        assert vocab.closest_drug(word) == _reference_closest(vocab, word), word
    assert vocab.closest_drug("Bacloffen") == "Baclofen"  # and asked again: the memo keeps the capitalisation right
    assert vocab.closest_drug("BACLOFFEN") == "BACLOFEN"


def test_the_system_list_fingerprint_changes_when_the_list_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert medical_list_fingerprint() == "absent"
    dic = tmp_path / "en_med_glut.dic"
    dic.write_text("1\nhyperhidrosis\n", encoding="utf-8")
    monkeypatch.setenv(LIST_ENV, str(dic))
    installed = medical_list_fingerprint()
    assert installed != "absent"
    dic.write_text("2\nhyperhidrosis\nangioma\n", encoding="utf-8")
    assert medical_list_fingerprint() not in (installed, "absent")
    dic.unlink()
    assert medical_list_fingerprint() == "absent"


def test_pronunciation_respellings_are_found_and_nothing_else() -> None:
    from pipeline.knowledge.medical_words import respelling_spans

    def spans(text: str) -> list[str]:
        return [text[s:e] for s, e in respelling_spans(text)]

    assert spans("Thrombocytopenia (THROM-bo-si-to-PE-ne-ah) is rare.") == ["THROM-bo-si-to-PE-ne-ah"]
    assert spans("Pericarditis (PER-i-kar-DI-tis; a condition) and arrhythmias (ah-RITH-me-ahs).") == [
        "PER-i-kar-DI-tis",
        "ah-RITH-me-ahs",
    ]
    assert spans("Take a (long-acting) insulin, not an (NSAID-related-pain) remedy, after an X-ray (in-and-out).") == []


def test_installing_the_system_list_is_not_answered_from_the_result_cache(project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A word reported as unknown before the medical list was installed is accepted on
    the next run once it is, although the draft did not change (the list is part of
    the result cache's key)."""
    from conftest import run_subprocess

    project.write("draft.md", "---\ntitle: Sweating\n---\n\n# Sweating\n\nSome people have qorvantesis on their hands.\n")
    dic = tmp_path / "en_med_glut.dic"

    def unknown_words(env: dict[str, str]) -> list[str]:
        result = run_subprocess("check", "--format", "json", "articles/draft.md", cwd=project.root, env=env)
        findings = result.json()["files"][0]["findings"]
        return [f["message"] for f in findings if f["rule"] == "grammar.spelling"]

    assert any("qorvantesis" in m for m in unknown_words({LIST_ENV: ""}))
    dic.write_text("1\nqorvantesis\n", encoding="utf-8")
    assert not any("qorvantesis" in m for m in unknown_words({LIST_ENV: str(dic)}))
