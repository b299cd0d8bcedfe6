"""Aspirin called a good pick for a child's fever, from eval/holdout215 (ge09, aspirin), as a class.

Class: aspirin called a good, fine or the best pick, choice or option with a child told before it in the sentence ("for
an ordinary fever in a school-age kid ... a chewable baby aspirin is still a perfectly good pick") or after it ("a fine
choice for a feverish toddler"). Reye's syndrome can follow an illness not yet recognised as flu or chickenpox, and OTC
dosing is for 12 and over (Drug Facts: Warnings; Directions): the `for-children` kind, an error. Near misses: baby aspirin
a good choice for adults' hearts, children 12 and over, denied, another drug the good pick.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "safe-for-children"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ge09)
    (
        "aspirin",
        (
            "**MARCY:** Right, chickenpox and the flu. But for an ordinary fever in a school-age kid, when "
            "there's nothing like that going around, a chewable baby aspirin is still a perfectly good pick, the "
            "way Grandma used to do it. Five of us grew up on it."
        ),
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    # new wordings, other voices
    (
        "aspirin",
        ("When my daughter runs a temperature, aspirin is honestly the best choice, same as when I was little."),
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    # the child after
    ("aspirin", "Aspirin is a fine choice for a feverish toddler.", MISSTATEMENT, ITEM, "error"),
    # a brand's chewable
    ("aspirin", "For our eight-year-old's headaches, a Bayer chewable is a good option.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # baby aspirin for adults' hearts
    ("aspirin", ("A low-dose baby aspirin is a good choice for adults with heart disease, if their doctor agrees."), MISSTATEMENT, ITEM),
    # 12 and over
    ("aspirin", "For children 12 and over with a headache, aspirin is a reasonable choice.", MISSTATEMENT, ITEM),
    # denied
    ("aspirin", "For kids, aspirin is never a good choice; use acetaminophen instead.", MISSTATEMENT, ITEM),
    # another drug the good pick
    ("aspirin", "For a child's fever, acetaminophen is a good choice, not aspirin.", MISSTATEMENT, ITEM),
]
