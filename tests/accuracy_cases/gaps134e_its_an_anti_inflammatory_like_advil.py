"""Acetaminophen called an anti-inflammatory by a pronoun set beside an NSAID, from eval/holdout194 (fj11, acetaminophen), as
a class.

Class: acetaminophen named in the sentence before, then a sentence opening "It's an anti-inflammatory same as the Advil",
"like the Nurofen", "just like ibuprofen", or the name with a contraction ("Tylenol's an anti-inflammatory"). Acetaminophen
is labeled a pain reliever and fever reducer only (Drug Facts: Purpose; Uses): `not-anti-inflammatory`, a warning. Near
misses: denied, the NSAID itself called one ("Advil is an anti-inflammatory like aspirin"), "it" for an NSAID named earlier
in the sentence, a bare "It is an anti-inflammatory" with no NSAID beside it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-anti-inflammatory"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fj11)
    (
        "acetaminophen",
        "**Aunt Lorraine (8:15):** Two Tylenol for the knee then. It's an anti-inflammatory same as the Advil, so it'll calm the"
        " whole joint down by lunch 👍",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    ("acetaminophen", "Tylenol's an anti-inflammatory just like ibuprofen.", MISSTATEMENT, ITEM, "warning"),
    (
        "acetaminophen",
        "Gran's hip is sore again, so I've given her two paracetamol. It's an anti-inflammatory like the Nurofen, so the swelling"
        " should settle.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "acetaminophen",
        "Give him the Tylenol for his wrist. Remember, it's an anti-inflammatory, same as Aleve, only gentler.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # denied
    (
        "acetaminophen",
        "Mom gave him Tylenol. It's not an anti-inflammatory like Advil, so it won't touch the swelling.",
        MISSTATEMENT,
        ITEM,
    ),
    # the NSAID itself
    (
        "acetaminophen",
        "We give Grandpa Tylenol, never Advil. Advil? It's an anti-inflammatory like aspirin, and both can make him bleed on warfarin.",
        MISSTATEMENT,
        ITEM,
    ),
    # "it" for the NSAID named before it in the sentence
    (
        "acetaminophen",
        "Tylenol eases the ache. We avoid naproxen: it's an anti-inflammatory like Advil, and it's hard on his stomach.",
        MISSTATEMENT,
        ITEM,
    ),
    # no NSAID beside the pronoun
    ("acetaminophen", "Two Tylenol for the knee then. It is an anti-inflammatory.", MISSTATEMENT, ITEM),
]
