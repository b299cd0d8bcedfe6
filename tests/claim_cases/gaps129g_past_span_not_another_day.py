"""Missed class (twenty-eighth stop, helper g): a dose said again later the same day ("three with breakfast and the same
again before supper") was read as another day's because a bare span of the past later in the sentence ("my readings have
been the best they have been in years", eval/holdout155 dw01) matched the words for another day. A span with no number
after "in" or "for" ("in years", "for weeks", "in months") tells how things have gone, not when the dose is taken again.

Still silent: the same amounts at the label maximum, a dose said again the next day, a dose again "in two days"."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's wording: 10 mg tablets, three twice a day = 60 mg (immediate-release maximum 40 mg)
    (
        "glipizide",
        "These days she has me on the 10 milligram pills, three with breakfast and the same again before supper, and my readings "
        "have been the best they have been in years.",
        ABOVE_MAX,
        "error",
    ),
    # other voices
    (
        "glipizide",
        "Dad takes three 10 mg tablets at breakfast and the same again at teatime, and he hasn't felt this well in months.",
        ABOVE_MAX,
        "error",
    ),
    (
        "metformin",
        "I take two 1000 mg tablets with breakfast and the same again at supper, and my sugars are the best in years.",
        ABOVE_MAX,
        "error",
    ),
    (
        "meloxicam",
        "She swallows one 15 mg tablet in the morning and the same again at night, and her knees have been fine for weeks.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # at the maximum (40 mg)
    (
        "glipizide",
        "She takes two 10 mg tablets at breakfast and the same again before supper, and her readings are the best in years.",
        ABOVE_MAX,
    ),
    # another day's dose
    ("glipizide", "He took three 10 mg tablets one morning by mistake, and the same again the next day.", ABOVE_MAX),
    ("meloxicam", "She took one 15 mg tablet on Monday and the same again in two days, as her doctor said.", ABOVE_MAX),
    # another drug's amounts at its label dose
    ("metformin", "I take two 500 mg tablets with breakfast and the same again at supper, and my sugars are the best in years.", ABOVE_MAX),
]
