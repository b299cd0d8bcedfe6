"""An acute back strain told by what was felt and where on the spine, then the medicine given: "he felt something go "ping" low
on the left side of his spine, and by the next morning he could barely get his socks on. Urgent care checked him over and sent
him home with tizanidine" (eval/holdout145 dm10; tizanidine is approved for spasticity): the sound in quotes, the place told as
a side, the base or the middle of the back, spine or neck, and a giving after the prescriber "checked him over". Near misses:
a feeling gone cold down the back of the neck, a click in the jaw, and another medicine taken for the strain."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "tizanidine",
        'Two weeks out from the meet, on his last heavy deadlift single, he felt something go "ping" low on the left side of his '
        "spine, and by the next morning he could barely get his socks on. Urgent care checked him over and sent him home with "
        "tizanidine, 2 mg at night, plus ice, easy walks and no barbell for ten days.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "Lifting the shopping out of the boot I felt it pop, right at the base of my neck. My GP gave me tizanidine for a week.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "Halfway through the plank she felt a muscle twang down the side of her back. The walk-in clinic sent her home with tizanidine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "Picking up the toddler, I felt something snap in the middle of my back. The doctor checked me out and prescribed tizanidine.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "tizanidine",
        "Tizanidine is for spasticity. When the news came he felt it go cold down the back of his neck. His doctor checked him "
        "over and started him on tizanidine for the spasticity of his MS.",
        OFF_LABEL,
    ),
    (
        "tizanidine",
        "Tizanidine is for spasticity. I felt something click low on the left side of my jaw. My neurologist checked me over and "
        "kept me on tizanidine for my MS.",
        OFF_LABEL,
    ),
    (
        "tizanidine",
        'Tizanidine is for spasticity. He felt something go "ping" low on the left side of his spine, so he took ibuprofen and rested.',
        OFF_LABEL,
    ),
]
