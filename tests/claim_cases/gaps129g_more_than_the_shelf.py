"""Missed class (twenty-eighth stop, helper g): doing more for the trouble than every product on the shelf that is not a
medicine by name: "Finasteride does more for a receding hairline than any shampoo, laser cap or foam on the shelf, hands
down" (eval/holdout156 dx06), "does more for thinning hair than anything else on the shelf", "will do far more for your
crown than all those lotions and serums". A comparison with other treatments, uncited.

Still silent: two places compared ("more for the crown than for the hairline"), "more harm than good", a question, a
comparison with something that is not "any" or "all" of a kind, and a plain shampoo as the subject."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "finasteride",
        "Finasteride does more for a receding hairline than any shampoo, laser cap or foam on the shelf, hands down.",
        COMPARATIVE,
        "error",
    ),
    ("finasteride", "It does more for thinning hair than anything else on the shelf.", COMPARATIVE, "error"),
    ("finasteride", "Trust me, one little pill will do far more for your crown than all those lotions and serums.", COMPARATIVE, "error"),
    ("minoxidil", "The foam does more for the crown than any shampoo on the shelf.", COMPARATIVE, "error"),
    ("hydrocortisone", "This cream does more for eczema than any of the moisturisers or oils you can buy.", COMPARATIVE, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("finasteride", "It does more for the crown than for the hairline.", COMPARATIVE),
    ("finasteride", "Stopping it does more harm than good.", COMPARATIVE),
    ("finasteride", "Does it do more than any shampoo? Ask your doctor.", COMPARATIVE),
    ("finasteride", "No shampoo does more for a receding hairline than a good haircut.", COMPARATIVE),
    ("minoxidil", "For dandruff, a plain shampoo does more than any lotion.", COMPARATIVE),
]
