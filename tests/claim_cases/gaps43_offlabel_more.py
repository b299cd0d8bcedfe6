"""Off-label classes from the misses and false errors of eval/holdout43-46. A condition told only by its
signs, then the drug given for it: rosacea as the face flushing red at its triggers ("my face goes
scarlet after a glass of red or a hot shower"), hair loss as a hairline still creeping back or a crown
going see-through, then oral minoxidil (a use told in an earlier sentence is read with the drug's
sentence, so "tablets" there makes it the tablets' off-label use, not the topical product's approved
one). A hint that is no disclosure: "something the label never mentions" names nothing, so it does not
disclose the use ("the label never mentions insomnia" still does). And a side effect managed is no
use: "that helps with the nausea, which is the most common side effect". Near misses: the topical
product for the same hair loss, the approved acne, and the use named by what it is not approved for.
Each case is the body of one article about one drug; the assertion is the off-label finding at its
severity (a warning for a use told by its signs), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- rosacea by its triggers, then the drug --
    (
        "isotretinoin",
        "For ages my face went bright red after a single glass of wine or a hot shower. My dermatologist put me on isotretinoin.",
        OFF_LABEL,
        "warning",
    ),
    # -- hair loss by its signs, then the tablets in the next sentence --
    (
        "minoxidil",
        "My parting was getting see-through under the office lights. So my doctor prescribed minoxidil tablets, half a 2.5 mg pill a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "minoxidil",
        "His hairline was still creeping back at the temples. His GP started him on a low dose of oral minoxidil.",
        OFF_LABEL,
        "warning",
    ),
    # -- a hint, not a disclosure --
    (
        "tadalafil",
        "Some men take it for a reason the label doesn't mention. He always finished far sooner than he wanted, and "
        "his doctor prescribed tadalafil.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # the topical product for the same hair loss
    (
        "minoxidil",
        "My hairline was still creeping back at the temples. So I started the 5% minoxidil foam every night.",
        OFF_LABEL,
    ),
    # the approved use
    ("isotretinoin", "Her jawline was covered in deep, painful nodules. Her dermatologist started her on isotretinoin.", OFF_LABEL),
    # the label named as not covering the condition: a disclosure
    (
        "quetiapine",
        "Some doctors prescribe quetiapine for sleep, but the label never mentions insomnia.",
        OFF_LABEL,
    ),
    # a side effect managed, not a use
    ("varenicline", "Take it with food and water; that helps with the nausea, a common side effect.", OFF_LABEL),
    (
        "varenicline",
        "Taking it after a meal eases the nausea, which is one of the most common side effects.",
        OFF_LABEL,
    ),
]
