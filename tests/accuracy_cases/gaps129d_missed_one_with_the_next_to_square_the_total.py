"""A missed warfarin tablet given or taken with the next dose so the total comes out right: a double dose told by its
purpose (the week's total, the count, catching up), also by the one who gives it: "My sister ... said the fix is
simple: give him that one along with tonight's, so the week's total comes out right." (eval/holdout151 ds01; warfarin
`double-missed-dose`). Near misses: the label's same-day catch-up told without the make-up purpose, the make-up denied
("Never ...", "Don't ..."), and a tablet given with dinner."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "double-missed-dose"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "warfarin",
        "Thursday. He forgot last night's tablet; I found it still sitting in Wednesday's compartment. My sister, who did twenty "
        "years as a ward clerk, said the fix is simple: give him that one along with tonight's, so the week's total comes out "
        "right. That's what we did, and it's our house rule now.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "warfarin",
        "When Nan misses her Coumadin, I hand her the forgotten tablet with her usual one so the weekly dose stays the same.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "warfarin",
        "If you forget a warfarin tablet, just swallow the missed one alongside tomorrow's to catch up.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "warfarin",
        "Mum's trick: whenever she skips a tablet, she has it together with her next dose so her total for the week evens out.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "warfarin",
        "If you miss a dose, take it as soon as you remember that day. Never take the missed one with tomorrow's to make up for it.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "warfarin",
        "Don't give him the missed tablet along with tonight's so the week's total comes out right; ring the clinic instead.",
        MISSTATEMENT,
        ITEM,
    ),
    ("warfarin", "Give him the tablet with his dinner so the dose is easier to remember.", MISSTATEMENT, ITEM),
    (
        "warfarin",
        "He forgot this morning's tablet, so I gave him the missed one at lunch, as the clinic told us, and his total was fine.",
        MISSTATEMENT,
        ITEM,
    ),
]
