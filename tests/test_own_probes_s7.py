"""Wordings the lead tried after the holdout13-16 fixes, in voices of their own: a list of
verbs in a prohibition is still a prohibition, and a denied permission or a taper over
weeks gives the do-not-stop-suddenly warning (the shared `taper` kind, every drug with it)."""

from __future__ import annotations

import pytest
from rule_runner import run_rule

CRUSH = "crush-er-tablets"


@pytest.mark.parametrize(
    "body, reported",
    [
        ("Never crush, chew or break OxyContin tablets.", False),
        ("You must not crush, chew, or dissolve OxyContin tablets.", False),
        ("Do not crush or chew OxyContin.", False),
        ("Crush or chew the OxyContin if it is easier.", True),
        ("If swallowing is hard, you can crush the OxyContin and stir it into jam.", True),
    ],
)
def test_oxycontin_crushing_told_as_a_list_of_verbs(body: str, reported: bool) -> None:
    found = [f for f in run_rule("oxycodone", body, "accuracy.misstatement") if f.extra.get("misstatement") == CRUSH]
    assert bool(found) == reported
    assert all(f.severity.value == "error" for f in found)


@pytest.mark.parametrize(
    "drug, body, given",
    [
        ("carvedilol", "It isn't safe to just stop carvedilol; your doctor will lower it over two weeks.", True),
        ("carvedilol", "It's never a good idea to simply stop carvedilol.", True),
        ("sertraline", "Your GP will reduce the dose over a few weeks when it is time to come off sertraline.", True),
        ("sertraline", "It is not a good idea to just stop sertraline.", True),
        ("carvedilol", "You can just stop carvedilol whenever you like.", False),
        ("carvedilol", "Carvedilol lowers blood pressure over a few weeks.", False),
    ],
)
def test_do_not_stop_warning_given_as_a_denied_permission_or_a_taper(drug: str, body: str, given: bool) -> None:
    taper = ("cessation-of-therapy", "discontinuation-syndrome")
    missing = [f for f in run_rule(drug, body, "safety-warnings.missing") if f.extra.get("warning") in taper]
    assert (not missing) == given
