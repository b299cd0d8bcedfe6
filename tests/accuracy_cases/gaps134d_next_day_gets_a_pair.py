"""A missed warfarin dose made up by doubling, told with the day after as the one that gets two, from eval/holdout191 (fg09),
as a class.

Class: a day's tablet missed, slipped by or forgotten, then the next day (by its name, "the next day", "the following
morning") said to get two, a pair or a double ("if a Tuesday slips by, Wednesday gets a pair of the pink tablets so the week
comes out even", "if she forgets Monday's, Tuesday gets two tablets", "whenever a day gets missed, the next day gets a
double"). The label: do not take a double dose to make up (warfarin's `double-missed-dose`, an error). Near misses: the usual
single tablet the next day, two denied, the label's advice.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fg09)
    (
        "warfarin",
        "Harold, who has been on warfarin for eleven years, shared his rule: if a Tuesday slips by, Wednesday "
        "gets a pair of the pink tablets so the week comes out even. Sensible as ever, Harold!",
        MISSTATEMENT,
        "double-missed-dose",
        "error",
    ),
    # a daughter's note
    (
        "warfarin",
        "Mum's system is simple: if she forgets Monday's, Tuesday gets two tablets and the week balances out.",
        MISSTATEMENT,
        "double-missed-dose",
        "error",
    ),
    # a grandson's forum post
    (
        "warfarin",
        "whenever a day gets missed, the next day gets a double, that's how grandad does it",
        MISSTATEMENT,
        "double-missed-dose",
        "error",
    ),
    # a care home's sheet
    (
        "warfarin",
        "If a dose is skipped, the following morning gets both of them with breakfast.",
        MISSTATEMENT,
        "double-missed-dose",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the usual single tablet
    (
        "warfarin",
        "If a Tuesday slips by, Wednesday gets the usual single tablet and you tell the clinic.",
        MISSTATEMENT,
        "double-missed-dose",
    ),
    # denied
    (
        "warfarin",
        "If you miss a day, the next day does not get two tablets; take your usual dose and call the clinic.",
        MISSTATEMENT,
        "double-missed-dose",
    ),
    # the label's advice
    (
        "warfarin",
        "If you miss your dose, take it as soon as you remember that day. Never take two the next day.",
        MISSTATEMENT,
        "double-missed-dose",
    ),
    # the normal dose the next day
    (
        "warfarin",
        "Missed a dose? The next day gets the normal dose, no more, and mention it at your next INR check.",
        MISSTATEMENT,
        "double-missed-dose",
    ),
]
