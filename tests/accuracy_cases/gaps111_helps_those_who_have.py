"""The drug said to help the people who have the other germ's infection (eval/holdout110 cd04), as a class.

"It helps also the woman who has the thick white discharge and itching down there from the fungus": metronidazole
credited with a yeast infection told by its signs, through the people who have it (the shared `wrong-germ` kind);
likewise fluconazole credited with bacterial vaginosis ("works for women with a fishy smell too"). Not a denial, not
the drug's own infection (BV's signs for metronidazole, thrush for fluconazole).
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
_METRONIDAZOLE = "Metronidazole treats bacterial vaginosis and trichomoniasis.\n\n"
_FLUCONAZOLE = "Fluconazole treats vaginal yeast infections.\n\n"
_YEAST = "treats-yeast-infections"
_BACTERIA = "treats-bacterial-infections"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "metronidazole",
        _METRONIDAZOLE + "It helps also the woman who has the thick white discharge and itching down there from the fungus, "
        "so the same tablets clear this problem too.",
        MISSTATEMENT,
        _YEAST,
        "warning",
    ),
    ("metronidazole", _METRONIDAZOLE + "Flagyl also helps women with a thick, white discharge.", MISSTATEMENT, _YEAST, "warning"),
    ("fluconazole", _FLUCONAZOLE + "Diflucan works for women with a fishy smell too.", MISSTATEMENT, _BACTERIA, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "metronidazole",
        _METRONIDAZOLE + "It does not help the woman who has the thick white discharge; she needs an antifungal.",
        MISSTATEMENT,
        _YEAST,
    ),
    ("metronidazole", _METRONIDAZOLE + "It helps the woman who has a fishy smell and thin grey discharge.", MISSTATEMENT, _YEAST),
    ("fluconazole", _FLUCONAZOLE + "It helps women with thrush.", MISSTATEMENT, _BACTERIA),
]
