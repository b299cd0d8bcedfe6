"""Breathing through the nose or both nostrils again credited to plain loratadine, from eval/holdout195 (fk04,
loratadine), as a class.

Class: a blocked nose or sinuses ("My sinuses used to feel like wet cement every spring"), then after Claritin, Alavert or
loratadine the person "could breathe through both nostrils again", "through his nose properly again", "at last" or "for the
first time". Plain loratadine is an antihistamine only, not a decongestant (Drug Facts; the decongestant is Claritin-D's
pseudoephedrine): `not-a-decongestant`, a warning. Near misses: Claritin-D credited, a denial, Sudafed credited with the
nose and Claritin with the eyes, breathing through the mouth.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-a-decongestant"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fk04)
    (
        "loratadine",
        "**Week 3.** This is the big one. My sinuses used to feel like wet cement every spring, and two days into Claritin I"
        " could breathe through both nostrils again and sleep with my mouth shut.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    (
        "loratadine",
        "Every March his nose is bunged up solid, but a week on loratadine and he can breathe through his nose properly again.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "loratadine",
        "since i started Alavert i can finally breathe through my nose at last, no more mouth breathing at night",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "loratadine",
        "Three days of Claritin and my husband was breathing through both his nostrils for the first time since April.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # Claritin-D, which has the decongestant
    (
        "loratadine",
        "Claritin-D is the one that lets me breathe through both nostrils again; plain Claritin just stops the sneezing.",
        MISSTATEMENT,
        ITEM,
    ),
    # denied
    ("loratadine", "Claritin didn't let me breathe through my nose again; I needed Sudafed for that.", MISSTATEMENT, ITEM),
    # another drug credited with the nose
    (
        "loratadine",
        "Sudafed let me breathe through both nostrils again, and Claritin took care of the itchy eyes.",
        MISSTATEMENT,
        ITEM,
    ),
    # the mouth, not the nose
    (
        "loratadine",
        "With Claritin the sneezing stopped, and I could breathe through my mouth again at the gym without coughing.",
        MISSTATEMENT,
        ITEM,
    ),
]
