"""The wrong class after what the drug is, granted in an aside without "and" (eval/holdout110 cd10), as a class.

"Prednisone is a steroid, from the same family of drugs that bodybuilders use to bulk up their muscles": the shared
`wrong-class` kind read the aside only with "and" after its comma ("It's a steroid, yes, and in the same broad family
as the ones some gym lads inject"). Not a denial after the comma ("but not in the same family", "not from the same
family"), nor the drug's own class ("Metoprolol is a beta blocker, from the same family as atenolol").
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "anabolic-steroid"
_PREDNISONE = "Prednisone is a corticosteroid that calms inflammation.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "prednisone",
        _PREDNISONE + "Prednisone is a steroid, from the same family of drugs that bodybuilders use to bulk up their muscles.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("prednisone", _PREDNISONE + "It is a hormone, in the same group as the gear some gym lads inject.", MISSTATEMENT, ITEM, "warning"),
    (
        "prednisone",
        _PREDNISONE + "It's a steroid, yes, and in the same broad family as the ones some gym lads inject.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("prednisone", _PREDNISONE + "Prednisone is a steroid, but not in the same family as the ones bodybuilders use.", MISSTATEMENT, ITEM),
    ("prednisone", _PREDNISONE + "Prednisone is a steroid, not from the same family of drugs that bodybuilders use.", MISSTATEMENT, ITEM),
    ("prednisone", _PREDNISONE + "It is a steroid, from the same family as the hormone your adrenal glands make.", MISSTATEMENT, ITEM),
]
