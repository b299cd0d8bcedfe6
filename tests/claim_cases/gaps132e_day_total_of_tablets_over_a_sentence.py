"""A day's total told by tablet counts and strengths spread over a sentence, from eval/holdout175 (eq06, amlodipine),
eval/holdout177 (es11, naltrexone) and eval/holdout180 (ev10, lorazepam), as a class.

Class: tablets of a strength counted at the parts of one day, the day's total above the label: where the tablets came from
between them and their part of the day ("one of the old 5 mg tablets from the drawer with her supper", "out of the blister
pack", "left over from his last prescription", "from Mum's bathroom cabinet") does not hide the part of the day; a count
said again as "another two" at a later part of the day is two more ("two more at lunch and another two before bed"); and
tablets counted at a strength are swallowed, so held to the label's entries by mouth, not an injection's (naltrexone's
150 mg a day, not the monthly injection's 380 mg). Above a hard maximum an error; above lorazepam's usual range (no hard
ceiling) a warning. Silent: the same day at or under the maximum, alternatives, another drug's tablets, the injection's own
dose, and the schedule forbidden.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (eq06, es11, ev10)
    (
        "amlodipine",
        "**Tuesday 1 April.** Up to 10 mg a day now, which Dr. Okoye says is as high as amlodipine goes.\n\n"
        "**Thursday 15 January.** New instructions: her usual 10 mg tablet with breakfast, and one of the old 5 mg tablets from"
        " the drawer with her supper, until spring. I've written it on the blister pack.",
        ABOVE_MAX,
        "error",
    ),
    (
        "naltrexone",
        "**OMAR:** The usual dose is one 50 mg tablet a day. Some clinics use a three-days-a-week schedule instead, with larger"
        " doses on those days, but never more than 150 mg on any one day.\n\n"
        "**DEB:** We had a caller last month, Ray, who said his doctor had him on two of the 50 mg tablets with breakfast and"
        " two more at bedtime, and he swore by it.",
        ABOVE_MAX,
        "error",
    ),
    (
        "lorazepam",
        "Take it exactly as prescribed. Most students are prescribed 0.5 mg to 1 mg two or three times a day, or one dose at"
        " bedtime.\n\nNot everyone follows that advice. A graduate student shared her finals routine with our peer-support"
        ' group: "two of the 2 mg tablets when I got up, two more at lunch and another two before bed, every day for the whole'
        ' two weeks." Please talk to us if your use looks anything like that.',
        ABOVE_MAX,
        "warning",
    ),
    # new wordings, other voices
    (
        "amlodipine",
        "Dad has his 10 mg amlodipine tablet at breakfast and one of the 5 mg tablets from Mum's bathroom cabinet at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "amlodipine",
        "Gran takes one 5 mg amlodipine tablet with breakfast and two of the 5 mg tablets out of the blister pack at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "amlodipine",
        "He swallows a 10 mg tablet in the morning and a 5 mg tablet left over from his last prescription at night.",
        ABOVE_MAX,
        "error",
    ),
    ("naltrexone", "My dad takes two 50 mg naltrexone tablets in the morning and two more with dinner.", ABOVE_MAX, "error"),
    (
        "naltrexone",
        "I was told to take three of the 50 mg naltrexone tablets when I get up and one more at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "naltrexone",
        "My counsellor's other client takes a 50 mg tablet in the morning, one at lunch and two at night.",
        ABOVE_MAX,
        "error",
    ),
    (
        "lorazepam",
        "Mark was on two of the 2 mg lorazepam tablets with breakfast, another two at teatime and another two at bedtime, for"
        " about three weeks.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "lorazepam",
        "My roommate swallowed two of the 2 mg tablets at breakfast, two more mid-afternoon and another two before sleep for two"
        " weeks straight.",
        ABOVE_MAX,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # at the maximum: 10 mg
    ("amlodipine", "Her usual 5 mg tablet with breakfast, and one of the old 5 mg tablets from the drawer with her supper.", ABOVE_MAX),
    ("naltrexone", "He takes one of the 50 mg tablets with breakfast and two more at bedtime.", ABOVE_MAX),
    ("lorazepam", "He takes three of the 2 mg tablets at breakfast and another two at bedtime.", ABOVE_MAX),
    # within the range
    ("lorazepam", "One of the 1 mg tablets when I got up, one more at lunch and another two before bed.", ABOVE_MAX),
    # alternatives, not one day's doses
    (
        "amlodipine",
        "Her usual 10 mg tablet with breakfast, or one of the old 5 mg tablets from the drawer with her supper instead.",
        ABOVE_MAX,
    ),
    # another drug's tablets
    (
        "amlodipine",
        "She has her 10 mg amlodipine tablet with breakfast and one of the old 20 mg simvastatin tablets from the drawer with supper.",
        ABOVE_MAX,
    ),
    # the injection's own dose
    ("naltrexone", "The injection is 380 mg once a month, given by a nurse.", ABOVE_MAX),
    # forbidden
    ("naltrexone", "Never take two of the 50 mg tablets with breakfast and two more at bedtime.", ABOVE_MAX),
]
