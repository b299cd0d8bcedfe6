"""Missed classes (holdout72-74): a day's tablets told by counting them, the strength said apart from the count.

1. Tablets of a strength named earlier in the sentence, counted as "N of them" (those, these) right after a verb of
   taking, at a part of the day ("The sleep tabs are 50 mg each, so now I take two of them at lights out",
   diphenhydramine for sleep: 100 mg at bedtime); "lights out" is bedtime.
2. A share of tablets described by two looks joined by "and" before their strength ("five of the green and cream
   20 mg capsules a day", fluoxetine: 100 mg a day).
3. Tablets taken together, then how often that is done ("four of the regular 200 mg Advil at once, three times a
   day": 800 mg a dose, 2,400 mg a day).
4. A count, then a count more later that day, with "all day" after it: the same day, not another
   ("two of the 220 mg caplets in the morning and then two more before bed, and I'm good all day": 880 mg of OTC naproxen).
5. The count told after the tablets ("I take the 10 mg tablets, three of them with breakfast") and each count more at
   a later time added ("three more with lunch ... I add one more around 4 pm": 70 mg of methylphenidate); the 10 mg
   strength is sold only in forms with a 60 mg maximum.

Still silent: a dose at the maximum, counts said not to be taken, a count more the next day, "two of them" not
taken ("two of them said"), counts before the strength is of another kind."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "diphenhydramine",
        "For sleep the label dose is 50 mg at bedtime. My sleep caps are 25 mg each, and these days I swallow three of them before bed.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "diphenhydramine",
        "As a sleep aid the most is 50 mg at bedtime, but the generic tablets are 25 mg apiece and he takes four of those at lights-out.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "fluoxetine",
        "Over the years he went up to six of the white and yellow 20 mg capsules a day for his OCD.",
        ABOVE_MAX,
        "error",
    ),
    (
        "ibuprofen",
        "When my knee flares I swallow three of the standard 200 mg Motrin together, four times a day, for about a week.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "methylphenidate",
        "She takes the 10 mg tablets, four of them at breakfast and two more at lunch, and when she has an exam she adds one more at 3 pm.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "naproxen",
        "On long hikes I take two of the 220 mg Aleve caplets at breakfast and then two more at dinner, and it carries me all day.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # at the maximum
    ("fluoxetine", "He is on four of the green and cream 20 mg capsules a day, as his psychiatrist prescribed.", ABOVE_MAX),
    (
        "methylphenidate",
        "She takes the 10 mg tablets, three of them at breakfast and three more at lunch, which is her prescribed dose.",
        ABOVE_MAX,
    ),
    ("ibuprofen", "For a bad back, two of the 200 mg tablets at once, three times a day, is the label's dose.", ABOVE_MAX),
    (
        "diphenhydramine",
        "For sleep the label dose is 50 mg at bedtime. My sleep caps are 25 mg each, and I take two of them before bed.",
        ABOVE_MAX,
    ),
    # not taken, another day
    (
        "diphenhydramine",
        "For sleep the label dose is 50 mg at bedtime. The caps are 25 mg each; two of them said one was enough before bed.",
        ABOVE_MAX,
    ),
    (
        "diphenhydramine",
        "For sleep the label dose is 50 mg at bedtime. The caps are 25 mg each, so never take three of them before bed.",
        ABOVE_MAX,
    ),
    ("ibuprofen", "Never take four of the regular 200 mg Advil at once, three times a day.", ABOVE_MAX),
    (
        "naproxen",
        "I took two of the 220 mg caplets in the morning, and the next day two more before bed.",
        ABOVE_MAX,
    ),
    (
        "methylphenidate",
        "She takes the 10 mg tablets, three of them at breakfast and three more at lunch, and never one more in the afternoon.",
        ABOVE_MAX,
    ),
]
