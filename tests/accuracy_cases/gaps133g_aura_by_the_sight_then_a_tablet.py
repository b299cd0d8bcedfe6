"""A preventive taken when the aura starts, told by the sight that shimmers or bends and the sign explained between, from
eval/holdout183 (ey01, propranolol), as a class.

Class: the attack told by what the sight does ("When the edge of her sight begins to shimmer and bend", "when my vision starts
to flicker", "if your eyesight begins to warp"), perhaps with the sign explained in apposition before the taking ("the sign
that one of her attacks is on its way", "my usual warning that a migraine is coming"), then a tablet of it taken there and
then ("she takes one of those small 10 mg tablets", "I pop an extra propranolol"). Propranolol and topiramate only prevent
migraine (propranolol's label: not indicated for an attack that has started): the `taken-at-onset` kind, now reading the
sight in their `taken_at_onset` words, the sign in apposition and "one of those small" tablets. Near misses: the daily dose
taken as prescribed, something else taken for the aura, and the point made correctly.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ey01)
    (
        "propranolol",
        "She has also settled into a habit of her own. When the edge of her sight begins to shimmer and bend, the sign that one of"
        " her attacks is on its way, she takes one of those small 10 mg tablets on top of her morning capsule and lies down in a"
        " dark room; nine times out of ten, she says, that is the end of it.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
        "warning",
    ),
    # new wordings, other voices
    (
        "propranolol",
        "When my vision starts to flicker, my usual warning that a migraine is coming, I pop an extra propranolol and it never gets going.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
        "warning",
    ),
    (
        "propranolol",
        "If your eyesight begins to warp at the edges, the first sign of an attack for many people, take a second tablet straight away.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
        "warning",
    ),
    (
        "topiramate",
        "when her sight starts to shimmer, she takes one of those little 25 mg tablets and goes to lie down, works every time",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the daily dose as prescribed
    (
        "propranolol",
        "When the flashing lights start, a sign that a migraine is on its way, I take my usual propranolol every morning as prescribed.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
    ),
    # something else for the aura
    (
        "propranolol",
        "When her vision starts to shimmer, she lies down in a dark room and takes paracetamol.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
    ),
    # the point made correctly
    (
        "propranolol",
        "Propranolol is taken every day to prevent migraines; it does not stop an attack once your sight begins to shimmer.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
    ),
    (
        "topiramate",
        "Topiramate is a daily preventive. When your sight starts to shimmer, use the rescue medicine your doctor gave you.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
    ),
]
