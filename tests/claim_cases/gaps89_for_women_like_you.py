"""A telehealth page's offer to the people it has just described (eval/holdout89 bi12: "You may be a good fit if you're an
adult woman who gets deep, sore spots along your jawline and chin that flare the week before your period ... For women
like you, our clinicians prescribe spironolactone, a daily tablet."): "for women like you" opens a giving as "for these
patients" does, so the signs before it are the use.

Left alone: the same offer after an approved use's signs, and "like you" in another sense.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_SPOTS = (
    "You may be a good fit if you're an adult woman who gets deep, sore spots along your jawline and chin that flare the week "
    "before your period and never fully clear. "
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("spironolactone", _SPOTS + "For women like you, our clinicians prescribe spironolactone, a daily tablet.", OFF_LABEL, "warning"),
    ("spironolactone", _SPOTS + "For patients like you, our doctors prescribe spironolactone.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "spironolactone",
        "You may be a good fit if you have high blood pressure that three tablets have not controlled. For people like you, our "
        "clinicians prescribe spironolactone.",
        OFF_LABEL,
    ),
    ("spironolactone", "For women like you who take it for blood pressure, our clinicians check potassium every few months.", OFF_LABEL),
]
