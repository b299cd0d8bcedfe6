"""A statin said to work only if it goes down right or just before bed, from eval/holdout199 (fo02, rosuvastatin), as
a class.

Class: the shared night-only wordings ("only does its job if ...", "won't work unless ...", "has to go down ...") with
the night told as "right before bed", "just before you go to sleep", "shortly before bedtime". Rosuvastatin and
atorvastatin may be taken at any time of day (label 2 DOSAGE AND ADMINISTRATION): `must-take-at-night`, a warning.
Near misses: bedtime as a habit or a reminder, any time of day said to be fine, a short-acting statin's "works best".
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "must-take-at-night"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fo02)
    (
        "rosuvastatin",
        '"The other thing she told me is that Crestor only does its job if it goes down right before bed, because'
        " that's when your liver is busy making cholesterol. So it lives on my nightstand.\"",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    (
        "atorvastatin",
        "My pharmacist says Lipitor only really works when it's swallowed just before you go to sleep.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "rosuvastatin",
        "Rosuvastatin won't do its job unless you take it right before bed, so keep the bottle by your toothbrush.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "rosuvastatin",
        "Remember that Crestor has to go down shortly before bedtime, when the liver makes most of its cholesterol.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # a habit, not a condition of working
    (
        "rosuvastatin",
        "Dennis takes his Crestor right before bed because that is when he remembers it.",
        MISSTATEMENT,
        ITEM,
    ),
    # a reminder that any time is fine
    (
        "rosuvastatin",
        "You can take Crestor right before bed or with breakfast; it works just as well either way.",
        MISSTATEMENT,
        ITEM,
    ),
    # an imperative of convenience
    (
        "rosuvastatin",
        "Take your Crestor just before you go to sleep if that is easier to remember.",
        MISSTATEMENT,
        ITEM,
    ),
    # denied
    (
        "rosuvastatin",
        "Crestor doesn't have to go down right before bed; the label allows any time of day.",
        MISSTATEMENT,
        ITEM,
    ),
]
