"""Metronidazole credited with clearing thrush told by its signs (eval/holdout118 cl05, a translated handout: "If the
woman has also the thick white discharge like cottage cheese, with strong itching, the same tablets clean this away
too"): the wrong-germ kind, with "the same tablets" in the plural, a discharge "like curd" or "curdy white", and the
cleaning-away of a translation. Not the signs of bacterial vaginosis (its approved use), not an antifungal named for
thrush, not thrush as a side effect, not a denial.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "treats-yeast-infections"

_BV = "Metronidazole treats bacterial vaginosis and trichomoniasis. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "metronidazole",
        _BV + "If the woman has also the thick white discharge like cottage cheese, with strong itching, the same tablets clean "
        "this away too, so she does not need a second medicine.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "metronidazole",
        _BV + "Itching down below with a thick, white, cottage-cheese discharge? The same tablets clean this up as well.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "metronidazole",
        _BV + "If you also notice a curdy white discharge and itching, these tablets will clear that too.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "metronidazole",
        _BV + "Thick white discharge and an itch that drives you mad: the same pills get rid of this as well.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "metronidazole",
        _BV + "When there is also a white discharge like curd, the metronidazole cleans this away.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("metronidazole", _BV + "If the discharge is grey and smells like fish, the same tablets clean this away.", MISSTATEMENT, ITEM),
    ("metronidazole", _BV + "For thrush you need a different medicine (fluconazole).", MISSTATEMENT, ITEM),
    (
        "metronidazole",
        _BV + "Metronidazole can cause thrush; if you get a thick white discharge with itching, the same tablets do not clear it, "
        "so ask for an antifungal.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "metronidazole",
        _BV + "Thick white discharge like cottage cheese is thrush, a yeast infection; fluconazole clears this, not metronidazole.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "metronidazole",
        _BV + "For thrush, with its thick white discharge and itching, you need a different medicine (fluconazole); these tablets "
        "will not clean this away.",
        MISSTATEMENT,
        ITEM,
    ),
]
