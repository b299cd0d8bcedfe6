"""A drug with a fetal-harm warning said harmless to a baby at a low dose, or continued once pregnant as advice
(eval/holdout118 cl12: "At the small weekly doses used for arthritis, the amount reaching the baby is too little to cause
harm, so keep taking your tablet on your usual day until you see your rheumatologist"): the safe-in-pregnancy kind
(too little, too low, nowhere near enough to harm the baby; the little reaching it harmless), and methotrexate's own
"keep taking it" once pregnant. Not stopping when pregnant, not contraception, not the low dose still harmful, not breast
milk, not lithium kept on until the psychiatrist is seen (a drug not to stop suddenly).
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-safe-in-pregnancy"
#: the same kind's item in the other drugs' facts
KIND_ITEM = "safe-in-pregnancy"

_MTX = "Methotrexate is taken once a week for rheumatoid arthritis. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "methotrexate",
        _MTX + "No need to panic. At the small weekly doses used for arthritis, the amount reaching the baby is too little to "
        "cause harm, so keep taking your tablet on your usual day until you see your rheumatologist.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "methotrexate",
        _MTX + "At the low doses used for arthritis, methotrexate is too weak to hurt an unborn baby.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("methotrexate", _MTX + "The weekly arthritis dose is far too small to do any harm to the baby.", MISSTATEMENT, ITEM, "error"),
    (
        "methotrexate",
        _MTX + "Only a tiny amount crosses the placenta, nowhere near enough to harm your baby.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("methotrexate", _MTX + "The little that gets to the baby at these doses is harmless.", MISSTATEMENT, ITEM, "error"),
    (
        "methotrexate",
        _MTX + "If you find out you're pregnant, keep taking your tablet on your usual day until you see your rheumatologist.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "methotrexate",
        _MTX + "Just found out you're expecting? Carry on with your weekly dose until your next clinic appointment.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("methotrexate", _MTX + "Stop methotrexate and call us straight away if you become pregnant.", MISSTATEMENT, ITEM),
    ("methotrexate", _MTX + "Use reliable contraception during treatment and for 6 months after the last dose.", MISSTATEMENT, ITEM),
    ("methotrexate", _MTX + "Even the low dose used for arthritis can harm a baby.", MISSTATEMENT, ITEM),
    ("methotrexate", _MTX + "If you become pregnant, stop methotrexate, but keep taking your folic acid.", MISSTATEMENT, ITEM),
    ("methotrexate", _MTX + "Use contraception during treatment, and keep taking it once a week.", MISSTATEMENT, ITEM),
    ("ibuprofen", "Ibuprofen passes into breast milk in amounts too small to harm the baby.", MISSTATEMENT, KIND_ITEM),
    (
        "ibuprofen",
        "If you are breastfeeding, only a tiny amount passes into breast milk, too little to harm the baby.",
        MISSTATEMENT,
        KIND_ITEM,
    ),
    (
        "lithium",
        "If you find out you're pregnant, keep taking your lithium until you see your psychiatrist; do not stop suddenly.",
        MISSTATEMENT,
        KIND_ITEM,
    ),
]
