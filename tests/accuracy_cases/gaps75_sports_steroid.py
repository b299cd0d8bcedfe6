"""A corticosteroid likened to the steroids athletes take for muscle, in careless or translated English, as a class.

"Prednisone is steroid of the same type like the sportsmen use to build the muscles" (holdout75 au08, a handout
translated from Spanish): the wrong-class kind now reads "the same type like", "the same kind that", "a drug of the
same kind", and the same kind with the class's words right after it ("the same kind of steroid bodybuilders use");
prednisone's wrong class now also names athletes or sportsmen with what they take it for (muscle, strength, doping).
Not a denial, not athletes' own cortisone shots, not anabolic steroids told apart from it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "anabolic-steroid"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "prednisone",
        "Prednisone is steroid of the same type like the sportsmen use to build the muscles, so many patients feel more "
        "strong and more energy in the first weeks.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("prednisone", "It's the same kind of steroid bodybuilders use.", MISSTATEMENT, ITEM, "warning"),
    ("prednisone", "Pred is a drug of the same kind that athletes take to get stronger.", MISSTATEMENT, ITEM, "warning"),
    ("prednisone", "These tablets are the same kind of steroid which sprinters abuse for doping.", MISSTATEMENT, ITEM, "warning"),
    (
        "prednisone",
        "Prednisone is a steroid of the same type like sportsmen take for making the muscles bigger.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("prednisone", "Prednisone is a steroid, but not the same type as the ones bodybuilders use to build muscle.", MISSTATEMENT, ITEM),
    ("prednisone", "Prednisone is not the kind of steroid athletes use to build muscle; it is a corticosteroid.", MISSTATEMENT, ITEM),
    ("prednisone", "Prednisone is the same type of steroid that athletes get injected into sore joints.", MISSTATEMENT, ITEM),
    ("prednisone", "Some athletes misuse anabolic steroids to build muscle, and prednisone can weaken muscles.", MISSTATEMENT, ITEM),
    ("prednisone", "Prednisone belongs to the same family as hydrocortisone, the steroid your body makes.", MISSTATEMENT, ITEM),
]
