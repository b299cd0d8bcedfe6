"""Isotretinoin's leftover capsules said fine to pass on (holdout121 co09), as a class.

"passing on the ones you didn't use is totally fine": leftovers (the ones not used, spare capsules, the rest, leftover
packs) said fine, kind or allowed to pass on, hand over, give away or share, with or without a recipient named, is sharing
a drug dispensed only to the registered patient under iPLEDGE. A denial, a return to the pharmacy, leftovers called
illegal and "the rest of" something else stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "share-with-others"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "isotretinoin",
        "My cousin had the same cysts, so when I finished early I gave her my last two blister packs. "
        "Honestly, if a family member has the same acne and the same dermatologist, "
        "passing on the ones you didn't use is totally fine and saves them the wait.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("isotretinoin", "Handing your spare capsules over to your sister is OK if she has the same acne.", MISSTATEMENT, ITEM, "error"),
    ("isotretinoin", "If you stop early, it's fine to give away the leftover packs.", MISSTATEMENT, ITEM, "error"),
    ("isotretinoin", "Once your skin clears you can just pass on the rest.", MISSTATEMENT, ITEM, "error"),
    ("isotretinoin", "Sharing the leftovers with a flatmate who breaks out is a kind gesture.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("isotretinoin", "Never pass them on to anyone else.", MISSTATEMENT, ITEM),
    ("isotretinoin", "Return unused capsules to the pharmacy.", MISSTATEMENT, ITEM),
    ("isotretinoin", "Handing the leftovers back in at the pharmacy is fine.", MISSTATEMENT, ITEM),
    ("isotretinoin", "Passing on leftover capsules is illegal and dangerous.", MISSTATEMENT, ITEM),
    ("isotretinoin", "It is not fine to pass on the ones you didn't use.", MISSTATEMENT, ITEM),
    ("isotretinoin", "You can pass on the unused capsules to the pharmacist for safe disposal.", MISSTATEMENT, ITEM),
    ("isotretinoin", "Passing on the ones you didn't use is never okay.", MISSTATEMENT, ITEM),
    ("isotretinoin", "You can give the rest of the family some peace of mind.", MISSTATEMENT, ITEM),
]
