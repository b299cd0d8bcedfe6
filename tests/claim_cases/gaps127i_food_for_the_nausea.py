"""Food taken against a side effect, from eval/holdout139 (dg06, oxycodone), as a class: not a use for nausea.

Class: a dose taken with a little food, a small snack, something to eat or on a full stomach "for the nausea" ("Take it
with a little food for the nausea."): the food is what eases the nausea, not the drug, so no off-label use is told.
Still reported as errors: the drug itself taken or given for nausea, with an amount of the drug rather than of food
("Take a little oxycodone for the nausea").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("oxycodone", "Take a little oxycodone for the nausea.", OFF_LABEL, "error"),
    ("oxycodone", "He takes a few oxycodone for his nausea now, on top of the pain.", OFF_LABEL, "error"),
    ("oxycodone", "My GP suggested a small dose of oxycodone for the nausea after chemo.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (dg06)
    (
        "oxycodone",
        "Itchy nose for the first two days, then it settled.\n\nCommon and usually harmless. Take it with a little food for the"
        " nausea. Hives, a swollen face or trouble breathing is an emergency.",
        OFF_LABEL,
    ),
    ("oxycodone", "Take each dose with a small snack for the nausea, it settles quickly.", OFF_LABEL),
    ("oxycodone", "Take it alongside food for the nausea.", OFF_LABEL),
    ("oxycodone", "Take it with something in your stomach for the nausea.", OFF_LABEL),
    ("oxycodone", "Take it after a light meal for the nausea.", OFF_LABEL),
    ("oxycodone", "Take it with a few crackers for the nausea.", OFF_LABEL),
    ("oxycodone", "Nausea is common early on. Take them on a full stomach for the nausea.", OFF_LABEL),
]
