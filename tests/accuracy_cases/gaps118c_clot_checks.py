"""A direct oral anticoagulant said to need warfarin's clotting checks, in lay words (holdout116 cj03), as a class.

"Like with warfarin, you'll pop into the lab every month or so so the clinic can see how thin your blood is running
and adjust your tablets": the check of how thin the blood is, or regular trips to the lab or clinic for it, said of
the drug, by its likeness to warfarin or of the drug itself, is the INR monitoring its label says is not useful.
Kidney blood tests (true), "unlike warfarin", a denial and warfarin's own INR stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "inr-monitoring"
_APIXABAN = "Apixaban is a blood thinner that lowers the risk of stroke. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "apixaban",
        "Will I need regular blood tests? Yes. Like with warfarin, you'll pop into the lab every month or so so the clinic can "
        "see how thin your blood is running and adjust your tablets. Bring your yellow booklet along each time.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "apixaban",
        _APIXABAN + "Just as with warfarin, the nurse will want to know how fast your blood clots, so expect a visit every few weeks.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "apixaban",
        _APIXABAN + "Eliquis means nipping down to the clinic every fortnight so they can tweak the dose.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "apixaban",
        _APIXABAN + "Much like Coumadin, there are monthly trips to the lab, where they check how thin your blood is.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "apixaban",
        _APIXABAN + "Like with warfarin, you'll pop into the lab every year or so so the clinic can check your kidneys.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "apixaban",
        _APIXABAN + "Unlike warfarin, you will not need to pop into the lab every month to see how thin your blood is.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "apixaban",
        _APIXABAN + "If you took warfarin before, you will remember popping into the clinic every month to see how thin your blood "
        "was; apixaban needs none of that.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "apixaban",
        _APIXABAN + "Your doctor will arrange a blood test every six months to check your kidneys and liver.",
        MISSTATEMENT,
        ITEM,
    ),
]
