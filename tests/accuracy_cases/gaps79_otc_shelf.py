"""A prescription-only drug placed on the store's open shelves by where it sits (holdout82 bb11), as a class.

"Pantoprazole sits right on the shelf in the heartburn aisle at Walgreens and CVS, next to the antacids": sitting,
living or stocked on a shelf in the heartburn aisle, or next to the store's antacids, is sold over the counter in
other words. Being taken alongside antacids, a denial, another PPI on that shelf and a country where it is sold so
stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "otc-availability"

_PANTOPRAZOLE = "Pantoprazole treats reflux. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "pantoprazole",
        _PANTOPRAZOLE + "Pantoprazole sits right on the shelf in the heartburn aisle at Walgreens and CVS, next to the antacids, "
        "so just grab a box whenever you run low.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("pantoprazole", _PANTOPRAZOLE + "It's stocked next to the Tums at every drugstore.", MISSTATEMENT, ITEM, "warning"),
    ("pantoprazole", _PANTOPRAZOLE + "Protonix lives on the shelves of the antacid section at Target.", MISSTATEMENT, ITEM, "warning"),
    ("pantoprazole", _PANTOPRAZOLE + "Pantoprazole sits in the heartburn aisle now.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("pantoprazole", _PANTOPRAZOLE + "Pantoprazole can be taken alongside antacids if you need quick relief.", MISSTATEMENT, ITEM),
    (
        "pantoprazole",
        _PANTOPRAZOLE + "Pantoprazole is not on the shelf in the heartburn aisle; you need a prescription.",
        MISSTATEMENT,
        ITEM,
    ),
    ("pantoprazole", _PANTOPRAZOLE + "In the UK pantoprazole sits on the shelf in the indigestion aisle.", MISSTATEMENT, ITEM),
    (
        "pantoprazole",
        _PANTOPRAZOLE + "Omeprazole sits on the shelf next to the antacids, but pantoprazole needs a prescription.",
        MISSTATEMENT,
        ITEM,
    ),
]
