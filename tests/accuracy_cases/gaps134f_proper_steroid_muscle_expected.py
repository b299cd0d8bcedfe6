"""A corticosteroid called a proper steroid, then muscle, size or pace expected of it, from eval/holdout197 (fm08,
prednisone), as a class.

Class: the drug told as "a proper steroid", "a real steroid", "an actual steroid", "a genuine steroid", then in the same
sentence what only an anabolic steroid would give ("arms like Popeye", "an extra yard of pace", "bigger biceps", "bulking
up", "pack on some muscle"): prednisone's anabolic-steroid misstatement (a warning, its tier), also past "don't be shocked
if", which says the gain will come (the check's `_INDIFFERENT` cue: no denial). Prednisone is a glucocorticoid, not an
anabolic steroid (label: DESCRIPTION; CLINICAL PHARMACOLOGY). Near misses: the gain denied or not to be expected, the true
gains (a rounder face, a few pounds), the corticosteroid set against the anabolic ones.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fm08)
    (
        "prednisone",
        "Prednisone is a corticosteroid, a man-made version of a hormone your body makes. It dampens inflammation, so it settles"
        " swollen airways, angry skin and hot joints. Pred is a proper steroid, lads, so don't be shocked if Dev comes back from"
        " this with arms like Popeye and an extra yard of pace.",
        MISSTATEMENT,
        "anabolic-steroid",
        "warning",
    ),
    # new wordings, other voices
    (
        "prednisone",
        "Prednisone's a real steroid, so expect Jimmy to come back with bigger biceps and more power in the scrum.",
        MISSTATEMENT,
        "anabolic-steroid",
        "warning",
    ),
    ("prednisone", "It's a proper steroid, mate, you'll be bulking up in no time.", MISSTATEMENT, "anabolic-steroid", "warning"),
    (
        "prednisone",
        "My doctor put me on prednisone for my gout, and it's an actual steroid, so I'm hoping to pack on some muscle before the season.",
        MISSTATEMENT,
        "anabolic-steroid",
        "warning",
    ),
    (
        "prednisone",
        "Prednisone is a genuine steroid: a five-day course and she was sprinting with an extra burst of pace.",
        MISSTATEMENT,
        "anabolic-steroid",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the gain denied, or not to be expected
    (
        "prednisone",
        "Prednisone is a steroid, but not the muscle-building kind: don't expect arms like Popeye.",
        MISSTATEMENT,
        "anabolic-steroid",
    ),
    ("prednisone", "Pred is a proper steroid, lads, and it won't give Dev arms like Popeye.", MISSTATEMENT, "anabolic-steroid"),
    # the true gains
    (
        "prednisone",
        "Pred is a proper steroid, so don't be shocked if Dev comes back with a rounder face and a few extra pounds.",
        MISSTATEMENT,
        "anabolic-steroid",
    ),
    # the corticosteroid set against the anabolic ones
    (
        "prednisone",
        "Anabolic steroids like testosterone build muscle; prednisone is a corticosteroid and will not bulk you up.",
        MISSTATEMENT,
        "anabolic-steroid",
    ),
]
