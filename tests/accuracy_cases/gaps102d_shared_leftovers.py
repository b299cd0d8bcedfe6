"""Another person's leftover isotretinoin taken as the writer's own (holdout100 bt10), as a class.

"my cousin finished her course early and still had a whole strip left over, so I finished those first": a relative's or
friend's leftovers told first and then taken by a pronoun ("those", "them", "the rest"), or handed over ("my sister gave
me the rest of her capsules"), is sharing a drug that is dispensed only to its registered patient (iPLEDGE). Leftovers
returned to the pharmacy, a refusal, a supposition, a denial, a correction after it and another medicine stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "share-with-others"

_ISOTRETINOIN = "Isotretinoin treats severe acne. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "isotretinoin",
        _ISOTRETINOIN + "Also, my cousin finished her course early and still had a whole strip left over, so I finished "
        "those first before my next refill. Why waste them?",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "My flatmate had a box spare after her derm stopped her course, and I used them up over the summer.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "isotretinoin",
        "Accutane clears stubborn acne. My big sister gave me the rest of her capsules when she finished, which saved me a month's co-pay.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "My boyfriend didn't need his last few weeks' worth, so I took them to bridge the gap until my refill.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("isotretinoin", _ISOTRETINOIN + "My cousin had a whole strip left over, so she took them back to the pharmacy.", MISSTATEMENT, ITEM),
    (
        "isotretinoin",
        _ISOTRETINOIN + "My cousin had a whole strip left over, so I told her to return them to the pharmacy.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "My friend offered me her spare capsules, but I said no: they are prescribed to her alone.",
        MISSTATEMENT,
        ITEM,
    ),
    ("isotretinoin", _ISOTRETINOIN + "If your sister has capsules left over, never take them yourself.", MISSTATEMENT, ITEM),
    (
        "isotretinoin",
        _ISOTRETINOIN + "Suppose your cousin has a whole strip left over and you take them: that breaks iPLEDGE.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "My cousin had a whole strip left over, so I finished those first. Please don't do this.",
        MISSTATEMENT,
        ITEM,
    ),
    ("isotretinoin", _ISOTRETINOIN + "I had a few capsules left over, so I took them back to the pharmacy.", MISSTATEMENT, ITEM),
    ("isotretinoin", _ISOTRETINOIN + "My friend had some ibuprofen spare, so I took it for my headache.", MISSTATEMENT, ITEM),
]
