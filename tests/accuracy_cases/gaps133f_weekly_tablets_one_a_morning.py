"""Methotrexate's weekly tablets spread one a morning over several days, the tablet told as one of the week's and the meal
it goes with: "Since the spring she has one of her four little yellow tablets with her porridge each morning, Monday
through Thursday" (eval/holdout190 ff04; methotrexate `daily-dosing`, whose spread-over-days wordings now also read "one
of her four ... tablets" and a meal between the tablet and "each morning", with a comma before the days). Near misses: all
four on the one morning, folic acid's tablets, another medicine's tablets, the practice forbidden."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ff04)
    (
        "methotrexate",
        "Doreen found the queasiness hard going. Since the spring she has one of her four little yellow tablets with her"
        " porridge each morning, Monday through Thursday, and says her stomach has thanked her ever since.",
        MISSTATEMENT,
        "daily-dosing",
        "error",
    ),
    # new wordings
    (
        "methotrexate",
        "My husband now has one of his weekly tablets with breakfast every day for four days, which is much kinder on his gut.",
        MISSTATEMENT,
        "daily-dosing",
        "error",
    ),
    (
        "methotrexate",
        "Tip from Sam: one of the six tablets after dinner each night, Sunday to Friday, and no more sickness.",
        MISSTATEMENT,
        "daily-dosing",
        "error",
    ),
    (
        "methotrexate",
        "I swallow one of my little yellow pills with my tea every evening from Monday till Thursday now.",
        MISSTATEMENT,
        "daily-dosing",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # all on the one morning
    (
        "methotrexate",
        "She has all four of her little yellow tablets together with her porridge on Monday morning, and folic acid on the other days.",
        MISSTATEMENT,
        "daily-dosing",
    ),
    # folic acid's tablets
    (
        "methotrexate",
        "One of her folic acid tablets with her porridge each morning, Monday through Saturday, helps with the sickness.",
        MISSTATEMENT,
        "daily-dosing",
    ),
    # another medicine's tablets
    (
        "methotrexate",
        "Doreen has one of her prednisone tablets with her porridge each morning, Monday through Thursday.",
        MISSTATEMENT,
        "daily-dosing",
    ),
    # forbidden
    (
        "methotrexate",
        "Never have one of your weekly tablets with breakfast each morning, Monday through Thursday: the doses must all be"
        " taken on the one day.",
        MISSTATEMENT,
        "daily-dosing",
    ),
]
