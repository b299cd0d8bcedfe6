"""A drug's level checks told as ended for good, from eval/holdout213 (gc05, lithium), as a class.

Class: the blood tests, in clinical words or slang ("the vampire mornings at the clinic"), said to be finished, over,
done with or behind the person "for good", "forever", "once and for all" ("So the vampire mornings at the clinic are
finished for good, and she only needs to see him once a year"), with no "once" needed. Lithium's serum level and
warfarin's INR must keep being measured (boxed warning; label 2 DOSAGE AND ADMINISTRATION): the shared `no-monitoring`
kind, an error. Near misses: fewer (the weekly tests over), after the drug is stopped or changed for another, denied.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "no-blood-tests-needed"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (gc05)
    (
        "lithium",
        "**March 2, three years on.** Big appointment. Dr. Aziz says Ruth has been on the same dose for so long, and so"
        " steady, that her body has it sorted now. So the vampire mornings at the clinic are finished for good, and she only"
        " needs to see him once a year. Ruth bought cake to celebrate.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    # new wordings, other voices
    ("lithium", "Now that she has been steady for years, her blood tests are over for good.", MISSTATEMENT, ITEM, "error"),
    ("lithium", "The lithium level checks are behind him for good now, his psychiatrist says.", MISSTATEMENT, ITEM, "error"),
    ("lithium", "The vampire appointments are over for good.", MISSTATEMENT, ITEM, "error"),
    ("warfarin", "Her INR checks are over for good now that she is stable.", MISSTATEMENT, "no-inr-tests-needed", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # fewer, not none
    ("lithium", "The weekly blood tests are over for good; now it is every three months.", MISSTATEMENT, ITEM),
    # after the drug is stopped, or changed for another
    ("lithium", "Once he stopped lithium, the blood tests were finished for good.", MISSTATEMENT, ITEM),
    ("warfarin", "When he switched to Eliquis, the INR checks were finished for good.", MISSTATEMENT, "no-inr-tests-needed"),
    # denied
    ("lithium", "The blood tests are not over for good, even when you feel well.", MISSTATEMENT, ITEM),
]
