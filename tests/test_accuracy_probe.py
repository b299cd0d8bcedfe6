"""Claim checks by wording class, tried in wordings nobody wrote the patterns from (an
own-wordings probe: /work/tmpme/probe). Misstatements: dependence denied as the body craving or
coming to depend on it ("not the sort of pill your body ends up craving"), stopping said to have
no consequence ("leave the tablets in the drawer ... and nothing bad happens"), pregnancy said to
be spared ("gentle on a pregnancy", "kind to the baby"). Warnings: the shared taper and
hyperkalaemia wordings (lexicons/misstatement-kinds.yml `warnings`: "coming off it suddenly",
"bring the dose down over a few weeks", "potassium can build up"), a warning set against a
misstatement in its sentence ("Some people think it is not addictive, but it can lead to
addiction"), and the lead-in of a list of advice ("Things my psychiatrist drilled into me:").
Each case asserts what a user sees: the finding's rule and severity, or its absence."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import REPO

FAMILIES = {"interactions", "safety-warnings", "accuracy"}


@pytest.fixture
def project(project: Any) -> Any:
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[severity]\ngrammar = "off"\n')
    return project


def findings(project: Any, drug: str, body: str, rule: str, about: str = "") -> list[str]:
    """The severities of ``rule``'s findings (whose message names ``about``) in an article on ``drug``."""
    project.write("a.md", f"---\ndrugs: [{drug}]\n---\n# {drug.capitalize()}\n\n{body}\n", dedent=False)
    return [
        f["severity"]
        for f in project.findings()
        if f["check"] in FAMILIES and f["rule"] == rule and about.lower() in f["message"].lower() and not f["suppressed"]
    ]


# severity: "error" or "warning" (found at that severity), None (not found), "not-error" (no error)
@pytest.mark.parametrize(
    ("drug", "text", "severity"),
    [
        ("omeprazole", "Don't take it only when symptoms flare; take it every day for 14 days.", None),
        ("alprazolam", "Xanax is not the sort of pill your body ends up craving, whatever the scare stories say.", "error"),
        ("alprazolam", "Honestly, Xanax isn't a drug your body comes to depend on.", "error"),
        ("lorazepam", "Ativan is not the kind of tablet people end up craving.", "error"),
        ("clonazepam", "My psychiatrist said your body won't come to depend on Klonopin.", "error"),
        ("diazepam", "Valium? Nothing your body will crave, trust me.", "error"),
        ("alprazolam", "It's not something you can't do without, whatever the forums say.", "error"),
        ("zolpidem", "He told us you'd never end up craving it.", "warning"),
        ("lorazepam", "Ativan is not a medicine that your body gets hooked on.", "error"),
        ("alprazolam", "If you're not careful, your body can come to depend on Xanax.", None),
        ("alprazolam", "Myth: Xanax is not the kind of pill your body ends up craving.", None),
        ("alprazolam", "Some people think your body won't crave it. That is not true.", None),
        ("lorazepam", "Your body can come to depend on lorazepam, so take it only as prescribed.", None),
        (
            "gabapentin",
            (
                "If you decide you've had enough of it, you can just leave the tablets in the drawer from "
                "one day to the next and nothing bad happens."
            ),
            "error",
        ),
        ("gabapentin", "When you're fed up with gabapentin, just pack it in and you'll be fine.", "error"),
        ("sertraline", "You can give them up overnight, no harm done.", "warning"),
        ("venlafaxine", "If you stop taking it, you'll be fine.", "warning"),
        ("baclofen", "You could just put the tablets away and you won't notice a thing.", "error"),
        ("propranolol", "Once the exam is over you can bin them, and nothing will happen.", "error"),
        ("clonazepam", "Just stop taking them from one day to the next; nothing bad happens.", "error"),
        ("lorazepam", "Feel free to stop it just like that.", "error"),
        ("gabapentin", "If you stop taking it suddenly, you may get seizures, so your doctor will lower the dose over a week.", None),
        ("sertraline", "If you stop drinking alcohol, you'll feel better.", None),
        ("gabapentin", "Don't just leave the tablets in the drawer; nothing bad happens only if your doctor tapers you.", None),
        ("venlafaxine", "You can stop taking it, and you'll be fine, as long as your doctor brings the dose down slowly.", None),
        ("topiramate", "And if you're trying for a baby, don't stress: topiramate is totally gentle on a pregnancy.", "warning"),
        ("lisinopril", "Lisinopril is kind to the baby, my midwife friend says.", "error"),
        ("warfarin", "Warfarin is no problem for the bump.", "error"),
        ("topiramate", "Topamax is perfectly fine with a baby on the way.", "warning"),
        ("losartan", "Losartan is easy on a pregnancy.", "error"),
        ("valproate", "Depakote is gentle on the pregnancy.", "not-error"),
        ("topiramate", "Topiramate is not gentle on a pregnancy: it can cause cleft lip.", None),
        ("lisinopril", "Is lisinopril kind to the baby? No, stop it as soon as you know you are pregnant.", None),
    ],
)
def test_misstatement_wordings(project: Any, drug: str, text: str, severity: str | None) -> None:
    found = findings(project, drug, text, "accuracy.misstatement")
    if severity == "not-error":
        assert "error" not in found, found
    else:
        assert found[:1] == ([severity] if severity else []), found


# a warning or interaction given (None: not reported missing) or missing (its severity)
@pytest.mark.parametrize(
    ("drug", "text", "rule", "about", "severity"),
    [
        (
            "lorazepam",
            "Lorazepam is for anxiety.\nSome people think it is not addictive, but it can lead to addiction and overdose.",
            "safety-warnings.missing",
            "abus",
            None,
        ),
        (
            "propranolol",
            (
                "A few websites say it's perfectly fine to stop propranolol whenever you feel like it. "
                "That's wrong: coming off it suddenly can bring on chest pain or even a heart attack, so "
                "your GP will bring the dose down over a few weeks."
            ),
            "safety-warnings.missing",
            "abrupt",
            None,
        ),
        ("metoprolol", "Never drop metoprolol all at once; it can cause chest pain.", "safety-warnings.missing", "abrupt", None),
        (
            "gabapentin",
            "Your doctor will cut the dose down bit by bit when it's time to stop.",
            "safety-warnings.missing",
            "stop suddenly",
            None,
        ),
        (
            "sertraline",
            "When you come off sertraline you should wean off it slowly with your GP.",
            "safety-warnings.missing",
            "discontinuation",
            None,
        ),
        ("clonidine", "Quitting clonidine overnight can send your blood pressure soaring.", "safety-warnings.missing", "abrupt", None),
        (
            "baclofen",
            "Don't just stop taking baclofen: going off it suddenly may cause hallucinations and seizures.",
            "safety-warnings.missing",
            "abrupt discontinu",
            None,
        ),
        (
            "venlafaxine",
            "Withdrawal symptoms are common if you stop it, so the dose is gradually reduced.",
            "safety-warnings.missing",
            "discontinuation",
            None,
        ),
        (
            "prednisone",
            "After a long course, coming off prednisone abruptly can be dangerous, so the dose is lowered over several weeks.",
            "safety-warnings.missing",
            "suddenly",
            None,
        ),
        ("propranolol", "You can come off propranolol suddenly with no problems.", "safety-warnings.missing", "abrupt", "error"),
        ("gabapentin", "There's no need to wean off gabapentin slowly.", "safety-warnings.missing", "stop suddenly", "error"),
        ("metoprolol", "Metoprolol lowers blood pressure and slows the heart.", "safety-warnings.missing", "abrupt", "error"),
        (
            "spironolactone",
            (
                "Spironolactone is a water tablet.\n"
                "\n"
                "What to keep an eye on:\n"
                "\n"
                "- Potassium can build up in the blood. "
                "Avoid potassium supplements and salt substitutes unless your doctor agrees, and expect blood tests."
            ),
            "safety-warnings.missing",
            "warning: hyperkalemia",
            None,
        ),
        (
            "spironolactone",
            "Your potassium may creep up on spironolactone, so you'll have blood tests.",
            "safety-warnings.missing",
            "warning: hyperkalemia",
            None,
        ),
        ("spironolactone", "Spironolactone can push up your potassium.", "safety-warnings.missing", "warning: hyperkalemia", None),
        (
            "lisinopril",
            "Do not take potassium tablets or salt substitute, the potassium can go too high.",
            "safety-warnings.missing",
            "potassium",
            None,
        ),
        ("lisinopril", "Lisinopril can lead to a build-up of potassium in the blood.", "safety-warnings.missing", "potassium", None),
        ("lisinopril", "Potassium levels sometimes rise on lisinopril.", "safety-warnings.missing", "potassium", None),
        (
            "spironolactone",
            "Spironolactone doesn't raise your potassium, so eat all the bananas you like.",
            "safety-warnings.missing",
            "warning: hyperkalemia",
            "error",
        ),
        (
            "spironolactone",
            "Spironolactone is a water tablet for heart failure.",
            "safety-warnings.missing",
            "warning: hyperkalemia",
            "error",
        ),
        (
            "alprazolam",
            (
                "I take Xanax for panic.\n"
                "\n"
                "Things my psychiatrist drilled into me:\n"
                "\n"
                "- Never take it with opioid painkillers.\n"
                "- No alcohol, and no sleeping tablets on top."
            ),
            "interactions.missing",
            "alcohol",
            None,
        ),
        ("alprazolam", "I take Xanax for panic.\n\nWhat my pharmacist tell me:\n\n- No alcohol.", "interactions.missing", "alcohol", None),
        (
            "alprazolam",
            "I take Xanax for panic.\n\nMy GP's golden rules:\n\n- No booze or alcohol while on it.",
            "interactions.missing",
            "alcohol",
            None,
        ),
        (
            "alprazolam",
            "I take Xanax for panic.\n\nThe nurse warned me about a few things:\n\n- alcohol\n- sleeping pills",
            "interactions.missing",
            "alcohol",
            None,
        ),
        (
            "alprazolam",
            "I take Xanax for panic.\n\nThings I like to do at the weekend:\n\n- Alcohol with friends.",
            "interactions.missing",
            "alcohol",
            "error",
        ),
        (
            "alprazolam",
            "I take Xanax for panic. My friend told me she has a glass of wine with alcohol-free beer.",
            "interactions.missing",
            "alcohol",
            "error",
        ),
    ],
)
def test_warning_wordings(project: Any, drug: str, text: str, rule: str, about: str, severity: str | None) -> None:
    assert findings(project, drug, text, rule, about)[:1] == ([severity] if severity else [])
