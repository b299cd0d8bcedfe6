"""Diphenhydramine given to a young child so they sleep through a trip or a night, told as a parent's tip, as a class
(holdout85 be12; the Drug Facts: "do not use to make a child sleepy").

"A spoonful of the children's liquid after supper and even my three-year-old settles down and sleeps through most of
the trip": a dose, then the child told in the present, settling first, asleep for most of the trip; also "means the baby
naps through the whole flight", and the child named first ("we give our two-year-old a dose of Benadryl ... and she
sleeps most of the way"). Near misses: the liquid making a child sleepy as a side effect that stopped it, a child asleep
without any medicine, a dose for hives with sleep after it, advice never to do it, an adult sleeping on a flight.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
CHILD_SLEEP = "safe-for-young-children-sleep"

#: (drug, body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "diphenhydramine",
        "Lorna swears by it for the long drive at Christmas. \"A spoonful of the children's liquid after supper and even my "
        'three-year-old settles down and sleeps through most of the trip," she says.',
        MISSTATEMENT,
        CHILD_SLEEP,
        "error",
    ),
    (
        "diphenhydramine",
        "Half a teaspoon of kids' Benadryl before take-off and our toddler was out cold for the whole flight.",
        MISSTATEMENT,
        CHILD_SLEEP,
        "error",
    ),
    (
        "diphenhydramine",
        "We give our two-year-old a dose of Benadryl before long car journeys and she sleeps most of the way.",
        MISSTATEMENT,
        CHILD_SLEEP,
        "error",
    ),
    (
        "diphenhydramine",
        "Our trick for red-eye flights: a squirt of the kids' allergy syrup and the little one sleeps until we land.",
        MISSTATEMENT,
        CHILD_SLEEP,
        "error",
    ),
    ("diphenhydramine", "Benadryl at the airport means the baby naps through the whole flight.", MISSTATEMENT, CHILD_SLEEP, "error"),
    (
        "diphenhydramine",
        "I dose my toddler a little Benadryl at the gate, then she naps most of the flight.",
        MISSTATEMENT,
        CHILD_SLEEP,
        "error",
    ),
]

#: (drug, body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "diphenhydramine",
        "A spoonful of the children's liquid made my three-year-old sleepy, so we stopped it.",
        MISSTATEMENT,
        CHILD_SLEEP,
    ),
    ("diphenhydramine", "My three-year-old sleeps through most of the trip without any medicine at all.", MISSTATEMENT, CHILD_SLEEP),
    (
        "diphenhydramine",
        "We gave our son a spoonful of the children's liquid for his hives and he slept through the night.",
        MISSTATEMENT,
        CHILD_SLEEP,
    ),
    ("diphenhydramine", "Never give the children's liquid so that a toddler sleeps through a long trip.", MISSTATEMENT, CHILD_SLEEP),
    ("diphenhydramine", "I take two tablets before a flight and sleep through most of the trip.", MISSTATEMENT, CHILD_SLEEP),
]
