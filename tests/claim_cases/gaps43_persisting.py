"""Off-label classes from the miss of eval/holdout45 j09: a trouble told by its signs whose clause says it
kept on ("little pus-filled bumps that never seemed to go", "a burning sting that did not fade for hours", "the
night sweats that never really stopped"), then the doctor giving the drug in the next sentence. The story
reading stopped at any "never" or "didn't" after the trouble, taken for the trouble turned. Near misses:
the trouble that went away or never came back before the drug was given, and an approved use."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    (
        "sertraline",
        "For two years her nights were wrecked by hot flushes and night sweats that never really stopped. Her GP put her on sertraline.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "Her cheeks and nose flushed red at the slightest glass of wine, with a burning sting that did not fade for hours. "
        "Her doctor started her on escitalopram.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    (
        "sertraline",
        "She had hot flushes for a while, but they never came back after the summer. Her GP put her on sertraline for her depression.",
        OFF_LABEL,
    ),
    (
        "isotretinoin",
        "For years his face was covered in deep, painful cysts that never seemed to clear. His dermatologist started him on isotretinoin.",
        OFF_LABEL,
    ),
]
