"""Tamsulosin's capsules said to shrink the prostate (holdout91 bk06), as a class.

"the capsules gradually bring the gland back down to a normal size": the shrinking wordings were said of
tamsulosin, Flomax, "it" or "this medicine" only; now also of the capsules, pills, tablets or medicine ("these pills
gradually shrink the enlarged gland", "the tablets bring the prostate back down to size"). Quiet: a denial, the
flow back to normal, and finasteride's tablets, which do shrink it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "shrinks-prostate"

_TAMSULOSIN = "Tamsulosin (Flomax) eases the urinary symptoms of an enlarged prostate. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "tamsulosin",
        _TAMSULOSIN + 'Mark was told something else at that first visit. "Stick with it, and over six months or so the '
        'capsules gradually bring the gland back down to a normal size," his doctor said. Within a few weeks he was down '
        "to one trip a night.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "tamsulosin",
        _TAMSULOSIN + "Give it a few months: the capsules will shrink your prostate back to a healthy size.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("tamsulosin", _TAMSULOSIN + "Over time these pills gradually shrink the enlarged gland.", MISSTATEMENT, ITEM, "warning"),
    (
        "tamsulosin",
        _TAMSULOSIN + "Your urologist may say the tablets bring the prostate back down to size within a year.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("tamsulosin", _TAMSULOSIN + "The capsules do not shrink the prostate; they relax the muscle around the outlet.", MISSTATEMENT, ITEM),
    ("tamsulosin", _TAMSULOSIN + "Finasteride is different: over months the tablets shrink the prostate itself.", MISSTATEMENT, ITEM),
    ("tamsulosin", _TAMSULOSIN + "The capsules bring the flow back to normal within a week or two.", MISSTATEMENT, ITEM),
    (
        "tamsulosin",
        _TAMSULOSIN + "If the gland keeps growing, your doctor may add finasteride, and those tablets shrink the prostate over six months.",
        MISSTATEMENT,
        ITEM,
    ),
]
