"""Lamotrigine raised for a spell to end a mood episode (holdout103 bw07), as a class.

"We can raise your lamotrigine for a few days to bring you back down": the dose put up (raised, upped, bumped, doubled)
to bring someone down from a high, lift them out of a low or until the episode passes is lamotrigine used for an acute
mood episode, which the label does not support (maintenance only; the dose goes up slowly, for the rash). The slow
titration, raising it to control seizures or to reach the target dose, a denial and the maintenance use stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "acute-bipolar-episodes"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "lamotrigine",
        "If you feel a high coming on, ring the clinic. We can raise your lamotrigine for a few days to bring you back down, "
        "so you may not need another medicine.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "lamotrigine",
        "When a manic spell starts, the team may up your dose for a week to calm you back down.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "lamotrigine",
        "Feeling the low creeping in? Your psychiatrist can bump your Lamictal up until the dip passes.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "lamotrigine",
        "If I feel myself getting too high, my doctor doubles my lamotrigine for a couple of days to bring me back to earth.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("lamotrigine", "We raise your lamotrigine slowly over six weeks to lower the risk of a serious rash.", MISSTATEMENT, ITEM),
    ("lamotrigine", "Your doctor will increase it every two weeks to get you up to 200 mg.", MISSTATEMENT, ITEM),
    ("lamotrigine", "We increase the dose slowly to bring your seizures under control.", MISSTATEMENT, ITEM),
    (
        "lamotrigine",
        "If you feel a high coming on, ring the clinic. Raising your lamotrigine will not bring you back down; we may add "
        "another medicine.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "lamotrigine",
        "Lamotrigine helps to delay mood episodes when taken every day; it is not used to bring you down from a high.",
        MISSTATEMENT,
        ITEM,
    ),
]
