"""A medicine called harmless as what it is (eval/holdout119 cm10): "in the right hands it's a harmless little pill", "a harmless
sleep aid", "these are harmless tablets"; and "as safe as houses". Near misses: dummy pills ("the last seven tablets are harmless
sugar pills"), negated ("it is not a harmless little pill", "No sleeping pill is a harmless pill"), something else harmless ("the
white coating is harmless"), a belief corrected, a cited claim."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

_ZOLPIDEM = "Zolpidem is a sleeping pill for short-term insomnia. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "zolpidem",
        "A sleep physician at a university hospital, who asked not to be named, is relaxed about the drug. "
        '"In the right hands it\'s a harmless little pill," she says.',
        ABSOLUTE,
        "error",
    ),
    ("zolpidem", _ZOLPIDEM + "It's a harmless little tablet that helps you nod off.", ABSOLUTE, "error"),
    ("zolpidem", _ZOLPIDEM + "Think of it as a harmless sleep aid.", ABSOLUTE, "error"),
    ("ibuprofen", "Ibuprofen is a painkiller. Ibuprofen is a harmless medicine you can take whenever.", ABSOLUTE, "error"),
    ("cetirizine", "Cetirizine treats hay fever. These are harmless tablets, so take as many as you like.", ABSOLUTE, "error"),
    ("ibuprofen", "Ibuprofen is a painkiller. It's as safe as houses.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("zolpidem", _ZOLPIDEM + "It is not a harmless little pill.", ABSOLUTE),
    ("norethindrone", "Norethindrone prevents pregnancy. The last seven tablets are harmless sugar pills.", ABSOLUTE),
    ("zolpidem", _ZOLPIDEM + "No sleeping pill is a harmless little pill.", ABSOLUTE),
    ("zolpidem", _ZOLPIDEM + "The white coating is harmless.", ABSOLUTE),
    ("zolpidem", _ZOLPIDEM + "Many people think of sleeping pills as harmless, but they can cause falls.", ABSOLUTE),
    (
        "zolpidem",
        _ZOLPIDEM + "In short-term studies it was a harmless little pill for most people [1].",
        ABSOLUTE,
    ),
]
