"""A reliever used all day told as normal: by a peace made with it in the next sentence, as what the month is, or as not
worth an appointment: "Some of those weeks I'm on the blue one morning, noon and night, and before and after every run.
I've made my peace with it. That's simply what April is in tree-pollen country, and it isn't worth an appointment"
(eval/holdout177 es07; albuterol `more-use-is-normal`). Near misses: an appointment said to be worth it, a peace made with
carrying the inhaler, heavy use called not normal, and a dose before exercise."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "more-use-is-normal"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "albuterol",
        "Every April the oaks here dust the whole trail yellow. Some of those weeks I'm on the blue one morning, noon and night, "
        "and before and after every run. I've made my peace with it. That's simply what April is in tree-pollen country, and it "
        "isn't worth an appointment.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("albuterol", "In May I'm puffing on my reliever round the clock, but it's not worth a trip to the GP.", MISSTATEMENT, ITEM, "warning"),
    (
        "albuterol",
        "He uses his blue inhaler morning, noon and night when the hay is cut. He's made his peace with it.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("albuterol", "Some weeks she's on the blue one all day long; that's what June is like around here.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("albuterol", "If you're on the blue one morning, noon and night, that is worth an appointment this week.", MISSTATEMENT, ITEM),
    ("albuterol", "I carry my blue inhaler everywhere and I've made my peace with it.", MISSTATEMENT, ITEM),
    ("albuterol", "Using your reliever morning, noon and night is not normal: see your nurse.", MISSTATEMENT, ITEM),
    ("albuterol", "Take two puffs before every run; that's what it's for.", MISSTATEMENT, ITEM),
]
