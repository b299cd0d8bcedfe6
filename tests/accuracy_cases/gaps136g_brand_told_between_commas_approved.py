"""A brand approved only for diabetes said to carry a weight-loss approval, the brand told by what it is between commas
before its verb, from eval/holdout209 (fy07, tirzepatide), as a class.

Class: "Mounjaro, the diabetes pen, now carries the FDA's approval as a weight-loss treatment too": an appositive ("the
diabetes pen", "our diabetes jab", "a once-weekly shot") between the product and the approval it is said to hold or have
been given. MOUNJARO is approved for type 2 diabetes only (label 1 INDICATIONS AND USAGE; ZEPBOUND is the
weight-management product): `mounjaro-not-approved-for-weight-loss`; Ozempic likewise (`ozempic-not-approved-for-weight-loss`),
both warnings. Near misses: the approval denied, the weight-loss brand named, the approval for diabetes.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
MOUNJARO = "mounjaro-not-approved-for-weight-loss"
OZEMPIC = "ozempic-not-approved-for-weight-loss"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fy07)
    (
        "tirzepatide",
        "Mounjaro, the diabetes pen, now carries the FDA's approval as a weight-loss treatment too, which is why some"
        " insurers will cover either box.",
        MISSTATEMENT,
        MOUNJARO,
        "warning",
    ),
    # new wordings, other voices
    (
        "semaglutide",
        "Ozempic, our diabetes jab, is now licensed for weight loss as well.",
        MISSTATEMENT,
        OZEMPIC,
        "warning",
    ),
    (
        "tirzepatide",
        "Mounjaro, a once-weekly shot, has since received FDA approval for weight management.",
        MISSTATEMENT,
        MOUNJARO,
        "warning",
    ),
    (
        "semaglutide",
        "ok so ozempic, the one my mum uses for her sugar, got approved for weight loss last year apparently",
        MISSTATEMENT,
        OZEMPIC,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # denied
    (
        "tirzepatide",
        "Mounjaro, the diabetes pen, is not approved for weight loss; Zepbound is.",
        MISSTATEMENT,
        MOUNJARO,
    ),
    # the weight-loss brand
    (
        "tirzepatide",
        "Zepbound, the weight-loss pen, carries the FDA's approval as a weight-management treatment.",
        MISSTATEMENT,
        MOUNJARO,
    ),
    # the approved use
    (
        "tirzepatide",
        "Mounjaro, the diabetes pen, carries the FDA's approval for type 2 diabetes in adults.",
        MISSTATEMENT,
        MOUNJARO,
    ),
    # Wegovy, the weight-loss product
    (
        "semaglutide",
        "Wegovy, the higher-dose pen, is approved for weight management; Ozempic is for diabetes.",
        MISSTATEMENT,
        OZEMPIC,
    ),
]
