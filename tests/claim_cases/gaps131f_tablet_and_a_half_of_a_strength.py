"""A count of tablets with a half more, of a named strength, from eval/holdout172 (en12, escitalopram) and
eval/holdout174 (ep11, amlodipine), as a class.

Class: tablets counted "and a half" before their strength ("one and a half of the 20 mg tablets each morning", "one and a
half of his 10 mg tablets every morning", "two and a half of the 5 mg tablets", "one and a half 40 mg tablets") are that
many tablets, the half included: 1.5 x 20 mg is 30 mg, above escitalopram's 20 mg a day, an error. Silent: the same count of a
lower strength within the label, the count forbidden, and half of one tablet.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (en12, ep11)
    (
        "escitalopram",
        "The usual starting dose is 10 mg once a day, morning or evening, and it can go up to 20 mg after at least a week.\n\n"
        "When 20 mg took the edge off for Helen but not enough, her doctor moved her up to one and a half of the 20 mg tablets"
        " each morning.",
        ABOVE_MAX,
        "error",
    ),
    (
        "amlodipine",
        "Most adults start on 5 mg once a day. The most anyone takes is 10 mg a day.\n\nMy regular, Frank, had his dose raised"
        " last month. His doctor added half a tablet to his usual one, so he now swallows one and a half of his 10 mg tablets"
        " every morning with his oatmeal.",
        ABOVE_MAX,
        "error",
    ),
    # new wordings, other voices
    (
        "amlodipine",
        "Dad's cardiologist bumped him up again, and now he takes two and a half of the 5 mg amlodipine tablets with breakfast.",
        ABOVE_MAX,
        "error",
    ),
    ("escitalopram", "I've been taking one and a half of my 20 mg escitalopram tablets a day since March.", ABOVE_MAX, "error"),
    ("sertraline", "Her psychiatrist has her on two and a half of the 100 mg tablets every night.", ABOVE_MAX, "error"),
    ("citalopram", "Most weeks I take one and a half 40 mg tablets of citalopram each morning.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the same count of a lower strength: 15 mg, within the label
    (
        "escitalopram",
        "When 10 mg was not enough, her doctor moved her up to one and a half of the 10 mg tablets each morning.",
        ABOVE_MAX,
    ),
    ("amlodipine", "He now swallows one and a half of his 5 mg amlodipine tablets every morning.", ABOVE_MAX),
    ("sertraline", "Her psychiatrist has her on one and a half of the 100 mg tablets every night.", ABOVE_MAX),
    # forbidden
    (
        "escitalopram",
        "Never take one and a half of the 20 mg escitalopram tablets in a day; 20 mg is the most.",
        ABOVE_MAX,
    ),
    # half of one tablet
    ("amlodipine", "She takes half of a 10 mg amlodipine tablet every morning.", ABOVE_MAX),
]
