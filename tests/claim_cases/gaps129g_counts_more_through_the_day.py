"""Missed class (twenty-eighth stop, helper g): tablets more through the day told first with "another" and then with
"more" ("two of the 1-gram caplets right then, another two at lunch, and two more before bed", eval/holdout154 dv04):
only the first count more was added (four caplets, at valacyclovir's 4 g maximum); every count more at a later time
of that day now adds (six caplets, 6 g).

Still silent: the same wordings within the maximum, a count more on another day, a count more said not to be taken."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "valacyclovir",
        "- **Cold sores**: start the moment you feel the tingle. One of our educators' go-to plan: two of the 1-gram caplets right "
        "then, another two at lunch, and two more before bed, all on the same day. Then you stop.",
        ABOVE_MAX,
        "error",
    ),
    ("valacyclovir", "Take two 1 g caplets, another two at lunch, and two more before bed.", ABOVE_MAX, "error"),
    (
        "acetaminophen",
        "I swallow two 500 mg tablets at breakfast, another three mid-afternoon and four more at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    ("meloxicam", "He takes one 7.5 mg tablet with breakfast, another one at lunch, then two more with his tea.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("valacyclovir", "Take two 1 g caplets at once and another two 12 hours later.", ABOVE_MAX),
    ("valacyclovir", "Take two 1 g caplets right away, another two at lunch, and two more the next day.", ABOVE_MAX),
    ("valacyclovir", "Take two 1 g caplets right away and another two at bedtime, but never two more that day.", ABOVE_MAX),
    ("ibuprofen", "Take one 200 mg tablet at breakfast, another one at lunch, and two more at bedtime if you need them.", ABOVE_MAX),
]
