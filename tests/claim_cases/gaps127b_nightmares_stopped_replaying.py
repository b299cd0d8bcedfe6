"""Nightmares told by the war event replaying at night and relieved on the drug, from eval/holdout135 (dc04, prazosin), as
a class.

Class: the event that "had stopped replaying" or "stopped coming back" on the drug ("By spring he was on four 10 mg
capsules ..., and the ambush had stopped replaying"), or the night told by sitting bolt upright back in the war, then the
drug given (prazosin is approved for high blood pressure only). Lay words and outcomes: a warning. Silent: an attack of
the heart that stopped coming back, a crash that stopped traffic, sitting bolt upright in a meeting, the outcome in an "if"
clause.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (dc04)
    (
        "prazosin",
        "The dose crept up every week or two. By spring he was on four 10 mg capsules spread through the day and one 5 mg"
        " capsule at bedtime, 45 mg in all, and the ambush had stopped replaying.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: another event, another verb; the night told by sitting bolt upright
    ("prazosin", "Three weeks into the prazosin, the crash had finally stopped coming back.", OFF_LABEL, "warning"),
    ("prazosin", "Since she started prazosin at bedtime, the same explosion has stopped replaying every night.", OFF_LABEL, "warning"),
    (
        "prazosin",
        "Most nights at three he'd be sitting bolt upright, soaked through, back in the convoy outside Kandahar. His psychiatrist"
        " started him on prazosin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "prazosin",
        "The blood pressure clinic started him on prazosin in May, and the attack on his heart had stopped coming back.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "Prazosin was started for his blood pressure; he still talks about the crash, which stopped traffic for an hour.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "He sat bolt upright in the meeting when his name was called. His doctor started him on prazosin for high blood pressure.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "If the ambush has not stopped replaying after a month, prazosin may not be working, and that is off-label use anyway.",
        OFF_LABEL,
    ),
]
