"""New wordings of three classes fixed by this stop's helpers, tried at the end of the thirty-third stop (spot checks, not
from a draft): a kidney stone stuck just below or outside the kidney itself (379f558 took the tube below it), and relief
timed by a cup of tea not yet finished (the "cup of" before the drink); the dose's own timing by the same cup stays silent.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "tamsulosin",
        "The scan showed a small stone stuck just below the kidney, so the urologist gave him tamsulosin to help it pass.",
        OFF_LABEL,
        "warning",
    ),
    ("tamsulosin", "A stone lodged right below her kidney; she was given tamsulosin to help it come out.", OFF_LABEL, "warning"),
    ("ibuprofen", "Ibuprofen gets rid of a headache before you've finished your cup of tea.", RAPID, "warning"),
    ("ibuprofen", "You'll feel it working before you've finished your mug of coffee.", RAPID, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("tamsulosin", "A stone in his shoe was stuck just below the heel, so he limped home.", OFF_LABEL),
    ("tamsulosin", "Tamsulosin relaxes the muscle around the outlet of the bladder, just below it, so urine flows more easily.", OFF_LABEL),
    ("ibuprofen", "Take it with food, and have it before you've finished your cup of tea.", RAPID),
    ("ibuprofen", "Swallow the tablet before you've finished your breakfast.", RAPID),
]
