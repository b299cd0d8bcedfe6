"""A comparison with a class of pills described in three words, from eval/holdout182 (ex02, atenolol), as a class.

Class: the medicine said to do better than any, all or the newer, older or other pills of a kind told in up to three words
("does the job better than any of the newer blood pressure pills out there"), uncited: an error, also after "in my
experience". Silent: not a comparison of effect (price, size), another drug's claim and a cited one.
"""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ex02)
    (
        "atenolol",
        "Honestly, in my experience Tenormin just does the job better than any of the newer blood pressure pills out there, with"
        " fewer side effects to boot. My brother-in-law tried three of the fancy ones and ended up back on plain old atenolol.",
        COMPARATIVE,
        "error",
    ),
    # new wordings, other voices
    ("simvastatin", "It lowers cholesterol better than all of the pricey brand-name statins.", COMPARATIVE, "error"),
    ("sertraline", "Our readers find it works better than any of the older tricyclic mood pills.", COMPARATIVE, "error"),
    ("ibuprofen", "It eases a bad back better than the other over-the-counter pain tablets.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # price, not effect
    ("atenolol", "Atenolol is cheaper than any of the newer blood pressure pills.", COMPARATIVE),
    # size
    ("atenolol", "The tablet is smaller than any of the newer blood pressure pills.", COMPARATIVE),
    # cited
    (
        "atenolol",
        "It does the job better than any of the newer blood pressure pills.[^1]\n\n[^1]: Smith et al., 2020.",
        COMPARATIVE,
    ),
]
