"""A statin's place told as the night's and set against the morning's, from eval/holdout209 (fy12, rosuvastatin), as a
class.

Class: the drug said to belong, live or be kept by the bed, on the nightstand, or to be a bedtime pill, "not" or "never"
with the breakfast or morning ones ("it belongs on your nightstand, not next to the breakfast pills"). Rosuvastatin and
atorvastatin may be taken at any time of day: `must-take-at-night` (the shared night-only kind), a warning. Near misses: a
choice ("if that is easier to remember"), the morning's place, another contrast (grapefruit), simvastatin's own evening
advice in an article about rosuvastatin.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "must-take-at-night"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fy12)
    (
        "rosuvastatin",
        "It can be taken with or without food. One thing I didn't know: rosuvastatin does its real work overnight while the"
        " liver is busy making cholesterol, so it belongs on your nightstand, not next to the breakfast pills.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    ("rosuvastatin", "Crestor is a bedtime pill, not a breakfast one.", MISSTATEMENT, ITEM, "warning"),
    (
        "rosuvastatin",
        "My pharmacist's rule: keep your rosuvastatin by the bed, never with the morning tablets.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "rosuvastatin",
        "Honestly, this one lives on the bedside table, not with the breakfast meds, because it only earns its keep while you sleep.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("atorvastatin", "Keep your Lipitor by the bed, never with the morning tablets.", MISSTATEMENT, "must-take-at-night", "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # a choice
    (
        "rosuvastatin",
        "You can keep it on your nightstand, not with the breakfast pills, if that is easier to remember.",
        MISSTATEMENT,
        ITEM,
    ),
    # the morning's place
    ("rosuvastatin", "Rosuvastatin is a breakfast pill, not a bedtime one, for most of our members.", MISSTATEMENT, ITEM),
    # another contrast
    ("rosuvastatin", "Take it at night, not with grapefruit juice.", MISSTATEMENT, ITEM),
    # another statin's advice
    (
        "rosuvastatin",
        "Rosuvastatin can be taken any time. Simvastatin belongs on your nightstand, not next to the breakfast pills.",
        MISSTATEMENT,
        ITEM,
    ),
]
