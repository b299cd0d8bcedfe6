"""A statin's morning dose said to have worn off by the hours it works in, from eval/holdout183 (ey02, rosuvastatin), as a
class.

Class: the night-only misstatement told by the morning dose's outcome, worn off "by the hours when it would do its work", "by
the small hours when the cholesterol is made", "by the part of the night when your liver gets busy" (the `night-only` kind's
`no_use` fragment, which read only "by bedtime", "by the time", "by the evening"). Rosuvastatin and atorvastatin may be taken
at any time of day (CRESTOR PI 2, LIPITOR PI 2). Near misses: the dose said not to have worn off, the dose lasting past those
hours, another statin whose label does favour the evening, and a morning dose called fine.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ey02)
    (
        "rosuvastatin",
        "Take it in the evening. Your body makes most of its cholesterol while you are asleep, so swallowing rosuvastatin at"
        " breakfast means it has worn off by the hours when it would do its work; make it the last thing you do before bed.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    # new wordings, other voices
    (
        "rosuvastatin",
        "A Crestor tablet with your morning coffee has long since worn off by the small hours when the cholesterol is made.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "atorvastatin",
        "my cardiologist was clear: a Lipitor popped at breakfast has mostly worn off by the part of the night when your liver gets busy!!",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "rosuvastatin",
        "Swallow it at breakfast and, honestly, it has worn off by the hours when your liver is hard at work.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # negated
    (
        "rosuvastatin",
        "Taking it with breakfast is fine: it hasn't worn off by the hours when your liver makes cholesterol.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
    # the dose lasting past those hours
    (
        "rosuvastatin",
        "Rosuvastatin can be taken at any time of day; the dose lasts well past the hours when your liver is busiest.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
    # a morning dose called fine
    (
        "atorvastatin",
        "A morning Lipitor is fine: it keeps working through the small hours when the cholesterol is made.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
    # another thing worn off by the hours
    (
        "rosuvastatin",
        "My morning coffee has worn off by the hours when I need it most, but my rosuvastatin works whenever I take it.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
]
