"""A dose above the maximum judged by what it does, from eval/holdout168 (ej09, meloxicam), as a class.

Class: an amount or a count of tablets above the label's maximum said to bring no more relief or only more risk in its clause
("Taking two 15s does not double the relief, it doubles the risk", "only doubles the risk of a stomach bleed", "won't double
the effect", "just raises the risk of fainting") is a warning against it, not a dose told: silent. Still an error: the same
amount taken, with nothing judging it, or said to help.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("meloxicam", "The most is 15 mg a day. He takes two 15 mg tablets a day for his back.", ABOVE_MAX, "error"),
    ("meloxicam", "The most is 15 mg a day. Taking two 15s a day helps him get through a shift.", ABOVE_MAX, "error"),
    (
        "escitalopram",
        "The most is 20 mg a day. She takes two of the 20 mg tablets every morning and says it works.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (ej09)
    (
        "meloxicam",
        "One tablet a day, with food. The usual starting dose is 7.5 mg, and the most the label allows is 15 mg once a day."
        " Taking two 15s does not double the relief, it doubles the risk.",
        ABOVE_MAX,
    ),
    # new wordings, other voices
    ("meloxicam", "The most is 15 mg a day. Two 15 mg tablets in a day only doubles the risk of a stomach bleed.", ABOVE_MAX),
    ("escitalopram", "The most is 20 mg a day. Taking two of the 20 mg tablets won't double the effect.", ABOVE_MAX),
    (
        "amlodipine",
        "The top dose is 10 mg. Swallowing two 10 mg tablets at once just raises the risk of fainting.",
        ABOVE_MAX,
    ),
]
