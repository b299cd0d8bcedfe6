"""A pronoun used after a device named earlier in its own sentence stands for the device (eval/holdout110 cd07, a
false error on a montelukast blog), as a class.

"Always keep your blue reliever inhaler with you and use it when you are wheezing or short of breath": "it" is the
inhaler, not montelukast, as it already was when the inhaler was named in the sentence before ("Always carry your blue
reliever inhaler. Use it if you are wheezing"). A pronoun with no device before it, or the drug named, still reads as
the drug taken as an attack comes on.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "stops-asthma-attacks"
_MONTELUKAST = "Montelukast is taken every evening to prevent asthma attacks.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("montelukast", _MONTELUKAST + "Use it when you are wheezing.", MISSTATEMENT, ITEM, "error"),
    ("montelukast", _MONTELUKAST + "Singulair is great: use it when you are wheezing.", MISSTATEMENT, ITEM, "error"),
    (
        "montelukast",
        _MONTELUKAST + "Put the inhaler away; take Singulair as soon as the wheezing starts.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "montelukast",
        _MONTELUKAST + "Always keep your blue reliever inhaler with you and use it when you are wheezing or short of breath.",
        MISSTATEMENT,
        ITEM,
    ),
    ("montelukast", _MONTELUKAST + "Keep your inhaler in your bag, and if you are wheezing, use it.", MISSTATEMENT, ITEM),
    (
        "montelukast",
        _MONTELUKAST + "Carry the puffer everywhere and grab it the moment your chest gets tight.",
        MISSTATEMENT,
        ITEM,
    ),
]
