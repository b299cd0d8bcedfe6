"""A day's tablets above the label maximum, built from counts, times of day and a strength told in another sentence, from
eval/holdout240 (hd05, diphenhydramine; hd07, rosuvastatin; hd10, metoprolol) and holdout242 (hf02, methylphenidate; hf06,
diazepam), as a class.

Class: the writer counts the tablets of one day or night at its times and the strength is told apart from the count (in the
sentence or paragraph before, as "the 200s" of a product sold at 200 mg, as "two of the 20s", as the amount of a dose said n - 1
times a day before "a fifth tablet", or in a lead-in above a list whose items are the day's tablets), and the day's total is
above the label maximum for the use told. Read past what hid it: "one more" later in the same sentence on top of the first count;
the strength a count calls its tablets by ("two of the 20s") carried to the next paragraph's count; a time of day told by what is
eaten then ("One with my oatmeal"); Toprol-XL's strengths; a night lain "staring at the ceiling" as the sleep aid's use; the
items of a list under "a typical working day looks like this:". Errors when the strength and the count are sure; a warning when
the strength is inferred (the dose's amount as one tablet) or the count is read across list items. Silent: the day at or under
the maximum, the same tablets counted twice ("two tablets a day: one ... and one more ..."), one more forbidden or on another
night, a lead-in that offers choices, an item that names an amount of its own, a count with no strength named anywhere, and
"one with my doctor" (a person, not a meal).
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_DIPHENHYDRAMINE = (
    "**How much.** The allergy directions for adults are 25 to 50 mg every 4 to 6 hours, and no more than 6 doses in 24 hours.\n\n"
    "**What I do.** Full honesty. On the nights before a final when my brain won't shut off, I take two of the 25s when I get into"
    " bed, and if I'm still staring at the ceiling at 2 a.m., one more."
)
_ROSUVASTATIN = (
    "She started me on rosuvastatin (Crestor), one 20 mg tablet a day.\n\nEight weeks later: 122. Progress. Not good enough.\n\n"
    "In March she bumped it to two of the 20s with my morning cold brew.\n\nBy September my LDL had stalled at 98. I'm not a guy"
    " who settles for 98. So now it's two in the morning and a third one after dinner."
)
_METOPROLOL = (
    "**KD9QRT (Frank):** Thanks Ken. They put me on it after my heart attack in '19, and it's kept my blood pressure and my pulse"
    " down ever since. I'm on the Toprol-XL, the 200s. One with my oatmeal, one at supper, and half of one at lunch. Feel good,"
    " can climb the tower again. Over."
)
_METHYLPHENIDATE = (
    "## How much will I take?\n\nThe short-acting tablets come in 5, 10 and 20 mg, and your prescriber will build you up over a"
    " few weeks. Once you're settled on the 20 mg tablets, a typical working day looks like this:\n\n- one with breakfast\n- one"
    " at lunch\n- one mid-afternoon, around 3\n- one more at about 6, if your evenings are busy with kids' homework or a late"
    " shift\n\nTake each dose 30 to 45 minutes before a meal."
)
_DIAZEPAM = (
    "**Doses in real life.** Most adults take somewhere between 2 and 10 mg, two to four times a day.\n\nAfter my mother's spinal"
    " surgery she was on 10 mg four times a day for the back spasms, and on the worst nights her surgeon let her take a fifth"
    " tablet at bedtime. That got her through the first fortnight."
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    ("diphenhydramine", _DIPHENHYDRAMINE, ABOVE_MAX, "warning"),
    ("rosuvastatin", _ROSUVASTATIN, ABOVE_MAX, "error"),
    ("metoprolol", _METOPROLOL, ABOVE_MAX, "error"),
    ("methylphenidate", _METHYLPHENIDATE, ABOVE_MAX, "warning"),
    ("diazepam", _DIAZEPAM, ABOVE_MAX, "warning"),
    # new wordings, other voices: a sleep diary, a patient forum, a carer's newsletter, a hospital leaflet's list
    (
        "diphenhydramine",
        "Diary, Tuesday. Last night I took two of the 25s at lights out, and when I was still staring at the ceiling at three, two more.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "rosuvastatin",
        "My cardiologist has me on the 20 mg tablets. Last spring it went up to two of the 20s each morning.\n\nNow it's two with"
        " breakfast and a third at bedtime, and my numbers have never looked better.",
        ABOVE_MAX,
        "error",
    ),
    (
        "metoprolol",
        "Dad's on Toprol-XL, the 200s. Two with his porridge and one at teatime, and he says he's never felt better.",
        ABOVE_MAX,
        "error",
    ),
    (
        "methylphenidate",
        "## Sam's day\n\nSam takes the 20 mg tablets, and his school day runs like this:\n\n- one with breakfast\n- one at"
        " lunch\n- one after school\n- one more at teatime",
        ABOVE_MAX,
        "warning",
    ),
    (
        "diazepam",
        "For the spasms he was on 10 mg four times a day, and when the pain was bad his GP let him have a fifth tablet at night.",
        ABOVE_MAX,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the day at or under the maximum: one tablet fewer, a smaller strength
    (
        "diphenhydramine",
        "On bad nights I take one of the 25s when I get into bed, and if I'm still staring at the ceiling at 2 a.m., one more.",
        ABOVE_MAX,
    ),
    (
        "rosuvastatin",
        "She started me on one 10 mg tablet a day.\n\nIn March she bumped it to two of the 10s with my morning coffee.\n\nSo now"
        " it's two in the morning and a third one after dinner.",
        ABOVE_MAX,
    ),
    ("metoprolol", "I'm on the Toprol-XL, the 100s. One with my oatmeal, one at supper, and half of one at lunch.", ABOVE_MAX),
    (
        "methylphenidate",
        "Once you're settled on the 10 mg tablets, a typical working day looks like this:\n\n- one with breakfast\n- one at"
        " lunch\n- one mid-afternoon\n- one more at about 6",
        ABOVE_MAX,
    ),
    ("diazepam", "She was on 5 mg four times a day for the back spasms, and on the worst nights a fifth tablet at bedtime.", ABOVE_MAX),
    ("diazepam", "She was on 10 mg three times a day for the back spasms, and on the worst nights a fourth tablet at bedtime.", ABOVE_MAX),
    # the same tablets counted twice; one more forbidden, or on another night
    ("diphenhydramine", "For sleep, take two of the 25s a day: one when you get into bed, and one more if you wake.", ABOVE_MAX),
    ("diphenhydramine", "I take two of the 25s when I get into bed for sleep, and I never take one more, even at 2 a.m.", ABOVE_MAX),
    ("diphenhydramine", "I take two of the 25s at bedtime when I can't sleep, and one more the next night if it didn't work.", ABOVE_MAX),
    # a lead-in that offers choices; an item with an amount of its own
    (
        "methylphenidate",
        "On the 20 mg tablets, your prescriber may suggest either of these ways to spread the day:\n\n- one with breakfast\n- one at"
        " lunch\n- one mid-afternoon\n- one more at about 6",
        ABOVE_MAX,
    ),
    (
        "methylphenidate",
        "Once you're settled on the 20 mg tablets, a typical day looks like this:\n\n- one with breakfast\n- 10 mg at lunch\n- one"
        " mid-afternoon",
        ABOVE_MAX,
    ),
    # no strength named anywhere; a person, not a meal
    ("rosuvastatin", "So now it's two in the morning and a third one after dinner.", ABOVE_MAX),
    ("metoprolol", "I'm on the Toprol-XL, the 200s. I take one with my doctor's blessing, and that's all.", ABOVE_MAX),
]
