"""A day's warfarin tablet left over, swallowed with the next day's (holdout77 aw13), as a class.

"When he notices on a Thursday morning that Wednesday's tablet is still sitting in its compartment, he swallows it with
Thursday's": the missed dose is told by the day it belonged to, not by "forget" or "miss", and the double dose by the
next day's tablet ("with Tuesday's", "alongside today's" after yesterday's, "last night's and tonight's together",
"with the next day's dose"). A meal of that day ("with Thursday's dinner"), a denial, a pill box filled for two days,
two days' doses each with its meal, and the question answered no stay quiet.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "double-missed-dose"

_WARFARIN = "Warfarin prevents blood clots. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "warfarin",
        _WARFARIN + "His one shortcut came from another patient in the clinic waiting room years ago. When he notices on a Thursday "
        "morning that Wednesday's tablet is still sitting in its compartment, he swallows it with Thursday's, so the week "
        "comes out the way the clinic planned.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "warfarin",
        _WARFARIN + "If Monday's tablet is still in the box on Tuesday, just take it along with Tuesday's.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "warfarin",
        _WARFARIN + "My mum keeps it simple: she pops yesterday's tablet alongside today's and carries on.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "warfarin",
        _WARFARIN + "Left one behind? I take last night's and tonight's together, and my INR has never complained.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "warfarin",
        _WARFARIN + "Whenever she spots a leftover in the organiser, she has it with the next day's dose.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "warfarin",
        _WARFARIN + "If you find Wednesday's tablet still in its compartment on Thursday, do not take it with Thursday's; tell the clinic.",
        MISSTATEMENT,
        ITEM,
    ),
    ("warfarin", _WARFARIN + "Take it with Thursday's dinner if that is easier to remember.", MISSTATEMENT, ITEM),
    ("warfarin", _WARFARIN + "If you remember later the same day, take it with tonight's meal.", MISSTATEMENT, ITEM),
    ("warfarin", _WARFARIN + "He fills Monday's and Tuesday's compartments every Sunday night.", MISSTATEMENT, ITEM),
    ("warfarin", _WARFARIN + "She takes Monday's dose with breakfast and Tuesday's with dinner.", MISSTATEMENT, ITEM),
    (
        "warfarin",
        _WARFARIN + "Should you take the missed tablet with the next day's? No: the label says never double up.",
        MISSTATEMENT,
        ITEM,
    ),
]
