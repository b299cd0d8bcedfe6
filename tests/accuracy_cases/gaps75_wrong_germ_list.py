"""The other kind of germ's infection at the end of a list of what the drug is for (holdout67 am04), as a class.

"It's the go-to for most of the vaginal infections we see at the counter, too, whether that's BV, trich, or the thick,
itchy, cottage-cheese discharge that flares up after a course of other antibiotics": a yeast infection, told by its
signs, listed with what metronidazole does treat. A list that sets the other infection apart ("but not thrush"), or
hands it to another medicine, stays silent."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
YEAST = "treats-yeast-infections"
BACTERIA = "treats-bacterial-infections"
_LEAD = "This medicine is common. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "metronidazole",
        _LEAD + "It's the go-to for most of the vaginal infections we see at the counter, too, whether that's BV, trich, or the "
        "thick, itchy, cottage-cheese discharge that flares up after a course of other antibiotics.",
        MISSTATEMENT,
        YEAST,
        "warning",
    ),
    ("metronidazole", _LEAD + "Metronidazole treats BV, trichomoniasis and thrush.", MISSTATEMENT, YEAST, "warning"),
    ("metronidazole", _LEAD + "Flagyl is great for gum infections, BV and yeast infections too.", MISSTATEMENT, YEAST, "warning"),
    ("fluconazole", _LEAD + "Fluconazole clears thrush, ringworm and even bacterial vaginosis.", MISSTATEMENT, BACTERIA, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("metronidazole", _LEAD + "Metronidazole treats BV and trichomoniasis, but not thrush.", MISSTATEMENT, YEAST),
    ("metronidazole", _LEAD + "Metronidazole treats BV and trichomoniasis; fluconazole is for thrush.", MISSTATEMENT, YEAST),
    ("metronidazole", _LEAD + "It clears BV and trich but not thrush or a yeast infection.", MISSTATEMENT, YEAST),
    ("fluconazole", _LEAD + "Fluconazole treats thrush, ringworm and other fungal infections.", MISSTATEMENT, BACTERIA),
]
