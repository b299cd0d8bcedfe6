"""A missed warfarin tablet told as swallowed with the next day's or evening's one, by what was missed or by its day, also
in a leaflet's passive: "**If you forget a dose:** the one you missed can be swallowed together with your next evening
tablet, so that you still get the full amount over the week" (eval/holdout180 ev01; warfarin `double-missed-dose`). Near
misses: the same evening's catch-up, a meal, and a denial."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "double-missed-dose"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "warfarin",
        "**If you forget a dose:** the one you missed can be swallowed together with your next evening tablet, so that you "
        "still get the full amount over the week. Write it in your record book.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("warfarin", "If you forget a tablet, the missed one should be taken along with the next day's dose.", MISSTATEMENT, ITEM, "error"),
    ("warfarin", "Forgot Tuesday's tablet? It can simply be added to Wednesday's.", MISSTATEMENT, ITEM, "error"),
    ("warfarin", "When Dad misses one, we give him the forgotten tablet with his next evening dose.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "warfarin",
        "If you forget a dose, take it the same day when you remember; the missed one should never be taken with your next dose.",
        MISSTATEMENT,
        ITEM,
    ),
    ("warfarin", "The one you missed can be taken later the same evening, but not with your next day's tablet.", MISSTATEMENT, ITEM),
    ("warfarin", "The missed one can be swallowed with your evening meal if you remember before bed.", MISSTATEMENT, ITEM),
    (
        "warfarin",
        "If you forget a dose, do not take the missed one together with your next evening tablet; skip it and tell the clinic.",
        MISSTATEMENT,
        ITEM,
    ),
]
