"""Claim-check gaps closed by wording class, each with wordings written for these tests:
a prevention-only drug taken as an attack comes on (the shared ``taken_at_onset`` class),
a question answered yes (one finding for the pair) or not answered (none), and "it" later
in a sentence or paragraph standing for the drug named earlier."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import REPO, run_cli


@pytest.fixture
def project(project: Any) -> Any:
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[severity]\ngrammar = "off"\nreadability = "off"\n')
    return project


def found(project: Any, body: str, drugs: list[str], rule: str) -> list[dict[str, Any]]:
    project.write("a.md", f"---\ndrugs: [{', '.join(drugs)}]\n---\n# {drugs[0].capitalize()}\n\n{body}\n", dedent=False)
    return [f for f in project.findings() if f["rule"] == rule]


# -- 1. a prevention-only drug taken as an attack comes on -------------------------------------
ACUTE_USE = [
    ("topiramate", "Take topiramate to stop a migraine attack."),
    ("topiramate", "Pop one at the first sign of a headache."),
    ("topiramate", "I take it as soon as I feel a migraine coming on."),
    ("topiramate", "Some people swallow an extra tablet whenever a headache starts."),
    ("topiramate", "You can use Topamax during a migraine attack."),
    ("topiramate", "Topamax knocks out a migraine in about an hour."),
    ("propranolol", "I take propranolol when a migraine hits."),
    ("propranolol", "I reach for propranolol the moment a migraine starts."),
    ("propranolol", "Propranolol at the first sign of a migraine works for me."),
    ("propranolol", "Take 40 mg of propranolol to knock out a headache."),
    ("propranolol", "My GP said to grab a tablet right when the headache kicks in."),
    # montelukast's rescue-use class is the same mechanism
    ("montelukast", "Chew a tablet the moment your chest gets tight."),
    ("montelukast", "Singulair is your rescue when breathing gets hard."),
]
PREVENTIVE = [
    ("topiramate", "Take topiramate every day to prevent migraines."),
    ("topiramate", "Most people have fewer migraine days after a few weeks."),
    ("topiramate", "It is used to prevent migraine headaches in adults and teens."),
    ("topiramate", "Stop taking it if you get a bad headache with eye pain, and call your doctor."),
    ("topiramate", "Keep taking it even when a migraine hits; your doctor may give you another medicine for attacks."),
    ("topiramate", "Do not take an extra tablet when a migraine hits; use the medicine your doctor gave you for attacks."),
    ("topiramate", "Topiramate does not stop a migraine attack once it has started."),
    ("propranolol", "Propranolol is taken every day to prevent migraines."),
    ("propranolol", "Propranolol is not for treating a migraine attack that has already started."),
    ("propranolol", "Taken daily, propranolol can make migraines less frequent and less severe."),
    ("propranolol", "Never take propranolol to stop a migraine attack; it will not work."),
]


@pytest.mark.parametrize(("drug", "sentence"), ACUTE_USE)
def test_a_preventive_taken_at_an_attack_is_a_misstatement(project: Any, drug: str, sentence: str) -> None:
    assert found(project, sentence, [drug], "accuracy.misstatement"), sentence


@pytest.mark.parametrize(("drug", "sentence"), PREVENTIVE)
def test_preventive_wording_is_not(project: Any, drug: str, sentence: str) -> None:
    assert not found(project, sentence, [drug], "accuracy.misstatement"), sentence


def test_the_acute_use_finding_quotes_the_label(project: Any) -> None:
    (finding,) = found(project, "I take propranolol when a migraine hits.", ["propranolol"], "accuracy.misstatement")
    assert finding["severity"] == "warning"
    assert "attack that has started" in finding["message"]


def test_pipeline_facts_shows_the_attack_words(project: Any) -> None:
    result = run_cli("facts", "propranolol", "--format", "json", cwd=project.root)
    (item,) = [m for m in result.json()["misstatements"] if m["id"] == "taken-for-a-migraine-attack"]
    assert "migraine" in item["taken_at_onset"] and item["pattern"] == ""
    text = run_cli("facts", "topiramate", cwd=project.root).stdout
    assert "taken as an attack comes on, to stop one or as a rescue: migraine" in text


# -- 2. a question answered yes, not answered, or answered no --------------------------------------
ANSWERED_YES = [
    ("gabapentin", "Can I take gabapentin for my migraines? Yes, many people do."),
    ("gabapentin", "Can I take gabapentin for migraines? Yes, gabapentin helps prevent migraines in many people."),
    ("gabapentin", "### Can I take gabapentin for migraines?\n\nYes, lots of people take gabapentin for migraines."),
    ("gabapentin", "Does it help with hot flashes? Absolutely, many women take it for that."),
    ("propranolol", "**Is propranolol good for stage fright?** Sure, it works a treat before a big speech."),
]
NOT_ANSWERED = [
    ("gabapentin", "Can I take gabapentin for migraines? Ask your doctor first."),
    ("gabapentin", "Can I take gabapentin for migraines? No. It is not approved for that."),
    ("gabapentin", "### Does gabapentin help with anxiety?\n\nTalk to your doctor or pharmacist about what suits you."),
    ("gabapentin", "Wondering whether gabapentin helps with anxiety?"),
    ("propranolol", "Is propranolol good for stage fright? Nope, not in our view; see your doctor instead."),
    ("propranolol", "Can propranolol help with stage fright? Can it help with exam nerves? Your doctor will know."),
]


@pytest.mark.parametrize(("drug", "text"), ANSWERED_YES)
def test_a_question_answered_yes_is_one_off_label_finding(project: Any, drug: str, text: str) -> None:
    assert len(found(project, text, [drug], "off-label.undisclosed")) == 1, text


def test_the_finding_sits_on_the_answer_when_it_states_the_use(project: Any) -> None:
    body = "### Can I take gabapentin for migraines?\n\nYes, lots of people take gabapentin for migraines."
    (finding,) = found(project, body, ["gabapentin"], "off-label.undisclosed")
    assert finding["line"] == 8  # the answer's line, not the heading's


@pytest.mark.parametrize(("drug", "text"), NOT_ANSWERED)
def test_a_question_not_answered_yes_is_no_off_label_claim(project: Any, drug: str, text: str) -> None:
    assert not found(project, text, [drug], "off-label.undisclosed"), text


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Is it safe to stop metoprolol suddenly? Yes, you can stop whenever you like.", 1),
        ("Is it safe to stop metoprolol suddenly? Yes.", 1),
        ("It is safe to stop metoprolol suddenly. Yes, really.", 1),
        ("Is it safe to stop metoprolol suddenly? No, never.", 0),
        ("Is it safe to stop metoprolol suddenly? Talk to your doctor first.", 0),
        ("Is it safe to stop metoprolol suddenly?", 0),
    ],
)
def test_a_misstatement_asked_and_answered_yes_is_reported_once(project: Any, text: str, flagged: int) -> None:
    assert len(found(project, text, ["metoprolol"], "accuracy.misstatement")) == flagged, text


# -- 3. "it" later in the sentence or paragraph ------------------------------------------------------
IT_FLAGGED = [
    (["gabapentin"], "My doctor switched me to gabapentin last spring, and I take it for my migraines."),
    (["gabapentin"], "Gabapentin was added last spring. I was skeptical, but it really helps with my migraines."),
    (
        ["gabapentin", "pregabalin"],
        "I was on pregabalin for nerve pain after shingles. My doctor switched me to gabapentin. Now I take it for my migraines too.",
    ),
    (["gabapentin", "pregabalin"], "I stopped pregabalin and started gabapentin. I take it for my migraines now."),
    (["gabapentin", "pregabalin"], "Gabapentin came next. It was slow to work, but now it really helps my hot flashes."),
]
IT_NOT_FLAGGED = [
    (["gabapentin"], "Migraines are common, and it is best to see a doctor about them."),
    (["gabapentin", "pregabalin"], "I take ibuprofen too. I take it for my migraines."),
    (["gabapentin"], "I take ibuprofen as well, and I take it for my migraines."),
    (["gabapentin"], "Gabapentin helps nerve pain after shingles, and it can take a week or two to work."),
    (["gabapentin", "pregabalin"], "Gabapentin is for seizures. If you have a migraine, it can help to lie down in a dark room."),
]


@pytest.mark.parametrize(("drugs", "text"), IT_FLAGGED)
def test_it_later_in_the_paragraph_is_the_drug_named_before(project: Any, drugs: list[str], text: str) -> None:
    assert [f["extra"]["drug"] for f in found(project, text, drugs, "off-label.undisclosed")] == ["gabapentin"], text


@pytest.mark.parametrize(("drugs", "text"), IT_NOT_FLAGGED)
def test_it_that_is_not_the_drug_is_no_use(project: Any, drugs: list[str], text: str) -> None:
    assert not found(project, text, drugs, "off-label.undisclosed"), text
