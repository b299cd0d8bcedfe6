"""A brand with dose entries of its own is held to them, and the message quotes that
product: an article naming Ambien (immediate-release) is compared with Ambien's 10 mg, not
with the 12.5 mg that Ambien CR adds for the generic name (eval/holdout98 br08 quoted
Ambien CR's maximum for "the 10 mg Ambien ... two of them")."""

from __future__ import annotations

from rule_runner import run_rule

RULE = "dosage.above-max"


def test_the_immediate_release_brand_is_held_to_its_own_maximum() -> None:
    found = run_rule("zolpidem", "I take Ambien 12.5 mg every night before bed.", RULE)
    assert [f.severity.value for f in found] == ["error"]
    assert "maximum of 10 mg a day" in found[0].message and "(AMBIEN)" in found[0].message
    assert "12.5 mg of zolpidem" in found[0].message


def test_a_count_of_the_brand_tablets_quotes_the_brand_maximum() -> None:
    body = "My doc has me on the 10 mg Ambien, and on the bad nights I just take two of them at bedtime."
    found = run_rule("zolpidem", body, RULE)
    assert len(found) == 1 and "20 mg a day" in found[0].message
    assert "maximum of 10 mg a day" in found[0].message and "AMBIEN CR" not in found[0].message


def test_the_extended_release_brand_and_the_generic_keep_ambien_crs_dose() -> None:
    for body in (
        "Ambien CR 12.5 mg at bedtime is the usual dose for men.",
        "My doctor gave me Ambien CR, and I take 12.5 mg at night.",
        "Zolpidem extended-release 12.5 mg at night is the usual dose for men.",
    ):
        assert run_rule("zolpidem", body, RULE) == [], body
