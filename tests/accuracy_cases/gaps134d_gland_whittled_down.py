"""Tamsulosin said to shrink the prostate in other words, the gland whittled or worn down or the swelling taken out of it, from
eval/holdout193 (fi13) and eval/holdout194 (fj10), as a class.

Class: tamsulosin, its capsules or "it" whittling, shaving, wearing or knocking the gland down ("Flomax has been whittling the
gland itself back down"), deflating it, or taking, bringing or reducing the swelling out of or in it ("it also takes the
swelling out of the gland itself", "flomax reduces the swelling in your prostate"). Tamsulosin relaxes smooth muscle; it is not
labeled to shrink the gland (`shrinks-prostate`). Near misses: denied, dutasteride's (which does), the gland said to stay the
same size, swelling taken down elsewhere.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fi13)
    (
        "tamsulosin",
        "Within a couple of weeks his stream was stronger and the night trips had dropped to one. Over the "
        "months since, Flomax has been whittling the gland itself back down, a little more each season, which "
        "is why Ray expects he may be able to come off it eventually.",
        MISSTATEMENT,
        "shrinks-prostate",
        "warning",
    ),
    # the draft's own wording (fj10)
    (
        "tamsulosin",
        "Tamsulosin relaxes the muscle in the prostate and at the neck of the bladder, so urine gets through "
        "more easily. Over a few months it also takes the swelling out of the gland itself, so there's less "
        "of it pressing on the pipe.",
        MISSTATEMENT,
        "shrinks-prostate",
        "warning",
    ),
    # the capsules shaving it down
    (
        "tamsulosin",
        "The capsules shave the prostate down bit by bit, so you need them less as time goes on.",
        MISSTATEMENT,
        "shrinks-prostate",
        "warning",
    ),
    # hearsay left standing
    (
        "tamsulosin",
        "my uncle says flomax reduces the swelling in your prostate, which is why his stream got better",
        MISSTATEMENT,
        "shrinks-prostate",
        "warning",
    ),
    # deflated
    (
        "tamsulosin",
        "Tamsulosin deflates the enlarged gland over a few months.",
        MISSTATEMENT,
        "shrinks-prostate",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # denied
    (
        "tamsulosin",
        "Tamsulosin relaxes the muscle in the prostate; it does not take the swelling out of the gland itself.",
        MISSTATEMENT,
        "shrinks-prostate",
    ),
    # dutasteride's
    (
        "tamsulosin",
        "Dutasteride whittles the gland back down over months; tamsulosin only relaxes the muscle around the pipe.",
        MISSTATEMENT,
        "shrinks-prostate",
    ),
    # the gland the same size
    (
        "tamsulosin",
        "Tamsulosin eases the squeeze on the pipe, but the gland itself stays the same size.",
        MISSTATEMENT,
        "shrinks-prostate",
    ),
    # swelling elsewhere
    (
        "tamsulosin",
        "Ice and rest take the swelling down in a sprained ankle, but tamsulosin works on muscle, not swelling.",
        MISSTATEMENT,
        "shrinks-prostate",
    ),
]
