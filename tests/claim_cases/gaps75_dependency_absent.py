"""Addiction or dependence said to be absent, as a thing not in the picture (holdout77 aw06), as an uncited claim.

"dependence simply isn't part of the picture with this medicine", "addiction isn't an issue", "misuse is off the
table", "getting hooked just doesn't come into it" need a source like any dependency claim (the misstatement of the
same sentence: tests/accuracy_cases/gaps75_risk_absent.py). A caution ("not a risk to take lightly", now also for
"is not a risk"), a ranking ("not the only risk") and a hedge ("for most people", "if ...") stay quiet.
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

_VYVANSE = "Lisdexamfetamine treats ADHD. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "lisdexamfetamine",
        _VYVANSE + "Your body unlocks lisdexamfetamine slowly, so there's no rush to chase, which means dependence simply isn't part "
        "of the picture with this medicine.",
        DEPENDENCY,
        "error",
    ),
    ("lisdexamfetamine", _VYVANSE + "With Vyvanse, addiction really isn't an issue.", DEPENDENCY, "error"),
    ("lisdexamfetamine", _VYVANSE + "Because it is a prodrug, misuse is basically off the table.", DEPENDENCY, "error"),
    ("lisdexamfetamine", _VYVANSE + "Getting hooked just doesn't come into it with Elvanse, our nurse told me.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("lisdexamfetamine", _VYVANSE + "Addiction is not a risk to take lightly with Vyvanse.", DEPENDENCY),
    ("lisdexamfetamine", _VYVANSE + "Addiction is not the only risk with Vyvanse: it can also raise blood pressure.", DEPENDENCY),
    ("lisdexamfetamine", _VYVANSE + "Addiction isn't an issue for most people who take it as prescribed.", DEPENDENCY),
    ("lisdexamfetamine", _VYVANSE + "Weight loss is not part of the picture with Vyvanse; it is not a diet pill.", DEPENDENCY),
]
