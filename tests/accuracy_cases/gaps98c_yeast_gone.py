"""A yeast infection told by its signs (often asked about first), then a dose of metronidazole said to make it go
(eval/holdout96 bp02: "Thick, white, cottage-cheese discharge after a course of antibiotics? One of these and she says
it's gone in two days"): the wrong-germ kind. Not the right infection's signs, not an antifungal for them, not a
denial.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "treats-yeast-infections"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "metronidazole",
        "Real talk: my cousin swears by it for the other kind of itchy down-there problem too. Thick, white, "
        "cottage-cheese discharge after a course of antibiotics? One of these and she says it's gone in two days.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "metronidazole",
        "Itchy, with a lumpy, curdy discharge? A couple of Flagyl and it clears right up.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "metronidazole",
        "Got thrush after your antibiotics? A few days of these and it's history, my sister says.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "metronidazole",
        "Cottage cheese discharge after a round of antibiotics: one metronidazole and the itch was gone by the weekend.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "metronidazole",
        "Thick, white, cottage-cheese discharge after antibiotics? That is thrush, and it needs an antifungal, not one of these.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "metronidazole",
        "Thin grey discharge with a fishy smell? A week of these and it's usually gone.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "fluconazole",
        "Thick, white, cottage-cheese discharge after a course of antibiotics? One of these and it's gone in two days.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "metronidazole",
        "Yeast infections? Metronidazole won't touch them: see your pharmacist for an antifungal.",
        MISSTATEMENT,
        ITEM,
    ),
]
