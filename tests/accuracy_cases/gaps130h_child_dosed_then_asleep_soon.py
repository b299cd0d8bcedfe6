"""A young child given a dose, then told by a pronoun as asleep soon after, by a moment of the trip: the sedate-child kind
told as a parent's story ("we gave our three-year-old a dose of the pink children's liquid right after takeoff, and he was
out cold before the drinks cart came round", eval/holdout161 ec08; diphenhydramine `safe-for-young-children-sleep`, the
kind's new wording of the child named as the one given the dose, and its `sleep_soon` fragment). Near misses: a dose for
the child's hives, the child wide awake, the dose denied, sleep without it, and a biscuit in place of a dose."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "safe-for-young-children-sleep"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "diphenhydramine",
        "Now the trick every parent of a bad flyer should know. On the red-eye to Lisbon last spring we gave our three-year-old "
        "a dose of the pink children's liquid right after takeoff, and he was out cold before the drinks cart came round. Our "
        "pediatric nurse friend swears by it for long-haul.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "diphenhydramine",
        "Grandma slipped my two-year-old a spoonful of the kids' syrup at the gate, and she was asleep before the plane took off.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "diphenhydramine",
        "We dosed our son a squirt of Benadryl before the drive, then he was sound asleep within minutes of setting off.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "diphenhydramine",
        "I give my toddler half a tablet in her juice at boarding and she is fast asleep by the time we reach cruising altitude.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "diphenhydramine",
        "We gave our three-year-old a dose of the children's liquid for her hives, and she was asleep before the drinks cart came round.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "diphenhydramine",
        "We gave our three-year-old a dose of the children's liquid and he was wide awake before the drinks cart came round.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "diphenhydramine",
        "We never gave our three-year-old a dose of the children's liquid, and he was still out cold before the drinks cart came round.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "diphenhydramine",
        "We gave our three-year-old a biscuit right after takeoff, and he was out cold before the drinks cart came round.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "diphenhydramine",
        "Our three-year-old was out cold before the drinks cart came round without any medicine at all.",
        MISSTATEMENT,
        ITEM,
    ),
]
