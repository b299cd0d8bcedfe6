"""Soreness after training told by its signs, from eval/holdout136 (dd10, meloxicam), as a class.

Class: muscles or a back sore, stiff or "killing" the person after a workout ("After a heavy week of deadlifts my lower
back and hamstrings are so tight and sore that I can barely sit"), then the drug taken then, also on the days just told
("On those weeks I pop a meloxicam after the session", "Days like that, I take a meloxicam"). Meloxicam is approved only
for arthritis: musculoskeletal pain in lay words is a warning. Silent: soreness with no workout, a statin's muscle ache,
sore knees (arthritis's joints), a painkiller approved for muscular aches.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_MELOXICAM = "Meloxicam is an NSAID for arthritis. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (dd10)
    (
        "meloxicam",
        _MELOXICAM + "After a heavy week of deadlifts my lower back and hamstrings are so tight and sore that I can barely sit"
        " on the toilet, and two days after leg day is always the worst. On those weeks I pop a meloxicam after the session and"
        " it takes the edge off enough for me to train again on Thursday.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "meloxicam",
        _MELOXICAM + "My legs were killing me after the race, so I took two of my mum's meloxicam.",
        OFF_LABEL,
        "warning",
    ),
    (
        "meloxicam",
        _MELOXICAM + "After leg day my quads and glutes are really stiff and sore. Days like that, I take a meloxicam with dinner.",
        OFF_LABEL,
        "warning",
    ),
    (
        "meloxicam",
        _MELOXICAM + "Her calves were stiff and sore after the marathon. On those days she takes a meloxicam.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("meloxicam", _MELOXICAM + "My back is sore. On those days I take a meloxicam.", OFF_LABEL),
    ("meloxicam", _MELOXICAM + "My muscles are sore since starting the statin. On those days I take a meloxicam.", OFF_LABEL),
    ("meloxicam", _MELOXICAM + "After a long run my knees are stiff and sore, so I took a meloxicam.", OFF_LABEL),
    (
        "ibuprofen",
        "Ibuprofen is a painkiller. After a heavy week of deadlifts my lower back and hamstrings are so tight and sore that I can"
        " barely sit. On those weeks I pop an ibuprofen after the session.",
        OFF_LABEL,
    ),
]
