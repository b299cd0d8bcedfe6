"""Classes of wording that the blind sets holdout9 and holdout10 found, each written in several
voices besides the draft's own: brand names listed in brackets after the generic ("bupropion
(Wellbutrin, Zyban) for depression" is the generic's use, not Zyban's alone); a use denied by
saying the drug does nothing for it ("does nothing for a cold", "useless against the flu");
aripiprazole's approved add-on use for depression told in other orders; a boxed prohibition
told with its own negation ("not a weight-loss medicine", "won't help you shed the baby
weight"). Each case asserts what the writer sees: the finding, or none."""

from __future__ import annotations

import pytest
from rule_runner import run_rule
from test_offlabel_class import off_label


def missing_warnings(drug: str, body: str) -> set[str]:
    """The ids of the safety warnings reported missing in an article about ``drug``."""
    return {f.extra["warning"] for f in run_rule(drug, body, "safety-warnings.missing")}


#: (drug, body): a use that is approved or denied, which the writer must not be told is off-label.
NOT_OFF_LABEL = [
    # -- brands in brackets after the generic: the generic's use --
    ("bupropion", "Information about bupropion (Wellbutrin, Zyban) for depression and to stop smoking."),
    ("bupropion", "Bupropion (brand names Wellbutrin XL or Zyban) is used for depression."),
    ("bupropion", "Bupropion (e.g. Zyban) can also treat depression."),
    # -- denied by "does nothing for", "useless against" --
    ("ciprofloxacin", "Cipro only works on bacteria. It does nothing for a cold, the flu or COVID."),
    ("ciprofloxacin", "Ciprofloxacin is useless against a cold or the flu, which are viruses."),
    ("amoxicillin", "Amoxicillin will do nothing for a cold."),
    ("azithromycin", "Azithromycin is of no use for the flu."),
    # -- aripiprazole's add-on use for depression, told in other orders --
    ("aripiprazole", "- depression in adults, as an add-on to an antidepressant, not on its own"),
    ("aripiprazole", "For depression, aripiprazole is an add-on to your antidepressant."),
    ("aripiprazole", "Aripiprazole carries this warning because it is used with antidepressants for depression."),
]

#: (drug, body, condition): a use the writer must still be told about.
STILL_OFF_LABEL = [
    ("bupropion", "Zyban is also good for depression.", "depression"),  # the smoking-cessation product named alone
    ("ciprofloxacin", "Nothing beats ciprofloxacin for a cold.", "cough and cold"),  # "nothing" praising, not denying
    ("aripiprazole", "Aripiprazole on its own is a great treatment for depression.", "depression"),
]


@pytest.mark.parametrize(("drug", "body"), NOT_OFF_LABEL)
def test_approved_or_denied_use_not_reported(drug: str, body: str) -> None:
    assert off_label(drug, body) == []


@pytest.mark.parametrize(("drug", "body", "condition"), STILL_OFF_LABEL)
def test_undisclosed_use_still_reported(drug: str, body: str, condition: str) -> None:
    assert condition in {found for found, _ in off_label(drug, body)}


#: Levothyroxine's boxed warning (not for obesity or weight loss), told as a prohibition.
WEIGHT_LOSS_WARNING_GIVEN = [
    "Please don't think of levothyroxine as a slimming pill.",
    "Never treat your thyroid tablets like a diet aid.",
    "Levothyroxine won't help you shed the baby weight. It is not a weight-loss medicine and must never be used as one.",
    "Levothyroxine is not a diet pill, and bigger doses can be dangerous.",
    "Synthroid isn't a slimming tablet.",
    "Levothyroxine will not help you lose those extra pounds, and taking more can harm your heart.",
]


@pytest.mark.parametrize("body", WEIGHT_LOSS_WARNING_GIVEN)
def test_weight_loss_prohibition_gives_the_boxed_warning(body: str) -> None:
    assert "not-for-weight-loss" not in missing_warnings("levothyroxine", body)
