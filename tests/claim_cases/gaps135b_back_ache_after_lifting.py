"""An ache in the back after lifting or hauling, a strain told by its cause, from eval/holdout203 (fs11, meloxicam), as a class.

Class: the ache, pain or soreness in the back, neck or shoulders told with the lifting, hauling, carrying or shifting that
brought it on ("that deep ache across the lower back after a double shift of lifting cartons", "the pain in his back from
hauling sacks", "the soreness in my shoulders after a day of moving furniture"): a strain, musculoskeletal pain, not the
arthritis meloxicam is approved for; told in lay words, a warning. Silent: the ache in the joints (arthritis's), the approved
use named, an ache with no cause, the lifting without an ache.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fs11)
    (
        "meloxicam",
        "Years on concrete floors are hard on joints. Several of you on the dock told us your doctor prescribed it for your knees."
        " It's also handy for that deep ache across the lower back after a double shift of lifting cartons, and the once-a-day"
        " dose fits a long shift.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "meloxicam",
        "My brother swears by his meloxicam for the pain in his back from hauling feed sacks all weekend.",
        OFF_LABEL,
        "warning",
    ),
    (
        "meloxicam",
        "I take one meloxicam for the soreness in my shoulders after a day of moving furniture.",
        OFF_LABEL,
        "warning",
    ),
    (
        "meloxicam",
        "Mobic is great for the stiffness in your lower back after shovelling snow.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the approved use, named
    ("meloxicam", "Meloxicam is prescribed for osteoarthritis, the wear-and-tear arthritis of the knees and hips.", OFF_LABEL),
    # the lifting without an ache: a time, no use
    (
        "meloxicam",
        "Take meloxicam for your osteoarthritis with food, and ask a colleague for help after a shift of lifting cartons.",
        OFF_LABEL,
    ),
    # an ache in the back after lifting, warned to see a doctor, no drug for it
    (
        "meloxicam",
        "Meloxicam is for your arthritis. If you get a deep ache across the lower back after lifting, see the occupational"
        " health nurse; do not take meloxicam for it.",
        OFF_LABEL,
    ),
]
