"""A direct oral anticoagulant told as coming with warfarin's clotting checks, the inr-monitoring kind with the drug first:
"With Eliquis you'll still go in every month for the finger-prick to check your number, same as the old days"
(eval/holdout181 ew10; apixaban `inr-monitoring`: no "needs INR monitoring", the finger-prick told as part of being on it).
Near misses: no finger-prick (the check's negation), a kidney blood test, warfarin's checks set against it, and the checks
told of warfarin only."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "inr-monitoring"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "apixaban",
        "Ernesto was on warfarin years ago, so he asked about the blood work. With Eliquis you'll still go in every month for "
        "the finger-prick to check your number, same as the old days.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "apixaban",
        "On apixaban, you go to the clinic every four weeks for a finger-prick check of your number.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "apixaban",
        "Once you're on Eliquis, expect a finger-prick blood test every few weeks to see where your number is.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("apixaban", "While she's on apixaban, Mum has her clotting checked at the surgery every month.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("apixaban", "With Eliquis there's no finger-prick check every month, unlike the old days on warfarin.", MISSTATEMENT, ITEM),
    ("apixaban", "With Eliquis you'll still go in once a year for a blood test of your kidneys.", MISSTATEMENT, ITEM),
    ("apixaban", "With Eliquis you won't need the monthly finger-prick any more.", MISSTATEMENT, ITEM),
    ("apixaban", "On apixaban, unlike warfarin, nobody checks your INR.", MISSTATEMENT, ITEM),
    ("apixaban", "On warfarin you went in every month for the finger-prick; on Eliquis you don't.", MISSTATEMENT, ITEM),
]
