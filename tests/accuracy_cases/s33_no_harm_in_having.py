"""An interacting drink or medicine declared harmless as "no danger" or "no harm" in having it with the drug ("There's no
danger in having a glass of wine with gabapentin": a helper's probe at the thirty-second stop), as a class: the
reassurance's own "no" is not a negation of the drink after it. Silent: the drink set apart after it ("..., just not with
zolpidem", "but never with"), a risk of its own ("no danger of getting hooked": the dependency claim's), and a question.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("gabapentin", "There's no danger in having a glass of wine with gabapentin.", MISSTATEMENT, "alcohol-cns-depressants", "error"),
    ("zolpidem", "There's really no harm in having a nightcap on it.", MISSTATEMENT, "alcohol", "error"),
    (
        "warfarin",
        "Honestly, there's no harm in taking ibuprofen alongside your warfarin for a sore back.",
        MISSTATEMENT,
        "bleeding-risk-drugs",
        "error",
    ),
    (
        "lorazepam",
        "There is absolutely no risk in having a beer or two with lorazepam at the weekend.",
        MISSTATEMENT,
        "alcohol-cns-depressants",
        "error",
    ),
    # the drink itself after "in", no verb (an end-of-stop spot check)
    ("lorazepam", "There's no harm in a beer or two on lorazepam.", MISSTATEMENT, "alcohol-cns-depressants", "error"),
    ("lorazepam", "There's no harm in the odd glass of wine while you're on it.", MISSTATEMENT, "alcohol-cns-depressants", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("lorazepam", "There's no harm in a short course of lorazepam.", MISSTATEMENT, "alcohol-cns-depressants"),
    ("lorazepam", "There's no harm in a glass of wine, just not on lorazepam.", MISSTATEMENT, "alcohol-cns-depressants"),
    ("zolpidem", "There's no harm in having a glass of wine, just not with zolpidem.", MISSTATEMENT, "alcohol"),
    ("zolpidem", "There's no harm in having a glass of wine, but never with zolpidem.", MISSTATEMENT, "alcohol"),
    ("zolpidem", "There's no harm in skipping the wine while you're on zolpidem.", MISSTATEMENT, "alcohol"),
    ("gabapentin", "Is there no danger in having a glass of wine with gabapentin?", MISSTATEMENT, "alcohol-cns-depressants"),
    ("lorazepam", "There is no danger of getting hooked if you take lorazepam for a week or two.", MISSTATEMENT, "alcohol-cns-depressants"),
]
