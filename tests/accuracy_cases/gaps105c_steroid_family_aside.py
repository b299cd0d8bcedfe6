"""A drug put in a wrong class after what it is, granted in an aside (holdout103 bw11), as a class.

"It's a steroid, yes, and in the same broad family as the ones some gym lads inject": the shared wrong-class wording
reads past an aside that grants what the drug is ("a steroid, yes, and", "a hormone, sure, and") to the same family
after it; the gym users may be some, many or the lads at the gym. A "but not" or "a different family", the adrenal
hormone as the family, and a denial stay silent; a next sentence giving the muscle as a dose matter does not refute it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "anabolic-steroid"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "prednisone",
        "Martin's answer: \"It's a steroid, yes, and in the same broad family as the ones some gym lads inject. It just "
        "doesn't build muscle at the doses we use, so you won't be bulking up.\"",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "prednisone",
        "Prednisone is a hormone, sure, and very much in the same group as the gear bodybuilders use.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "prednisone",
        "It is a steroid, granted, and in the same family as the stuff many weightlifters inject.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("prednisone", "Pred is a strong medicine, and in the same class as what some bodybuilders take.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("prednisone", "It's a steroid, yes, but not in the same family as the ones some gym lads inject.", MISSTATEMENT, ITEM),
    (
        "prednisone",
        "It's a steroid, yes, but a corticosteroid, a different family from the ones some gym lads inject.",
        MISSTATEMENT,
        ITEM,
    ),
    ("prednisone", "It is a steroid, and in the same family as the hormone your adrenal glands make.", MISSTATEMENT, ITEM),
    ("prednisone", "Prednisone is not in the same family as the steroids some bodybuilders inject.", MISSTATEMENT, ITEM),
]
