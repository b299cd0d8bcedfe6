"""One dose of a slow-acting medicine, then relief before the writer is back at an everyday place (miss in
eval/holdout152 dt01), as a class.

Immediate-relief (omeprazole: not for immediate relief, 1 to 4 days for full effect) told by a story: one dose, a bare
"one" or the drug by its name ("He swallows one the moment a spicy lunch starts to repay him, and he tells me he's
comfortable again before he's back at his desk", "Pop a Prilosec after the curry and you'll feel fine again by the time
you get home", "I'm right as rain before I'm back on the sofa", "felt settled before she reached her desk"). Not a daily
course, not relief days later ("on Thursday", "tomorrow", "day four"), not one Tums.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_OMEPRAZOLE = "Omeprazole (Prilosec OTC) treats frequent heartburn.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "omeprazole",
        _OMEPRAZOLE + "One of my regulars keeps a strip of them in his glovebox. He swallows one the moment a spicy lunch starts to"
        " repay him, and he tells me he's comfortable again before he's back at his desk. That's the beauty of it: it's there"
        " when the fire starts.",
        MISSTATEMENT,
        "immediate-relief",
        "warning",
    ),
    (
        "omeprazole",
        _OMEPRAZOLE + "Pop a Prilosec after the curry and you'll feel fine again by the time you get home.",
        MISSTATEMENT,
        "immediate-relief",
        "warning",
    ),
    (
        "omeprazole",
        _OMEPRAZOLE + "I take one when dinner disagrees with me, and I'm right as rain before I'm back on the sofa.",
        MISSTATEMENT,
        "immediate-relief",
        "warning",
    ),
    (
        "omeprazole",
        _OMEPRAZOLE + "She swallowed a capsule in the car park and felt settled before she reached her desk.",
        MISSTATEMENT,
        "immediate-relief",
        "warning",
    ),
    (
        "omeprazole",
        _OMEPRAZOLE + "Take one, and you'll be comfortable again before you're back in the office.",
        MISSTATEMENT,
        "immediate-relief",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "omeprazole",
        _OMEPRAZOLE + "Take one each morning before breakfast, and most people feel better before they're back at work after the weekend.",
        MISSTATEMENT,
        "immediate-relief",
    ),
    (
        "omeprazole",
        _OMEPRAZOLE + "He took one tablet on Monday and felt better by the time he got home on Thursday.",
        MISSTATEMENT,
        "immediate-relief",
    ),
    (
        "omeprazole",
        _OMEPRAZOLE + "Take one capsule a day for 14 days; you may not feel better before you get to day four.",
        MISSTATEMENT,
        "immediate-relief",
    ),
    (
        "omeprazole",
        _OMEPRAZOLE + "He swallowed one Tums and felt fine before he got back to his desk.",
        MISSTATEMENT,
        "immediate-relief",
    ),
]
