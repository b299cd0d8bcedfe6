"""A superlative of least harm among its kind (eval/holdout110 cd12), as a class.

"Rosuvastatin is the statin least likely to leave you with achy legs", "the gentlest of the SSRIs on your stomach", "the
beta blocker with the fewest side effects", "Of all the statins, it's the least likely to cause muscle pain" (not "the
lowest dose that works", "the time of day least likely to disturb your sleep", the doctor's choice for the reader: "your
doctor will pick the statin least likely to interact with your other medicines", hedged: "it is often the statin least
likely to", a safety tip about another medicine: "Of all the painkillers, paracetamol is the safest to take with warfarin",
nor cited).
"""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "rosuvastatin",
        "The good news is that rosuvastatin is the statin least likely to leave you with achy legs,\nso most people who "
        "gave up on another statin do fine on it.",
        COMPARATIVE,
        "error",
    ),
    ("sertraline", "Sertraline is the gentlest of the SSRIs on your stomach, so it's a good one to start with.", COMPARATIVE, "error"),
    ("metoprolol", "Honestly, it's the beta blocker with the fewest side effects.", COMPARATIVE, "error"),
    ("atorvastatin", "Of all the statins, it's the least likely to cause muscle pain.", COMPARATIVE, "error"),
    ("sertraline", "It's one of the antidepressants least likely to cause weight gain.", COMPARATIVE, "error"),
    ("apixaban", "Among blood thinners, it has the lowest risk of bleeding.", COMPARATIVE, "error"),
    ("atorvastatin", "It's the best tolerated of all the statins.", COMPARATIVE, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    ("atorvastatin", "Your doctor will choose the lowest dose that works.", COMPARATIVE),
    ("sertraline", "Take it at the time of day least likely to disturb your sleep.", COMPARATIVE),
    ("atorvastatin", "Your doctor will pick the statin least likely to interact with your other medicines.", COMPARATIVE),
    ("atorvastatin", "It is often the statin least likely to cause aches.", COMPARATIVE),
    ("warfarin", "Of all the painkillers, paracetamol is the safest to take with warfarin.", COMPARATIVE),
    ("atorvastatin", "Which is the statin least likely to cause aches?", COMPARATIVE),
    ("rosuvastatin", "It is not the statin least likely to cause aches.", COMPARATIVE),
    (
        "rosuvastatin",
        "In the trial it was the statin least likely to interact with other medicines.[^1]\n\n[^1]: Smith J. Lancet. 2019.",
        COMPARATIVE,
    ),
    ("rosuvastatin", "The label says it is the statin least likely to interact if you take ciclosporin [2].", COMPARATIVE),
]
