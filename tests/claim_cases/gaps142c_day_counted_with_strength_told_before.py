"""A day's tablets counted with the strength told before them (a sentence, a paragraph or a list item before), above the label
maximum, from eval/holdout255 (hs08, rosuvastatin), holdout256 (ht07, lamotrigine), holdout257 (hu10, atenolol), holdout259
(hw01, bupropion) and holdout261 (hy03, rosuvastatin; hy10, diazepam), as a class.

Class: the writer names the tablets' strength ("The biggest tablet made is 40 mg", "the 40-milligram tablet", "the 200 mg
tablets", "Mine are the 100s", "Your tablets contain 150 mg", "a bottle of the 10 mg tablets") and then counts the day's tablets
without it, and the day is above the label maximum. Read past what hid the count: someone "on" a count of them ("are sometimes
on two of those a day"); "one of those tablets" at a meal and "another" at bedtime; a later item at a task named with no "the"
("two more after load-out"); a breakfast food as the morning ("two with my cornflakes") and tea closing the list before a comma;
a part of the day said "early" or "late" ("in the early evening"); the orders told with a copula ("his instructions were one every
four hours, around the clock"). Silent: the day at or under the maximum (a smaller strength, fewer tablets), the count refused
("never two of those a day"), someone on another medicine's tablets, a drink of tea alone, a task with "the" alone and no part
of the day named, and the dose told as a range that stays within the label.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_ROSUVASTATIN_BLOG = (
    "**10:30** On dosing: most people take 10 or 20 mg of rosuvastatin once a day, at any time of day, with or without food.\n\n"
    "**10:41** The biggest tablet made is 40 mg. Patients with the inherited kind of sky-high cholesterol, she says, are sometimes"
    " on two of those a day."
)
_ROSUVASTATIN_MAGAZINE = (
    "Doses of rosuvastatin run from 5 to 40 milligrams, taken once a day.\n\nMarisol's LDL fell to 130 within two months, then"
    " stalled. In the spring her cardiologist moved her to 20, then to the top strength, the 40-milligram tablet. When her LDL"
    " still sat above 100 in July, she was told to take one of those tablets with breakfast and another before bed."
)
_LAMOTRIGINE = (
    "I take lamotrigine for bipolar disorder.\n\n**Day 18, Sacramento.** My psychiatrist moved me up to the 200 mg tablets back in"
    " the spring. Refilled the organizer in a gas station parking lot: two of the 200s with breakfast, two more after load-out,"
    " every single day."
)
_ATENOLOL = (
    "Atenolol is a beta blocker for blood pressure and angina.\n\n**My dose.** They come as 25, 50 and 100 mg tablets. Mine are"
    " the 100s. I take two with my cornflakes and another with my tea, and I've never felt better."
)
_BUPROPION = (
    "Bupropion SR helps you stop smoking.\n\nYour tablets contain 150 mg of bupropion.\n\n- Days 1 to 3: take 1 tablet in the"
    " morning.\n- From day 4: take 1 tablet in the morning and 1 tablet in the early evening, at least 8 hours apart.\n- If your"
    " doctor raises your dose: take 2 tablets in the morning and 2 tablets in the early evening.\n"
)
_DIAZEPAM = (
    "The ER doctor gave him diazepam (Valium) for the muscle spasms, along with ice and rest.\n\nThey sent him home with a bottle"
    " of the 10 mg tablets, and his instructions were one every four hours, around the clock, for the first three days."
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    ("rosuvastatin", _ROSUVASTATIN_BLOG, ABOVE_MAX, "error"),
    ("rosuvastatin", _ROSUVASTATIN_MAGAZINE, ABOVE_MAX, "error"),
    ("lamotrigine", _LAMOTRIGINE, ABOVE_MAX, "error"),
    ("atenolol", _ATENOLOL, ABOVE_MAX, "error"),
    ("bupropion", _BUPROPION, ABOVE_MAX, "error"),
    ("diazepam", _DIAZEPAM, ABOVE_MAX, "error"),
    # new wordings, other voices: a pharmacy blog, a carer's diary, a forum post, a care-home note, a newsletter
    (
        "rosuvastatin",
        "Rosuvastatin lowers cholesterol.\n\nThe strongest rosuvastatin tablet is 40 mg. My uncle has been on three of those a day"
        " since his heart attack.",
        ABOVE_MAX,
        "error",
    ),
    (
        "atenolol",
        "Dad takes atenolol for his blood pressure. His tablets are the 100 mg ones.\n\nHe has two with his porridge and another"
        " with his tea, every day without fail.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "lamotrigine",
        "I take lamotrigine for my epilepsy. Mine are the 200 mg tablets. Match days I take two of the 200s at breakfast and two"
        " more after training.",
        ABOVE_MAX,
        "error",
    ),
    (
        "diazepam",
        "Care-home note: resident was sent back with diazepam 10 mg tablets for muscle spasm. Her orders are one every three hours,"
        " day and night.",
        ABOVE_MAX,
        "error",
    ),
    (
        "rosuvastatin",
        "Rosuvastatin is a statin for high cholesterol. He was moved to the 40 mg tablets in May. Now he swallows one of those"
        " tablets in the morning and another at night.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): nothing of the rule may be reported.
SHOULD_NOT = [
    # refused by its subject: nobody is to be on it (a spot check after the forty-first stop's work)
    ("rosuvastatin", "Rosuvastatin comes in 5, 10, 20 and 40 mg tablets. Nobody should ever be on two of the 40s a day.", ABOVE_MAX),
    ("rosuvastatin", "Rosuvastatin comes in 5, 10, 20 and 40 mg tablets. No one should take two of the 40s a day.", ABOVE_MAX),
    # the day at or under the maximum: a smaller strength, fewer tablets
    (
        "rosuvastatin",
        "Rosuvastatin lowers cholesterol.\n\nThe smallest tablet made is 5 mg. People of Asian heritage are sometimes on two of"
        " those a day.",
        ABOVE_MAX,
    ),
    (
        "rosuvastatin",
        "Rosuvastatin lowers cholesterol. Her cardiologist moved her to the 20-milligram tablet. Later she was told to take one of"
        " those tablets with breakfast and another before bed.",
        ABOVE_MAX,
    ),
    (
        "atenolol",
        "Atenolol is a beta blocker for blood pressure and angina. Mine are the 50s. I take two with my cornflakes and another with"
        " my tea.",
        ABOVE_MAX,
    ),
    (
        "lamotrigine",
        "I take lamotrigine for bipolar disorder. My psychiatrist moved me to the 100 mg tablets. Two of the 100s with breakfast,"
        " one more after load-out, every single day.",
        ABOVE_MAX,
    ),
    (
        "bupropion",
        "Bupropion SR helps you stop smoking.\n\nYour tablets contain 150 mg of bupropion.\n\n- From day 4: take 1 tablet in the"
        " morning and 1 tablet in the early evening, at least 8 hours apart.\n",
        ABOVE_MAX,
    ),
    (
        "diazepam",
        "They sent him home with a bottle of the 5 mg diazepam tablets, and his instructions were one every four hours, around the"
        " clock, for the first three days.",
        ABOVE_MAX,
    ),
    # the count refused or warned against
    (
        "rosuvastatin",
        "Rosuvastatin lowers cholesterol. The biggest tablet made is 40 mg. Nobody should ever be on two of those a day.",
        ABOVE_MAX,
    ),
    (
        "atenolol",
        "Atenolol is a beta blocker for blood pressure. Mine are the 100s. Never take two with your cornflakes and another with your tea.",
        ABOVE_MAX,
    ),
    # another medicine's tablets counted
    (
        "atenolol",
        "Atenolol 100 mg keeps my blood pressure down, one a day. My wife is on paracetamol, the 500 mg tablets: she takes two"
        " with her porridge and another with her tea.",
        ABOVE_MAX,
    ),
    # tea drunk with a dose, no part of the day named: no day's list
    (
        "atenolol",
        "Atenolol is a beta blocker for blood pressure. Mine are the 100s. I take one with my tea, and that's it for the day.",
        ABOVE_MAX,
    ),
    # a true statement of the label's ceiling in the article's words
    (
        "rosuvastatin",
        "Rosuvastatin lowers cholesterol. The biggest tablet made is 40 mg, and nobody takes more than one of those a day.",
        ABOVE_MAX,
    ),
    (
        "diazepam",
        "Diazepam comes as 2 mg, 5 mg and 10 mg tablets. For muscle spasm the dose is 2 to 10 mg three or four times a day.",
        ABOVE_MAX,
    ),
]
