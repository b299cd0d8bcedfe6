"""Off-label classes from the false error of eval/holdout44 (k07). A heading or title names a condition
in lay words ("Tizanidine for muscle stiffness") and its section names the approved use in words of the
same condition ("It is used to treat spasticity: muscles that stay tense ... because of multiple
sclerosis"): the heading summarises that use, not an off-label one. Near misses: the same heading over a
section that names no approved use, or only a story of an unapproved one (a strained back), is still the
article's use; a heading that lists several conditions ("Muscle Relaxers For Back Pain And Stiff Muscles")
reads as a list of uses, each as broad as written, even over a section naming the approved use."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    (
        "tizanidine",
        "## Tizanidine for muscle stiffness\n\nTizanidine relaxes tight muscles. My physio swears by it after a gym session "
        "leaves my shoulders sore and stiff.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    (
        "tizanidine",
        "## Tizanidine for muscle tightness\n\nYour neurologist prescribes tizanidine for spasticity, the stiff, jerky "
        "muscles that multiple sclerosis or a spinal cord injury can cause.",
        OFF_LABEL,
    ),
    (
        "baclofen",
        "## Baclofen for stiff muscles\n\nBaclofen treats spasticity from multiple sclerosis: muscles that stay tight "
        "and go into spasm on their own.",
        OFF_LABEL,
    ),
]
