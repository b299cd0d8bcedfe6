"""A limb or the body itself again by the morning, from eval/holdout191 (fg07, acetaminophen: a false error), as a class.

Class: a leg, a back, the knees, the muscles or the body said to feel human, normal or like new again, or better, by the
(next) morning ("my legs felt human again by the morning" after a long day's riding) is a story that may be the night's rest as
much as the medicine: the tool infers a speed claim, a warning, not the error kept for the person said to feel so ("she felt
loads better by breakfast", "you'll feel human again by tomorrow"). Silent: hedged, denied, and a limb's recovery over days.
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fg07)
    (
        "acetaminophen",
        "I kept the 500 mg Extra Strength caplets in a zip bag. On the big days I swallowed two with breakfast and two more at the"
        " lunch stop, and my legs felt human again by the morning.",
        RAPID,
        "warning",
    ),
    # new wordings, other voices
    ("ibuprofen", "After the half marathon I took two with dinner and my knees felt normal again by the next morning.", RAPID, "warning"),
    ("naproxen", "Grandad took one after digging the allotment and his back felt like new by breakfast.", RAPID, "warning"),
    ("ibuprofen", "Two tablets after the match and my whole body feels better by the morning.", RAPID, "warning"),
    # the person, not a limb: still the error
    ("cetirizine", "My daughter took one at bedtime and felt loads better by breakfast.", RAPID, "error"),
    ("acetaminophen", "Take two at bedtime and you'll feel human again by tomorrow morning.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # hedged
    ("ibuprofen", "Your legs may feel better by the next morning, but rest matters more than tablets.", RAPID),
    # denied
    ("acetaminophen", "My legs never felt human again by the morning, however many I took.", RAPID),
    # over days
    ("naproxen", "His back felt like new after about a week of the tablets and the physio.", RAPID),
]
