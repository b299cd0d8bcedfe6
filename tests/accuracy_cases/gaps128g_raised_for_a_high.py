"""Lamotrigine (maintenance only) raised for a spell to end a mood episode told by its coming on: "When I feel a high
building ..., my psychiatrist lets me go up an extra 50 for a week, and that reels me back in before it really takes off"
(eval/holdout145 dm02). Near misses: the titration's steps, a raise said not to help, another medicine for the high."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "acute-bipolar-episodes"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "lamotrigine",
        "**driftwood_jules:** Here's my tip. When I feel a high building (talking over everyone, three hours of sleep and still "
        "buzzing), my psychiatrist lets me go up an extra 50 for a week, and that reels me back in before it really takes off. "
        "Worth asking yours about.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "lamotrigine",
        "If you notice a low creeping in, ask your doctor whether you can go up another 25 for a fortnight to pull you out of it.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "lamotrigine",
        "My consultant says that when a crash is on the way, bumping the dose up for a week gets me back to earth.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "lamotrigine",
        "Whenever my son's high starts, his psychiatrist doubles his Lamictal for a few days to calm him down.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "lamotrigine",
        "If you feel a high building, ring your psychiatrist: lamotrigine is for keeping episodes away, and raising it won't bring "
        "a high down.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "lamotrigine",
        "We go up an extra 25 every two weeks to get you to the target dose, and that slow climb is what keeps the rash risk low.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "lamotrigine",
        "When I feel a high building, I call my psychiatrist, who adds a short course of another medicine to settle it; my "
        "lamotrigine stays the same.",
        MISSTATEMENT,
        ITEM,
    ),
]
