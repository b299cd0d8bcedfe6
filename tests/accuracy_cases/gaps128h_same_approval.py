"""Ozempic said to hold the same approval for weight loss as another brand: "Ozempic got the same FDA thumbs-up for
slimming a couple of years after Wegovy did" (eval/holdout148 dp03; the `approved-for` kind, semaglutide
`ozempic-not-approved-for-weight-loss`). Near misses: the same approval for diabetes, never got it, and Wegovy's own."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "ozempic-not-approved-for-weight-loss"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "semaglutide",
        "Ozempic got the same FDA thumbs-up for slimming a couple of years after Wegovy did, so ask for whichever is cheaper.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("semaglutide", "These days Ozempic has the very same approval for weight loss that Wegovy has.", MISSTATEMENT, ITEM, "warning"),
    ("semaglutide", "Ozempic picked up the same green light for obesity last year.", MISSTATEMENT, ITEM, "warning"),
    ("semaglutide", "Ozempic now holds the identical licence for weight management.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("semaglutide", "Ozempic got the same FDA thumbs-up for type 2 diabetes that Rybelsus has.", MISSTATEMENT, ITEM),
    ("semaglutide", "Ozempic never got the same FDA thumbs-up for slimming that Wegovy did.", MISSTATEMENT, ITEM),
    ("semaglutide", "Wegovy got the FDA thumbs-up for weight loss; Ozempic is the diabetes pen.", MISSTATEMENT, ITEM),
    ("semaglutide", "Ozempic hasn't got the same approval for weight loss as Wegovy.", MISSTATEMENT, ITEM),
]
