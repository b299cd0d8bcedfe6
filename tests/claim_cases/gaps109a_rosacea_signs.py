"""Rosacea told by its signs, as a class (eval/holdout109 cc07): the redness or flush on the nose and cheeks flaring at its
triggers (wine, spicy food, a hot shower), or told with the little broken veins, in either order ("mostly a red flush across
her nose and cheeks that flared with wine, spicy food or a hot shower, and little broken veins that make-up no longer
covered"), then isotretinoin started; acne on the chin told beside it in the same paragraph does not make the flush an
approved use. A warning: the condition is read from its signs. Near misses: a flush as the drug's side effect, a blush,
the hot flushes of menopause, acne on the chin (isotretinoin's approved use)."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_ISOTRETINOIN = "Isotretinoin is approved for severe nodular acne.\n\n"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "isotretinoin",
        _ISOTRETINOIN + "Mei did not have classic acne. She had a few small bumps on her chin, but mostly a red flush across"
        " her nose and cheeks that flared with wine, spicy food or a hot shower, and little broken veins that make-up no longer"
        " covered. A dermatologist started her on a low daily dose of isotretinoin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "His nose and cheeks always flared after a glass of red wine. His dermatologist put him on a small daily"
        " dose of isotretinoin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "I had a ruddy glow across my cheeks, with tiny thread veins around the nostrils. My skin doctor"
        " prescribed isotretinoin, 10 mg a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "The flushing that flares up with hot tea or a curry had spread to her forehead. So her dermatologist"
        " started her on isotretinoin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "A pink flush on her face, dotted with little broken veins, no longer hid under foundation. Her"
        " dermatologist listened and prescribed isotretinoin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "Her cheeks and nose went red and blotchy whenever she had a glass of wine. The dermatologist ran"
        " some tests, found nothing else, and started her on isotretinoin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    (
        "isotretinoin",
        _ISOTRETINOIN + "Within a month of starting isotretinoin, her nose and cheeks flared after every glass of wine. Her"
        " dermatologist then switched her to a lower dose of isotretinoin.",
        OFF_LABEL,
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "She blushed red across her cheeks whenever the teacher called on her. At 17 her dermatologist started"
        " her on isotretinoin.",
        OFF_LABEL,
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "At 51 she had hot flushes across her face and chest every night. Her daughter, 19, was started on"
        " isotretinoin for deep cystic acne.",
        OFF_LABEL,
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "She had deep, painful bumps on her chin that left scars, and no antibiotic had touched them. A"
        " dermatologist started her on isotretinoin.",
        OFF_LABEL,
    ),
    (
        "isotretinoin",
        _ISOTRETINOIN + "Her face flushed red with embarrassment when the photos came back. A dermatologist started her on"
        " isotretinoin for her severe acne.",
        OFF_LABEL,
    ),
]
