"""A forgotten warfarin tablet swallowed with the next day's own, told without "double" or "two", from eval/holdout203
(fs02) and eval/holdout204 (ft11, warfarin), as a class.

Class: the tablet forgotten, missed or skipped swallowed the next day "along with that evening's own" ("she swallows the
forgotten tablet next evening along with that evening's own, so her week still adds up"), or the usual tablet and the one
forgotten taken "at the same time", "together" or "in one go" ("If you only notice the next evening, the easy fix is to
swallow your usual tablet and the one you forgot at the same time"): two doses on one day, which the label forbids (never
double the next day; boxed bleeding risk): `double-missed-dose`, an error. Near misses: the advice denied, the forgotten
tablet taken the same day with that day's dinner, the forgotten tablet left out and the usual one taken alone, another
drug's article.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "double-missed-dose"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (fs02, ft11)
    (
        "warfarin",
        "Marge, who has been on warfarin for twelve years, shared her system and got a round of nods: whenever an evening"
        " slips past, she swallows the forgotten tablet next evening along with that evening's own, so her week still adds"
        " up to the right total for the clinic.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "warfarin",
        "Forgot last night's tablet? Don't panic. If it's still the same day when you remember, take it then. If you only"
        " notice the next evening, the easy fix is to swallow your usual tablet and the one you forgot at the same time, so"
        " nothing is lost.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    # new wordings, other voices
    (
        "warfarin",
        "My husband's trick on warfarin: he takes the missed pill the following morning with that morning's one and carries on.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "warfarin",
        "if i skip a night i just pop the one i skipped and my normal tablet in one go the next night, never had a problem",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "warfarin",
        "On Coumadin and forgot Tuesday's? Take your regular tablet and the skipped one together on Wednesday evening.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # denied
    (
        "warfarin",
        "If you only notice the next evening, never swallow your usual tablet and the one you forgot at the same time; just"
        " take the usual one.",
        MISSTATEMENT,
        ITEM,
    ),
    # the same day, with a meal
    (
        "warfarin",
        "If you forget your morning tablet, take the forgotten tablet with that evening's dinner, as long as it is the same day.",
        MISSTATEMENT,
        ITEM,
    ),
    # the forgotten one left out, the usual one alone
    (
        "warfarin",
        "If a tablet is forgotten and you only notice the next day, leave the one you forgot and take your usual tablet at the usual time.",
        MISSTATEMENT,
        ITEM,
    ),
    # the right advice, with "the next" named
    (
        "warfarin",
        "Do not take the forgotten tablet along with the next evening's own; skip it and tell the clinic.",
        MISSTATEMENT,
        ITEM,
    ),
]
