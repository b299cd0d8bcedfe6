"""The same job as a class of medicines, blood thinners among them, from eval/holdout195 (fk10, aspirin), as a class.

Class: the drug said to do "the same job as" another class of medicine ("low-dose aspirin does the same job as those pricey
newer blood thinners, only gentler on the stomach", "it does the same job as the other statins"), blood thinners and
anticoagulants now named as a class beside statins, benzos and the rest: an equal-efficacy comparison, uncited, an error.
Silent: negated, "the same class as", a job not a medicine's, and a question.
"""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fk10)
    (
        "aspirin",
        "Thanks both. I read that low-dose aspirin does the same job as those pricey newer blood thinners, only gentler on the"
        " stomach, so it's good he's on the old reliable one.",
        COMPARATIVE,
        "error",
    ),
    # new wordings, other voices
    (
        "warfarin",
        "Honestly, good old warfarin does exactly the same job as the newer anticoagulants for a fraction of the price.",
        COMPARATIVE,
        "error",
    ),
    ("atorvastatin", "The generic one does the same job as the other statins, so there's no point paying more.", COMPARATIVE, "error"),
    ("aspirin", "A baby aspirin a day gives you the same protection as the expensive blood thinners.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # negated
    ("aspirin", "Low-dose aspirin does not do the same job as the newer blood thinners, so never swap one for the other.", COMPARATIVE),
    # the same class, not the same job
    ("apixaban", "Apixaban is in the same class as the other blood thinners, so the bleeding warnings apply too.", COMPARATIVE),
    # a job not a medicine's
    ("aspirin", "Her new carer does the same job as the last one, just on weekdays.", COMPARATIVE),
    # a question
    ("aspirin", "Does aspirin do the same job as the newer blood thinners?", COMPARATIVE),
]
