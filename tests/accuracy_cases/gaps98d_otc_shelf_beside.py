"""A prescription-only drug put on a store's open shelf beside the antacids, or on the drugstore's shelf (holdout97 bq02), as a class.

"You don't need your doctor to write you anything for this one, it's sitting on the shelf next to the Tums at pretty much
any drugstore": on the shelf next to the store's heartburn remedies, on the drugstore shelf, on the shelves at Walgreens
is sold over the counter in other words. Kept on a shelf at home, taken alongside antacids, a denial, another PPI on that
shelf and a country where it is sold so stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "otc-availability"

_PANTOPRAZOLE = "Pantoprazole treats reflux. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "pantoprazole",
        _PANTOPRAZOLE + "Nope, and this is the best part. You don't need your doctor to write you anything for this one, it's "
        "sitting on the shelf next to the Tums at pretty much any drugstore.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("pantoprazole", _PANTOPRAZOLE + "Protonix is right there on the drugstore shelf, so grab a box.", MISSTATEMENT, ITEM, "warning"),
    ("pantoprazole", _PANTOPRAZOLE + "These days pantoprazole sits on the shelves at Walgreens and CVS.", MISSTATEMENT, ITEM, "warning"),
    ("pantoprazole", _PANTOPRAZOLE + "It's kept on the bottom shelf beside the Pepcid in most stores.", MISSTATEMENT, ITEM, "warning"),
    ("pantoprazole", _PANTOPRAZOLE + "The tablets are stocked on the supermarket shelf now.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("pantoprazole", _PANTOPRAZOLE + "Keep it on a shelf at home, away from children.", MISSTATEMENT, ITEM),
    ("pantoprazole", _PANTOPRAZOLE + "Pantoprazole is not on the shelf next to the Tums; you need a prescription.", MISSTATEMENT, ITEM),
    (
        "pantoprazole",
        _PANTOPRAZOLE + "Omeprazole sits on the drugstore shelf next to the Tums, but pantoprazole needs a prescription.",
        MISSTATEMENT,
        ITEM,
    ),
    ("pantoprazole", _PANTOPRAZOLE + "In the UK pantoprazole sits on the supermarket shelf next to the antacids.", MISSTATEMENT, ITEM),
    ("pantoprazole", _PANTOPRAZOLE + "It can be taken alongside the Tums you already keep on the shelf.", MISSTATEMENT, ITEM),
]
