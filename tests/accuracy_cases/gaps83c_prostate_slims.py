"""The prostate said to get smaller on tamsulosin in other words than "shrink" (eval/holdout83 bc04: "Stay on it for a
few months and the gland itself slims back down, which is why the stream keeps getting better the longer you take
it."), as a class: the gland slims down, deflates, goes back or returns to its normal size, is back to normal size;
tamsulosin brings it back down to size or slims it down. Tamsulosin relaxes smooth muscle; finasteride and
dutasteride are the drugs that shrink the gland.

Near misses kept silent: denied ("will not go back to its normal size"), finasteride's or dutasteride's, the urine
flow back to normal, the question answered no.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "shrinks-prostate"
DRUG = "tamsulosin"

_DRAFT = (
    "It relaxes the muscle in the prostate and at the neck of the bladder so urine flows more easily. Stay on it for a "
    "few months and the gland itself slims back down, which is why the stream keeps getting better the longer you take it."
)

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (DRUG, _DRAFT, MISSTATEMENT, ITEM, "warning"),
    (DRUG, "Tamsulosin eases the flow. After six months or so your prostate goes back to its normal size.", MISSTATEMENT, ITEM, "warning"),
    (DRUG, "With Flomax, the enlarged prostate slowly returns to a healthy size.", MISSTATEMENT, ITEM, "warning"),
    (DRUG, "Flomax brings the prostate back down to size over a few months.", MISSTATEMENT, ITEM, "warning"),
    (DRUG, "Tamsulosin is taken once a day. It slims down the enlarged gland to ease the tube.", MISSTATEMENT, ITEM, "warning"),
    (DRUG, "Keep taking tamsulosin and the prostate will be back to normal size by the summer.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (DRUG, "Your prostate will not go back to its normal size on tamsulosin; it relaxes the muscle instead.", MISSTATEMENT, ITEM),
    (DRUG, "Your doctor may add dutasteride, which slims the gland back down over months, to your tamsulosin.", MISSTATEMENT, ITEM),
    (DRUG, "Tamsulosin relaxes the muscle. The gland slims down on finasteride, not on tamsulosin.", MISSTATEMENT, ITEM),
    (DRUG, "On tamsulosin your urine flow goes back to normal within a week or two.", MISSTATEMENT, ITEM),
    (DRUG, "Will tamsulosin bring my prostate back to a normal size? No: it relaxes the muscle around the tube.", MISSTATEMENT, ITEM),
]
