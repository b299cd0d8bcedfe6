"""Tablets counted at five parts of the day (eval/holdout81 ba05: "take 2 tablets when you get up, 2 at lunchtime, 2 in
the middle of the afternoon, 2 with your evening meal and 2 more at bedtime" of 200 mg ibuprofen: 2,000 mg, above the
1,200 mg OTC maximum), as a class.

Lunch and the afternoon are two times of day, not one; "the middle of the afternoon" and "your evening meal" name a
time of day as "the afternoon" and "the evening" do. Left alone: the same counts at three or four times, within the
maximum.
"""

from __future__ import annotations

ABOVE = "dosage.above-max"

_TABLETS = "Use 200 mg tablets. Take them with food.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "ibuprofen",
        _TABLETS + "Take 2 tablets when you get up, 2 at lunchtime, 2 in the middle of the afternoon, 2 with your evening meal "
        "and 2 more at bedtime.",
        ABOVE,
        "warning",
    ),
    ("ibuprofen", _TABLETS + "Take 2 tablets at breakfast, lunch, mid-afternoon, dinner and bedtime.", ABOVE, "warning"),
    ("ibuprofen", _TABLETS + "Have two at lunch, two in the afternoon, two with your evening meal and two at night.", ABOVE, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("ibuprofen", _TABLETS + "Take 2 tablets at breakfast, lunch and bedtime.", ABOVE),
    ("ibuprofen", _TABLETS + "Take 2 tablets with your morning meal and 2 with your evening meal.", ABOVE),
    ("ibuprofen", _TABLETS + "Take 1 tablet at lunch, 1 in the middle of the afternoon, 1 with your evening meal and 2 at bedtime.", ABOVE),
]
