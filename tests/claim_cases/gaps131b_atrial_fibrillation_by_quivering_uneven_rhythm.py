"""Atrial fibrillation told by its signs, from eval/holdout170 (el03, metoprolol), as a class.

Class: atrial fibrillation told by what the heart does: the top chambers quivering instead of beating ("Dad's top heart
chambers have been quivering instead of beating", "the upper chambers of her heart flutter"), the pulse going fluttery and out
of step, the rhythm told uneven or erratic ("to keep that galloping, uneven rhythm reined in", "for his erratic heartbeat"),
and the medicine wanted or given to keep it in check. Rate control in AF is not on metoprolol's label (hypertension, angina,
heart failure, after a heart attack); told in lay words, a warning. Silent: the pulse or blood pressure kept down for the
approved uses, a racing heart with nerves, an uneven rhythm of breathing or of a song, and AF disclosed as off-label.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (el03)
    (
        "metoprolol",
        "Dr. Amadi explained the other reason for it. Dad's top heart chambers have been quivering instead of beating, so his pulse"
        " goes fluttery and out of step and then races off at 140 when he climbs the porch stairs. She wants the metoprolol to keep"
        " that galloping, uneven rhythm reined in, and she was pleased: at rest it's down to the 70s.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "metoprolol",
        "The cardiologist told us the upper chambers of Mum's heart flutter instead of squeezing, and she prescribed metoprolol for it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metoprolol",
        "My GP put me on metoprolol for my erratic heartbeat, which had been keeping me awake.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metoprolol",
        "His pulse goes jumpy and out of rhythm when he walks the dog, so the nurse practitioner prescribed metoprolol for that.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the approved use, in lay words
    (
        "metoprolol",
        "She wants the metoprolol to keep his blood pressure reined in, and at rest his pulse is down to the 70s.",
        OFF_LABEL,
    ),
    # a racing heart with nerves, not taken for it
    (
        "metoprolol",
        "My heart races before every exam. I take metoprolol for high blood pressure, and it has not changed that.",
        OFF_LABEL,
    ),
    # an uneven breathing rhythm told as a side effect to report
    (
        "metoprolol",
        "Metoprolol treats high blood pressure. Call your doctor if your breathing gets an uneven wheezy sound.",
        OFF_LABEL,
    ),
    # disclosed as off-label
    (
        "metoprolol",
        "Dad's top heart chambers have been quivering instead of beating. His cardiologist uses metoprolol off-label to keep that"
        " uneven rhythm reined in.",
        OFF_LABEL,
    ),
]
