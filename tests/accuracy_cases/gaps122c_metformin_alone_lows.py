"""Metformin alone said to send the blood sugar too low (holdout122 cp08), as a class.

"With metformin alone, the sugar many times goes down too much": metformin alone, by itself or on its own said to drop
the sugar too low or to give hypos. Lows with insulin or a sulfonylurea (true), "rarely", "unlikely", a denial and
metformin lowering the sugar stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "hypoglycemia-alone"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "metformin",
        "With metformin alone, the sugar many times goes down too much, especially in the morning.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("metformin", "On metformin by itself your blood sugar often drops too low.", MISSTATEMENT, ITEM, "warning"),
    ("metformin", "Metformin on its own often gives you hypos, so keep glucose tablets handy.", MISSTATEMENT, ITEM, "warning"),
    ("metformin", "Taking metformin alone, your glucose can fall dangerously low overnight.", MISSTATEMENT, ITEM, "warning"),
    ("metformin", "Glucophage by itself frequently causes low blood sugar.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("metformin", "With insulin or a sulfonylurea the sugar can go too low.", MISSTATEMENT, ITEM),
    ("metformin", "Metformin alone rarely causes lows.", MISSTATEMENT, ITEM),
    ("metformin", "If you take metformin with gliclazide, your sugar may drop too low.", MISSTATEMENT, ITEM),
    ("metformin", "With metformin alone, low sugar is unlikely.", MISSTATEMENT, ITEM),
    ("metformin", "On metformin alone your sugar will not go too low, but with insulin it can.", MISSTATEMENT, ITEM),
    ("metformin", "Metformin alone lowers your blood sugar gently.", MISSTATEMENT, ITEM),
]
