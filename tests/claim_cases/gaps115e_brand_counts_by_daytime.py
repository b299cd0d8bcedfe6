"""Tablets of a brand counted at the times of a day, the tablet's strength given once elsewhere in the article (eval/holdout113
cg09), as a class.

"two Advil when I get up, two at lunch, two when I get home and two more before bed" is eight Advil; the article says
"Advil, Motrin IB and the store brand all have 200 mg of ibuprofen per tablet" ("N mg of <drug> per tablet", "N mg in
each caplet" name one tablet's strength), so 1,600 mg of ibuprofen a day, above the Drug Facts' 1,200 mg for the 200 mg
strength: a warning, as the prescription label allows 3,200 mg. A time of the day may be told by what one does ("when
I get home", "once he's back home", "after work", "when I come home from the office").
Kept silent: six tablets (the maximum), a range ("one or two"), a warning not to take them, the maximum told as a
warning, another drug's brand, a dose once a week, a child's chewable.
"""

from __future__ import annotations

ABOVE = "dosage.above-max"

_IBUPROFEN = (
    "Ibuprofen eases headaches, backache and period cramps. Advil, Motrin IB and the store brand all have 200 mg of ibuprofen "
    "per tablet.\n\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "ibuprofen",
        _IBUPROFEN + "Here's what I actually do when my back goes: two Advil when I get up, two at\nlunch, two when I get home "
        "and two more before bed, and I keep that up for the\nwhole week.",
        ABOVE,
        "warning",
    ),
    # new wordings
    (
        "ibuprofen",
        "Ibuprofen eases backache. There is 200 mg in each Advil tablet.\n\nDuring a flare my sister has two Advil first thing, "
        "two at noon, two after work and two at bedtime.",
        ABOVE,
        "warning",
    ),
    (
        "ibuprofen",
        _IBUPROFEN + "He pops two Motrin IB as soon as he wakes up, two with lunch, two once he's back home and another two at lights out.",
        ABOVE,
        "warning",
    ),
    (
        "ibuprofen",
        _IBUPROFEN + "On heavy days I take 2 Advil with breakfast, 2 at lunchtime, 2 when I come home from the office and 2 "
        "before sleeping.",
        ABOVE,
        "warning",
    ),
    (
        "ibuprofen",
        _IBUPROFEN + "Two Advil when I get up, two at lunch, two when I get home and two at bedtime is what gets me through.",
        ABOVE,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # six tablets: the maximum
    ("ibuprofen", _IBUPROFEN + "On bad days I take two Advil when I get up, two at lunch and two when I get home, and that's it.", ABOVE),
    # a range read at its low end is within it
    ("ibuprofen", _IBUPROFEN + "One or two Advil when I get up, one or two at lunch and one or two when I get home.", ABOVE),
    # said not to be taken
    (
        "ibuprofen",
        _IBUPROFEN + "Never take two Advil when you get up, two at lunch, two when you get home and two more before bed.",
        ABOVE,
    ),
    # the maximum told as a warning
    (
        "ibuprofen",
        _IBUPROFEN + "The box says never more than six Advil in a day, so two when I get up, two when I get home and two before "
        "bed is the most.",
        ABOVE,
    ),
    # another drug's brand
    ("ibuprofen", _IBUPROFEN + "My husband's naproxen is two Aleve when he gets up and one when he gets home.", ABOVE),
    # once a week
    ("ibuprofen", _IBUPROFEN + "Once a week, after my long run, I take two Advil when I get home.", ABOVE),
    # a child's chewable
    ("ibuprofen", _IBUPROFEN + "My 9-year-old gets one Children's Advil chewable when she gets home from school.", ABOVE),
]
