"""An NSAID's heart attack and stroke risk denied in lay words (holdout106 bz11), as a class shared by the NSAIDs.

"If you're fit enough to do an Ironman, a few Advil a week can't touch your heart": the boxed warning of ibuprofen,
naproxen and meloxicam (heart attack and stroke, also in people without heart disease) denied by the heart said to be
untouched or unharmed, no risk to it, safe for it, or nothing to fear from the drug (the shared kind `no-heart-risk`).
The warning itself, a heart-healthy diet, aspirin said of the heart, heart rate, a question and a belief refuted stay
silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "no-heart-risk"

_IB = "Ibuprofen eases pain. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "ibuprofen",
        'Mark isn\'t worried. "That heart stuff is about old guys with bad tickers," he says. "If you\'re fit enough to '
        "do an Ironman, a few Advil a week can't touch your heart. My cardiologist friend says the same.\"",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "ibuprofen",
        "Ibuprofen is a common painkiller. If you are healthy, it won't hurt your heart.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "naproxen",
        "Naproxen is no risk to a healthy heart, so runners can take it before a race.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "meloxicam",
        "I take meloxicam for my knees. Honestly, your heart has nothing to fear from a daily Mobic.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "ibuprofen",
        "Advil is perfectly safe for your heart if you only take it now and then.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("naproxen", "There's no heart risk with the odd Aleve.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    ("ibuprofen", "Ibuprofen can raise the risk of heart attack and stroke, even in healthy people.", MISSTATEMENT, ITEM),
    ("ibuprofen", _IB + "Eat a heart-healthy diet and keep active.", MISSTATEMENT, ITEM),
    (
        "ibuprofen",
        _IB + "Low-dose aspirin won't hurt your heart; it protects it, but ibuprofen can block that effect.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "ibuprofen",
        _IB + "Some people think a few Advil can't hurt your heart, but the label warns otherwise.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "ibuprofen",
        _IB + "Ibuprofen doesn't change your heart rate, but it can raise blood pressure.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "ibuprofen",
        _IB + "Does ibuprofen hurt your heart? It can raise the risk of heart attack.",
        MISSTATEMENT,
        ITEM,
    ),
    ("ibuprofen", "Ibuprofen won't protect your heart the way aspirin does.", MISSTATEMENT, ITEM),
]
