"""A young child told by a first name with the age beside it, dosed and then asleep on the trip, from eval/holdout197 (fm09,
diphenhydramine), as a class.

Class: the sedate-child kind's "gave the child a dose, and she was asleep before ..." with the child named ("Mila", "Sam",
"Ava") and the age in an aside ("(she was three at the time)", "(aged 4)", ", who was two at the time,", ", then three,"):
the fragment `named_kid`, and the check now keeps an aside giving a young age after a first name (`_AGE_ASIDE`), which it
used to drop. The Drug Facts label: do not use to make a child sleepy. Near misses: the dose for her hives, an adult named
with his age, the child awake, the practice forbidden.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fm09)
    (
        "diphenhydramine",
        "On the overnight to Lisbon we gave Mila (she was three at the time) a dose of the pink allergy syrup at boarding, and she"
        " was asleep before the seatbelt sign went off. Best trick in the parent playbook.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
        "error",
    ),
    # new wordings, other voices
    (
        "diphenhydramine",
        "We gave Sam, who was two at the time, half a tablet at the gate, and he slept the whole flight.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
        "error",
    ),
    (
        "diphenhydramine",
        "Grandma gave Ava (aged 4) a spoonful of the Benadryl before the drive, and she was out cold before we hit the motorway.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
        "error",
    ),
    (
        "diphenhydramine",
        "My sister gave Leo, then three, a dose of the children's Benadryl at boarding and he slept all the way to Boston.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the dose for her hives
    (
        "diphenhydramine",
        "We gave Mila (she was three at the time) a dose of the pink allergy syrup for her hives, and she slept the whole flight.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
    ),
    # an adult named with his age
    (
        "diphenhydramine",
        "We gave Tom (he was 34 at the time) a dose of Benadryl at boarding, and he was asleep before the seatbelt sign went off.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
    ),
    # the child awake
    (
        "diphenhydramine",
        "We gave Mila (she was three at the time) a dose of the pink allergy syrup at boarding, and she was awake the whole flight.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
    ),
    # the practice forbidden
    (
        "diphenhydramine",
        "Never give Mila (she was three then) a dose of Benadryl to make her sleep on a flight.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
    ),
]
