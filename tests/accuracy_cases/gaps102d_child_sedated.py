"""A sedating antihistamine given to a young child to make them sleep, told as a tip (holdout101 bu10), as a class.

"Half of one of the pink 25 mg tablets crushed into apple sauce before boarding, and our three-year-old snoozes from
take-off to landing": a dose told by the tablet's look or part (no drug name), then a young child asleep for the trip or
the night; the child asleep "on half a tablet"; a dose "to make the toddler drowsy"; a tablet that "knocks our
five-year-old out". The label says not to use it to make a child sleepy (the `sedate-child` kind). A dose for the
child's hives with sleep after it (a side effect), sleep without medicine, a prohibition, a supposition, a correction,
the adult's own sleep, another medicine and the label's children's dose stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "safe-for-young-children-sleep"

_DIPHENHYDRAMINE = "Diphenhydramine relieves allergy symptoms. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "diphenhydramine",
        _DIPHENHYDRAMINE + "**TravelDad88:** We swear by this. Half of one of the pink 25 mg tablets crushed into apple sauce "
        "before boarding, and our three-year-old snoozes from take-off to landing. Best flight we have ever had.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "diphenhydramine",
        "Benadryl relieves allergy symptoms. A quarter of a tablet in her juice at the gate, and my two-year-old was out cold "
        "until we landed.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "diphenhydramine",
        _DIPHENHYDRAMINE + "Our four-year-old slept the whole drive to Cornwall on half a tablet.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "diphenhydramine",
        "Benadryl relieves allergy symptoms. Top parent hack: half a caplet to make the toddler drowsy before a long drive.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "diphenhydramine",
        _DIPHENHYDRAMINE + "One of the little pink tablets before boarding knocks our five-year-old straight out.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "diphenhydramine",
        _DIPHENHYDRAMINE + "We gave him half a tablet for his hives, and our four-year-old slept through the night.",
        MISSTATEMENT,
        ITEM,
    ),
    ("diphenhydramine", _DIPHENHYDRAMINE + "Our three-year-old slept the whole flight without any medicine at all.", MISSTATEMENT, ITEM),
    ("diphenhydramine", _DIPHENHYDRAMINE + "Never give half a tablet to make a toddler sleepy before a flight.", MISSTATEMENT, ITEM),
    (
        "diphenhydramine",
        _DIPHENHYDRAMINE + "If you give half a tablet and your three-year-old sleeps the whole flight, you have sedated a child "
        "the label says must not be given it.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "diphenhydramine",
        _DIPHENHYDRAMINE + "Half of one of the pink 25 mg tablets crushed into apple sauce before boarding, and our "
        "three-year-old snoozes from take-off to landing. Please don't do this.",
        MISSTATEMENT,
        ITEM,
    ),
    ("diphenhydramine", _DIPHENHYDRAMINE + "One 25 mg tablet at bedtime, and I sleep through the night.", MISSTATEMENT, ITEM),
    (
        "diphenhydramine",
        _DIPHENHYDRAMINE + "A window seat and a new colouring book, and our three-year-old slept the whole flight.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "diphenhydramine",
        _DIPHENHYDRAMINE + "Children 6 to 11 years: half to one 25 mg tablet every 4 to 6 hours for hay fever.",
        MISSTATEMENT,
        ITEM,
    ),
]
