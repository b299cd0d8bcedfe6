"""The writer's own isotretinoin handed over by an act, to someone with the same skin (miss in eval/holdout158 dz07),
as a class.

Share-with-others (isotretinoin: never shared, iPLEDGE, birth defects) told as what the writer did with the leftovers
or for someone with the same acne, by a pronoun or "the rest": "Priya ... has the same angry cysts on her back ..., so I
dropped them in her kit bag after parkrun" (dz07), "I had a strip left over ..., and I slipped them into Jess's backpack",
"has the same cystic acne, so I handed the rest to him", "ten spare capsules ..., and I posted them to her". Not the
pharmacy's returns bin, not the pharmacist, not a person dropped off, not a name given, not handed over to be returned.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_ISOTRETINOIN = "Isotretinoin (Accutane) treats severe nodular acne.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "isotretinoin",
        _ISOTRETINOIN + "My course ended with nine capsules still in the box after a refill mix-up. Priya from the Saturday long-run"
        " group has the same angry cysts on her back and her insurance keeps refusing it, so I dropped them in her kit bag after"
        " parkrun. Seemed a waste to bin them.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "I had a strip left over when my dermatologist stopped my course, and I slipped them into Jess's backpack at"
        " practice.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "My teammate has the same cystic acne, so I handed the rest to him after training.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "There were ten spare capsules when I finished, and I posted them to her with a note.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "isotretinoin",
        _ISOTRETINOIN + "I had nine capsules left over, so I dropped them in the pharmacy's returns bin.",
        MISSTATEMENT,
        "share-with-others",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "My friend has the same acne, so I dropped her at the dermatologist's office.",
        MISSTATEMENT,
        "share-with-others",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "I had capsules left over and handed them to the pharmacist to destroy.",
        MISSTATEMENT,
        "share-with-others",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "My sister has the same cysts, so I gave her the name of my dermatologist.",
        MISSTATEMENT,
        "share-with-others",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "I had ten spare capsules, so I handed them to her to return to the pharmacy.",
        MISSTATEMENT,
        "share-with-others",
    ),
]
