"""Weight told by its signs (raids on the pantry, pounds that crept on, jeans that no longer zip, a stalled scale), and a use
given "for a different reason:" with the trouble after the colon (eval/holdout227 gq10, topiramate), as a class: a warning
for a pharmacist. Left: holdout228 gr07's "if the scale has stalled for you, ask your doctor about putting you on topiramate
to get it moving again" and holdout223 gm03's prescription "after two babies left her unable to zip the jeans" are not yet
tied to the medicine. Silent: pounds put on with the tablets (a side effect), an approved reason after the colon."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "topiramate",
        "One more thing. A friend from my old team was put on a low dose by her doctor for a different reason: the nightly pantry"
        " raids and the 25 pounds that had crept on since her second baby. Her work trousers have been taken in twice.",
        OFF_LABEL,
        "warning",
    ),
    ("topiramate", "Her doctor put her on topiramate for the twenty pounds that had crept on since the wedding.", OFF_LABEL, "warning"),
    ("metformin", "Dr. Ruiz started me on it for the late-night fridge raids, and honestly it worked.", OFF_LABEL, "warning"),
    ("bupropion", "My GP gave me bupropion for another reason: the midnight kitchen raids that had wrecked my diet.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "topiramate",
        "Topiramate prevents migraine. Some people find a few pounds crept on with the tablets, others lose a little.",
        OFF_LABEL,
    ),
    ("topiramate", "Her neurologist prescribed it for a different reason: to prevent her migraines.", OFF_LABEL),
    ("topiramate", "Topiramate prevents migraine. If the scale has stalled for you, talk to a dietitian, not your neurologist.", OFF_LABEL),
]
