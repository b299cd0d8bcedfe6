"""Addiction or dependence said to be absent, as a thing not in the picture (holdout77 aw06), as a class.

"dependence simply isn't part of the picture with this medicine": the risk itself is the subject and is denied a place
("isn't an issue", "off the table", "a non-issue", "doesn't come into it", "not something you need to worry about"). A
caution ("not a risk to take lightly"), a ranking ("not the only risk"), a hedge ("if you take it as prescribed"), a
refutation and another drug's absent risk stay quiet. The same sentence is an uncited dependency claim
(tests/claim_cases/gaps75_dependency_absent.py).
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-addictive"

_VYVANSE = "Lisdexamfetamine treats ADHD. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "lisdexamfetamine",
        _VYVANSE + "**Will I feel high?**\n\nNo. Your body unlocks lisdexamfetamine slowly, so there's no rush to chase, which means "
        "dependence simply isn't part of the picture with this medicine.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("lisdexamfetamine", _VYVANSE + "With Vyvanse, addiction really isn't an issue.", MISSTATEMENT, ITEM, "error"),
    ("lisdexamfetamine", _VYVANSE + "Because it is a prodrug, misuse is basically off the table.", MISSTATEMENT, ITEM, "error"),
    (
        "lisdexamfetamine",
        _VYVANSE + "Getting hooked just doesn't come into it with Elvanse, our nurse told me.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("lisdexamfetamine", _VYVANSE + "Abuse is a non-issue with lisdexamfetamine.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("lisdexamfetamine", _VYVANSE + "Addiction is not a risk to take lightly with Vyvanse.", MISSTATEMENT, ITEM),
    (
        "lisdexamfetamine",
        _VYVANSE + "Addiction is not the only risk with Vyvanse: it can also raise blood pressure.",
        MISSTATEMENT,
        ITEM,
    ),
    ("lisdexamfetamine", _VYVANSE + "Addiction isn't an issue if you take it exactly as prescribed, most doctors say.", MISSTATEMENT, ITEM),
    ("lisdexamfetamine", _VYVANSE + "Some people think addiction isn't an issue with Vyvanse. It is.", MISSTATEMENT, ITEM),
    ("lisdexamfetamine", _VYVANSE + "Weight loss is not part of the picture with Vyvanse; it is not a diet pill.", MISSTATEMENT, ITEM),
    (
        "lisdexamfetamine",
        _VYVANSE + "Unlike Vyvanse, guanfacine is not a stimulant, so addiction isn't an issue with guanfacine.",
        MISSTATEMENT,
        ITEM,
    ),
]
