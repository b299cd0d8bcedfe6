"""The monitoring a drug needs told as stopped, the no-monitoring kind in other words: the checks "behind us" or "a thing of
the past", the while opened by "now that": "Now that Dad's number has sat inside his target for a full year, the clinic
visits are behind us, and with a steady dose that's how it should be for most people" (eval/holdout177 es08; warfarin
`no-inr-tests-needed`, the kind's `no-monitoring` wording of tests ended after a while). Near misses: the drug stopped, the
checks only less frequent, a question answered no, and something else behind us while the checks go on."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "no-inr-tests-needed"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "warfarin",
        "**The following March.** Now that Dad's number has sat inside his target for a full year, the clinic visits are "
        "behind us, and with a steady dose that's how it should be for most people. We haven't been back since and he's fine.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("warfarin", "Now that my INR has been steady since the spring, the blood tests are behind me.", MISSTATEMENT, ITEM, "error"),
    (
        "warfarin",
        "Once Mum's dose settled down, her INR checks were a thing of the past, and she's never felt better.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "lithium",
        "Now that his level has stayed in range for two years, our level checks are finally behind us.",
        MISSTATEMENT,
        "no-blood-tests-needed",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("warfarin", "Now that he has come off warfarin, the INR checks are behind us.", MISSTATEMENT, ITEM),
    (
        "warfarin",
        "Now that Dad's number is steady, the weekly clinic visits are behind us; he goes once a month instead.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "warfarin",
        "Now that Dad's number is steady, the scary first weeks are behind us, but the INR checks carry on every month.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "warfarin",
        "**September.** Missed dose. The clinic said take it the same day if he remembers, but never double up the next day.",
        MISSTATEMENT,
        ITEM,
    ),
]
