"""Another treatment handed over for a condition, not this medicine's use (holdout172 en05, read as doxycycline for
traveller's diarrhoea once that became a named use at the forty-third stop): a separate plan, kit or different tablet
given for it stays silent; the medicine itself said to clear it up is still an off-label use."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("doxycycline", "Doxycycline also clears up traveller's diarrhea, so it's handy to pack.", OFF_LABEL, "error"),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    (
        "doxycycline",
        "It will not stop an upset stomach from bad water either; we give you a separate plan for traveller's diarrhea.",
        OFF_LABEL,
    ),
    ("doxycycline", "For the runs, the travel nurse gave him a different tablet for traveller's diarrhea.", OFF_LABEL),
]
