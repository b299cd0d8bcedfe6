"""Doses above the label maximum told by counting tablets or pens, from eval/holdout160 (eb02, tirzepatide), eval/holdout161
(ec03, metformin), eval/holdout164 (ef01, methylphenidate) and eval/holdout166 (eh10, citalopram), as a class.

Class: the day's (or week's) amount is never written; the writer counts units of a strength and says when they go down:
single-dose pens counted like tablets ("two of the 10 mg pens every Sunday"); a tablet with each of a number of meals said
("with each of his three meals", "at all three meals"); a list of the day's tablets closed by "the last one" or "the final
one" at a later time, a clock time in words included ("and the last one at half past three"); a dose raised from a daily
schedule to a count ("moved me up from one 20 mg tablet each morning to three of them"). Silent: the same counts at or under
the maximum, a meal not counted ("with each meal", "with one of his three meals"), the count forbidden, the last tablet the
next day, and a dose lowered within the label.
"""

from __future__ import annotations

ABOVE = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (eb02)
    (
        "tirzepatide",
        "Carla's doctor, worried about her stubborn numbers, took a shortcut in the spring: with supply of the higher pens"
        " patchy, she was told to use two of the 10 mg pens every Sunday instead of one, back to back, and did so for six weeks.",
        ABOVE,
        "error",
    ),
    # new wordings: pens counted
    ("tirzepatide", "My nurse had me use two 10 mg pens every Sunday.", ABOVE, "error"),
    ("tirzepatide", "He's been doing three of the 7.5 mg pens every week.", ABOVE, "error"),
    ("tirzepatide", "When the 15s ran out, she injected two of her 12.5 mg pens once a week, one in each side.", ABOVE, "error"),
    # the draft's own wording (ec03)
    (
        "metformin",
        "Doses vary from one resident to the next. Mr. Harlan's daughter asked us to print his, as an example of how it is built"
        ' up: "Dad\'s chart now says one of the big 1,000 mg tablets with each of his three meals, breakfast, lunch and tea."',
        ABOVE,
        "error",
    ),
    # new wordings: meals counted
    ("metformin", "She takes a 1,000 mg tablet at all three meals.", ABOVE, "error"),
    ("metformin", "Mum's on 1000mg with every one of her three meals now.", ABOVE, "error"),
    ("metformin", "Grandad takes a 1000 mg tablet with all three of his meals.", ABOVE, "error"),
    # the draft's own wording (ef01)
    (
        "methylphenidate",
        "Here is how one of our fifth-graders' days goes, in his mom's words: \"He has two of the 20 mg Ritalin with his"
        " cereal, one more when he comes down to the nurse after lunch, and the last one at half past three when he gets off"
        ' the bus."',
        ABOVE,
        "error",
    ),
    # new wordings: the day's last tablet
    ("methylphenidate", "She takes two 20 mg tablets at breakfast, one more at lunch and the final one at 4 pm.", ABOVE, "error"),
    (
        "methylphenidate",
        "My son gets two of the 20 mg Ritalin before school, another one at lunchtime and the last one when he gets home.",
        ABOVE,
        "error",
    ),
    (
        "methylphenidate",
        "Our routine: one 20 mg tablet at 7, two more at noon, and the last one at a quarter to four.",
        ABOVE,
        "error",
    ),
    # the draft's own wording (eh10)
    (
        "citalopram",
        '**Ruth again:** "After a bad winter my doctor moved me up from one 20 mg tablet each morning to three of them, and'
        ' honestly that was the turning point for me."',
        ABOVE,
        "error",
    ),
    # new wordings: raised to a count
    ("citalopram", "They went from two 10 mg tablets at night to six tablets.", ABOVE, "error"),
    ("citalopram", "my gp bumped me from one 20 mg tablet every night to three of them and I felt it straight away", ABOVE, "error"),
    ("citalopram", "The psychiatrist took her from one 20 mg tablet every morning, all the way up to three of those.", ABOVE, "error"),
]

#: (drug, body, rule): near misses that must stay silent.
SHOULD_NOT = [
    # pens at or under the maximum, or a box of them, or forbidden
    ("tirzepatide", "He injects two 7.5 mg pens every week, one after the other.", ABOVE),
    ("tirzepatide", "A box holds four 10 mg pens.", ABOVE),
    ("tirzepatide", "Never use two of the 10 mg pens in one week.", ABOVE),
    # meals at the maximum, not counted, or one meal of three
    ("metformin", "The care plan says one 850 mg tablet with each of her three meals.", ABOVE),
    ("metformin", "He takes one 1,000 mg tablet with each meal.", ABOVE),
    ("metformin", "He takes a 1,000 mg tablet with one of his three meals.", ABOVE),
    ("metformin", "Never give him a 1,000 mg tablet with each of his three meals.", ABOVE),
    # the day's tablets at the maximum, or the last one on another day or refused
    ("methylphenidate", "He takes one 20 mg tablet with breakfast, one more at lunch and the last one at half past three.", ABOVE),
    ("methylphenidate", "He has two 20 mg tablets with breakfast and the last one at teatime.", ABOVE),
    ("methylphenidate", "He takes two 20 mg Ritalin with breakfast, and never the last one at half past three.", ABOVE),
    # raised within the label, or to a count of another strength
    ("citalopram", "The psychiatrist switched me from one 20 mg tablet each morning to two of them.", ABOVE),
    ("citalopram", "She moved me up from one 10 mg tablet each morning to three of them.", ABOVE),
    ("citalopram", "My GP moved me from one 10 mg tablet a day to two of them, and later to 40 mg.", ABOVE),
]
