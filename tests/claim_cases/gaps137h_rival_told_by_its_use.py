"""A comparison with another medicine told by the act of using it, from eval/holdout221 (gk02, finasteride), as a class.

Class: doing more (for a thinning crown, for the itch, relief) than rubbing, dabbing, applying, popping, taking or using a
named medicine: "Finasteride does more for a thinning crown than rubbing minoxidil foam into your scalp twice a day ever will",
"more relief than popping ibuprofen every four hours ever did". The rival is the medicine named after the verb. Silent: more
work than taking a tablet (effort, not effect), the article's own drug as the rival, and doing more for one place than another.
"""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (gk02)
    (
        "finasteride",
        "Honest take? Finasteride does more for a thinning crown than rubbing minoxidil foam into your scalp twice a day ever will."
        " Plenty of guys end up using both anyway.",
        COMPARATIVE,
        "error",
    ),
    # new wordings, other voices
    ("naproxen", "One tablet gives me more relief than popping ibuprofen every four hours ever did.", COMPARATIVE, "error"),
    ("finasteride", "This little pill does far more for your hairline than applying minoxidil ever could.", COMPARATIVE, "error"),
    ("celecoxib", "It does more for my knees than taking naproxen twice a day did.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("finasteride", "Rubbing minoxidil foam in twice a day is more work than taking one tablet.", COMPARATIVE),
    ("finasteride", "Rubbing minoxidil foam in does more for the hairline than finasteride.", COMPARATIVE),
    ("finasteride", "Finasteride does more for the crown than for the hairline.", COMPARATIVE),
]
