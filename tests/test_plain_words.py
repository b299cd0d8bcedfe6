"""Issue 14: the plain-language thesaurus (checks/lexicons/plain-words.yml), the
readability.plain-words rule, and readability.long-words leaving to it what it can replace."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, SEED, run_cli
from rule_runner import run_rule

from pipeline.errors import ConfigError
from pipeline.knowledge.plainwords import inflect, load_thesaurus, match_case


@pytest.fixture(scope="module")
def thesaurus():  # type: ignore[no-untyped-def]
    return load_thesaurus([REPO / "checks"])


def test_the_thesaurus_loads_every_entry_with_a_known_source(thesaurus) -> None:  # type: ignore[no-untyped-def]
    assert len(thesaurus.entries) == 477
    assert all(entry.source in thesaurus.sources for entry in thesaurus.entries.values())
    assert all(source["licence"] for source in thesaurus.sources.values())


@pytest.mark.parametrize(
    ("text", "problem", "line"),
    [
        ("entries:\n  - {term: utilize, plain: [use], kind: bureaucratic, source: house}\n", "unknown source 'house'", 2),
        (
            "sources: {house: {title: t, licence: MIT}}\nentries:\n"
            "  - {term: utilize, plain: [use], kind: bureaucratic, source: house}\n"
            "  - term: employ\n    forms: [utilize]\n    plain: [use]\n    kind: bureaucratic\n    source: house\n",
            "'utilize' is listed twice (first at line 3)",
            5,
        ),
        (
            "sources: {house: {title: t, licence: MIT}}\nentries:\n  - {term: utilize, plain: [], kind: bureaucratic, source: house}\n",
            "plain",
            3,
        ),
        ("entries: [\n", "invalid YAML", None),
    ],
)
def test_a_bad_thesaurus_is_an_error_naming_file_and_line(tmp_path: Path, text: str, problem: str, line: int | None) -> None:
    (tmp_path / "lexicons").mkdir()
    path = tmp_path / "lexicons" / "plain-words.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_thesaurus([tmp_path])
    assert problem in str(caught.value)
    assert caught.value.path == str(path)
    if line is not None:
        assert caught.value.line == line


def test_longest_match_wins_whole_words_case_insensitive(thesaurus) -> None:  # type: ignore[no-untyped-def]
    found = thesaurus.find("In the event that you feel ill, see a Physician. Physicianly is no word.")
    assert [(m.text, thesaurus.suggestion(m.text, m.entry)) for m in found] == [("In the event that", "If"), ("Physician", "Doctor")]


@pytest.mark.parametrize(
    ("plain", "term", "written", "expected"),
    [
        ("medicine", "medication", "medications", "medicines"),
        ("use", "utilize", "utilized", "used"),
        ("use", "utilize", "utilizing", "using"),
        ("stop", "discontinue", "discontinued", "stopped"),
        ("give", "administer", "administered", "given"),
        ("doctor, nurse or pharmacist", "healthcare provider", "healthcare providers", "doctors, nurses or pharmacists"),
        ("change in dose", "dose adjustment", "dose adjustments", "changes in dose"),
        ("high blood pressure", "hypertension", "hypertension", "high blood pressure"),
    ],
)
def test_the_replacement_takes_the_words_form(plain: str, term: str, written: str, expected: str) -> None:
    assert inflect(plain, term, written) == expected


@pytest.mark.parametrize(
    ("suggestion", "original", "expected"),
    [("people", "Individuals", "People"), ("before", "Prior To", "Before"), ("brain and spinal cord", "CNS", "brain and spinal cord")],
)
def test_the_replacement_keeps_the_capitalisation(suggestion: str, original: str, expected: str) -> None:
    assert match_case(suggestion, original) == expected


def test_each_finding_sits_on_the_word_with_its_replacement(project) -> None:  # type: ignore[no-untyped-def]
    project.write("a.md", "# Taking it\n\nTake this Medication prior to breakfast. Each medication works.\n")
    findings = [f for f in project.findings("articles/a.md") if f["rule"] == "readability.plain-words"]
    assert [(f["line"], f["column"], f["excerpt"], f["suggestion"]) for f in findings] == [
        (3, 11, "Medication", 'Use "Medicine"'),
        (3, 22, "prior to", 'Use "before"'),
    ]
    assert "(2 uses)" in findings[0]["message"]


def test_explained_terms_and_drug_names_are_left_alone(project) -> None:  # type: ignore[no-untyped-def]
    project.write(
        "a.md",
        """\
        # Baclofen for spasticity

        Spasticity (stiff, tight muscles) can be eased. Neurotransmitters, which means brain chemicals, carry signals.
        Baclofen is a medicine.
        """,
    )
    findings = project.findings("articles/a.md")
    plain = [f["excerpt"].lower() for f in findings if f["rule"] == "readability.plain-words"]
    assert "spasticity" not in plain and "neurotransmitters" not in plain


def test_long_words_leaves_drugs_title_conditions_and_replaceable_words(project) -> None:  # type: ignore[no-untyped-def]
    project.write(
        "a.md",
        """\
        ---
        title: Sertraline for anxiety
        drugs: [sertraline]
        ---
        # Sertraline for anxiety

        Individuals with anxiety utilizing Sertraline and Effexor should discontinue medication gradually if recommended.
        """,
    )
    findings = [f for f in project.findings("articles/a.md") if f["rule"] == "readability.long-words"]
    assert findings == [] or all(
        word not in f["message"].lower() for f in findings for word in ("anxiety", "sertraline", "effexor", "individuals", "medication")
    )


def test_long_words_leaves_condition_names_but_counts_lay_descriptions() -> None:
    """A condition's name ("multiple sclerosis") has no plainer word, so it is left out; a
    lay description of one ("hyperactivity", which the vocabulary reads as signs of ADHD) is
    ordinary prose and its hard words count."""
    body = "Unexpected irritability, hyperactivity, aggression and hostility occurred in patients with multiple sclerosis at dinner."
    found = [f.message for f in run_rule("clonazepam", body, "readability.long-words")]
    assert len(found) == 1 and "hyperactivity" in found[0]
    assert "sclerosis" not in found[0] and "multiple" not in found[0].lower()
    without = body.replace("hostility", "anger")
    assert run_rule("clonazepam", without, "readability.long-words") == []


def test_seed_has_at_most_25_readability_findings_with_specific_suggestions() -> None:
    result = run_cli("check", "--format", "json", "--no-cache", str(SEED))
    findings = [f for file in result.json()["files"] for f in file["findings"] if f["check"] == "readability"]
    assert 0 < len(findings) <= 25
    plain = [f for f in findings if f["rule"] == "readability.plain-words"]
    assert plain and all(f["suggestion"].startswith(('Use "', "Replace them")) for f in plain)
    messages = " ".join(f["message"] for f in findings if f["rule"] == "readability.long-words")
    for word in ("anxiety", "however", "fda", "valium", "effexor", "individuals"):
        assert f" {word}," not in messages.lower() and not messages.lower().endswith(f" {word}")
