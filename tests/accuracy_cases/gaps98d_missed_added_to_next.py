"""A forgotten warfarin tablet added to the next day's dose (holdout97 bq13), as a class.

"if a tablet gets forgotten, he just adds it to the next evening's dose so his total for the week comes out right": a
missed tablet added, tacked or folded onto tomorrow's or the next dose is a double dose. Adding it to a pill organiser or a
chart, a denial and the same day's catch-up stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "double-missed-dose"

_WARFARIN = "Warfarin thins the blood. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "warfarin",
        _WARFARIN + "Dad's trick, which his old nurse told him: if a tablet gets forgotten, he just adds it to the next "
        "evening's dose so his total for the week comes out right.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("warfarin", _WARFARIN + "Missed one? Tack the missed tablet onto tomorrow's dose and carry on.", MISSTATEMENT, ITEM, "error"),
    ("warfarin", _WARFARIN + "When I forget, I fold it into my next dose so nothing is lost.", MISSTATEMENT, ITEM, "error"),
    ("warfarin", _WARFARIN + "She simply added the forgotten one to Thursday's tablets.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("warfarin", _WARFARIN + "If you forget a tablet, do not add it to the next day's dose.", MISSTATEMENT, ITEM),
    ("warfarin", _WARFARIN + "If he forgets, he adds it to his pill organiser as soon as he remembers that day.", MISSTATEMENT, ITEM),
    ("warfarin", _WARFARIN + "Write the missed dose down and add it to the next clinic's record.", MISSTATEMENT, ITEM),
    ("warfarin", _WARFARIN + "Never add a forgotten tablet to tomorrow's dose; skip it and tell your clinic.", MISSTATEMENT, ITEM),
]
