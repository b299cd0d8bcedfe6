"""A drug's level checks let go or dropped altogether, told by a diary, from eval/holdout221 (gk01, lithium), as a class.

Class: the blood tests, in clinical words or slang, let go, let slide or lapse, or dropped, given up or stopped
"altogether", "completely", "for good" ("Since the summer we have let the level checks go altogether"). Lithium's serum
level and warfarin's INR must keep being measured (boxed warning; label 2 DOSAGE AND ADMINISTRATION): the shared
`no-monitoring` kind, an error. Near misses: harm told after it, fewer (the weekly checks), after the drug is stopped,
denied, another thing let go.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "no-blood-tests-needed"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (gk01)
    (
        "lithium",
        (
            "**30 September.** Since the summer we have let the level checks go altogether. She has been on the "
            "same dose for well over a year and hasn't had a single wobble, and by that stage you don't need the "
            "needle every few months."
        ),
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    # new wordings, other voices
    ("lithium", "Once she was stable, we let her bloods slide and she has been fine.", MISSTATEMENT, ITEM, "error"),
    # dropped completely
    ("lithium", "He dropped the lithium level checks completely after the second year.", MISSTATEMENT, ITEM, "error"),
    # let lapse on agreement
    ("lithium", "My psychiatrist and I agreed to let the blood tests lapse now that I'm settled.", MISSTATEMENT, ITEM, "error"),
    # warfarin's INR checks given up altogether
    ("warfarin", "Mum gave up the INR checks altogether once her numbers were steady.", MISSTATEMENT, "no-inr-tests-needed", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # harm told after it
    ("lithium", "We let the blood tests slide last winter and she ended up in hospital with a toxic level.", MISSTATEMENT, ITEM),
    # fewer, not none
    ("lithium", "We let the weekly checks go once she was stable; now it is every three months.", MISSTATEMENT, ITEM),
    # after the drug is stopped
    ("lithium", "When she stopped taking lithium, we let the level checks go altogether.", MISSTATEMENT, ITEM),
    # denied
    ("lithium", "Never let the level checks go, even when you feel well.", MISSTATEMENT, ITEM),
    # another thing let go
    ("lithium", "We let the gym membership go altogether.", MISSTATEMENT, ITEM),
]
