"""A statin the label lets be taken at any time of day (rosuvastatin, atorvastatin) said to work only at night, or a
morning dose said to be wasted (eval/holdout92 bl06: "Crestor only does its job if you swallow it last thing at night
... so a morning dose is wasted"): the night-only kind. Not a habit or a preference ("Many people take it at night"),
nor any time of day allowed.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "must-take-at-night"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "rosuvastatin",
        '"The nurse told me Crestor only does its job if you swallow it last thing at night," he says, "because your liver '
        'makes most of its cholesterol while you sleep, so a morning dose is wasted."',
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("rosuvastatin", "Rosuvastatin only works if it is taken at bedtime.", MISSTATEMENT, ITEM, "warning"),
    ("atorvastatin", "My GP said Lipitor won't work unless you take it before bed.", MISSTATEMENT, ITEM, "warning"),
    ("atorvastatin", "Honestly, a morning tablet is a waste of time with this one.", MISSTATEMENT, ITEM, "warning"),
    ("rosuvastatin", "There's no point taking Crestor at breakfast, my neighbour reckons.", MISSTATEMENT, ITEM, "warning"),
    ("atorvastatin", "You have to take your atorvastatin at night for it to work.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("rosuvastatin", "Many people take rosuvastatin at night because it is easier to remember.", MISSTATEMENT, ITEM),
    ("rosuvastatin", "Take it at night if that suits you; a morning dose works just as well.", MISSTATEMENT, ITEM),
    ("atorvastatin", "Atorvastatin can be taken at any time of day, morning or night.", MISSTATEMENT, ITEM),
    ("rosuvastatin", "It doesn't matter whether you take it in the morning or at night.", MISSTATEMENT, ITEM),
    ("atorvastatin", "A morning dose is fine.", MISSTATEMENT, ITEM),
    ("rosuvastatin", "Crestor doesn't only work when taken at night: any time of day is fine.", MISSTATEMENT, ITEM),
]
