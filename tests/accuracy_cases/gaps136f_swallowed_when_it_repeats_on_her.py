"""A proton pump inhibitor taken as heartburn strikes, the heartburn told as a meal "repeating on" someone, from
eval/holdout214 (gd05, omeprazole), as a class.

Class: "when" a meal starts (or begins) repeating on the person, a dose taken then, with or without a comma before the
one who takes it ("when the fried fish starts repeating on her she swallows one with a sip of water; by the time the
raffle is drawn ... the burning has settled"); also heartburn flaring with no comma before "he takes one". Omeprazole is
a daily 14-day course, not for immediate relief (Drug Facts: Use; Directions): `immediate-relief`, a warning. Near
misses: an antacid taken then and the omeprazole each morning, a daily course, denied.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "immediate-relief"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (gd05)
    (
        "omeprazole",
        "Our own Margaret, who runs the tea urn, swears by it. She keeps a strip in her handbag for parish suppers, and when"
        " the fried fish starts repeating on her she swallows one with a sip of water; by the time the raffle is drawn, she"
        " says, the burning has settled and she's back on her feet.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    ("omeprazole", "When a spicy curry starts repeating on me I pop a Prilosec and carry on.", MISSTATEMENT, ITEM, "warning"),
    (
        "omeprazole",
        "Whenever the heartburn flares up after a late dinner he takes one, and he's fine before the dishes are done.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("omeprazole", "If the pizza begins to repeat on you, just swallow a capsule.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # an antacid then, the omeprazole as a course
    (
        "omeprazole",
        "When the fried fish starts repeating on her, she takes a Tums; her omeprazole she takes each morning for 14 days.",
        MISSTATEMENT,
        ITEM,
    ),
    # a daily course
    ("omeprazole", "When heartburn starts twice a week or more, you take one each morning for 14 days.", MISSTATEMENT, ITEM),
    # denied
    (
        "omeprazole",
        "When the burning comes on he never takes omeprazole; it is for a 14-day course, not for an attack.",
        MISSTATEMENT,
        ITEM,
    ),
]
