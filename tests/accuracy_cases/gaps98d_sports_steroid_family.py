"""Prednisone put in one family with the steroids of the gym, told by what they do or what athletes get caught with
(holdout97 bq10), as a class.

"prednisone belongs to the same family as the muscle-bulking steroids some weightlifters get caught with": the anabolic
steroids named by their effect (muscle-bulking, muscle-growing, bulking) or by the doping they are caught for. The
hormone prednisone copies (cortisol), a contrast with them ("unlike"), a denial and another drug stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "anabolic-steroid"

_PREDNISONE = "Prednisone calms inflammation. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "prednisone",
        _PREDNISONE + '"In plain terms, prednisone belongs to the same family as the muscle-bulking steroids some weightlifters '
        'get caught with, only tamer."',
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "prednisone",
        _PREDNISONE + "Pred is in the same family as the bulking steroids you hear about at the gym.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "prednisone",
        _PREDNISONE + "Prednisone is basically the same class as the steroids sprinters get banned for.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("prednisone", _PREDNISONE + "It belongs to the same group as the muscle-growing drugs, just weaker.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "prednisone",
        _PREDNISONE + "Prednisone belongs to the same family as the hormone cortisol that your adrenal glands make.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "prednisone",
        _PREDNISONE + "Prednisone does not belong to the same family as the muscle-bulking steroids some weightlifters get caught with.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "prednisone",
        _PREDNISONE + "Unlike the muscle-bulking steroids some weightlifters get caught with, prednisone is a corticosteroid.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "prednisone",
        _PREDNISONE + "Testosterone belongs to the same family as the muscle-bulking steroids; prednisone is a corticosteroid.",
        MISSTATEMENT,
        ITEM,
    ),
]
