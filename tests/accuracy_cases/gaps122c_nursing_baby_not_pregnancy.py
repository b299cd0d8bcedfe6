"""A nursing baby said unharmed through breast milk is not a pregnancy statement (an ibuprofen article), as a class.

"If you are breastfeeding, so little ibuprofen reaches the milk that it will not harm your baby": the safe-in-pregnancy
kind's `unless` leaves a sentence about breast milk or nursing that names no pregnancy. "It will not harm your baby if you
take it while pregnant", "it won't harm the unborn baby" and a sentence naming both pregnancy and breastfeeding still
fire.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "safe-in-pregnancy"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("ibuprofen", "It will not harm your baby if you take it while pregnant.", MISSTATEMENT, ITEM, "warning"),
    ("ibuprofen", "It won't harm the unborn baby.", MISSTATEMENT, ITEM, "warning"),
    ("ibuprofen", "If you are pregnant or breastfeeding, it won't harm your baby.", MISSTATEMENT, ITEM, "warning"),
    ("ibuprofen", "Pregnant? It will not harm your baby, and it is fine in breast milk too.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("ibuprofen", "If you are breastfeeding, so little ibuprofen reaches the milk that it will not harm your baby.", MISSTATEMENT, ITEM),
    ("ibuprofen", "Nursing mothers can relax: the tiny amount in breast milk won't hurt the baby.", MISSTATEMENT, ITEM),
    ("ibuprofen", "It passes into breast milk only in traces and does not harm a feeding baby.", MISSTATEMENT, ITEM),
    ("ibuprofen", "While you are breastfeeding, taking it for a few days will not harm your little one.", MISSTATEMENT, ITEM),
]
