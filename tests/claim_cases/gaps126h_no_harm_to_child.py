"""No harm promised of the medicine named by a noun, or to a child: "the blue inhaler cannot do your child any harm"
(eval/holdout123 cq01) is an absolute claim, as "it won't do you any harm" is. Near misses: the idiom of advice, a part of
the medicine or something beside it, a condition after, pain from a jab, and a promise nobody can make."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("albuterol", '**"Is it safe?"** I want to be clear: the blue inhaler cannot do your child any harm.', ABSOLUTE, "error"),
    ("albuterol", "Honestly, these puffers can't harm her.", ABSOLUTE, "error"),
    ("amoxicillin", "The syrup won't do your baby any harm.", ABSOLUTE, "error"),
    ("cetirizine", "It can't possibly harm your child.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("albuterol", "It won't do any harm to ask your pharmacist.", ABSOLUTE),
    ("cetirizine", "The dye in the tablets won't harm you.", ABSOLUTE),
    ("albuterol", "The inhaler won't harm your child if you use it as directed.", ABSOLUTE),
    ("amoxicillin", "The jab won't hurt your child much: it's a quick scratch.", ABSOLUTE),
    ("albuterol", "Nobody can promise the inhaler won't do your child any harm.", ABSOLUTE),
]
