"""A day's tablets counted with the strength told apart, from eval/holdout231 (gu04, tadalafil), holdout232 (gv04, cetirizine),
holdout233 (gw02, hydrocodone-acetaminophen; gw09, methylphenidate), holdout234 (gx05, cyclobenzaprine), holdout235 (gy10,
buspirone), holdout236 (gz06, carvedilol), holdout237 (ha03, losartan) and holdout238 (hb09, pantoprazole), as a class.

Class: the writer names the strength once (earlier in the sentence, in the sentence before, or as "the 20s") and counts the
tablets of one day or evening, and the day's total is above the label maximum for the use told; read past what hid it: the
strength said "the 15 mg ones", "the 10 mg size", "the 10/325 strength", "a few of the 20s" (a drug whose entries list no
strengths, the number named in mg in the article); a count with a half in it or a whole or half one ("one and a half in the
morning and one and a half at night", "a whole one with breakfast and a half with his evening meal"); "the second one" right
after a verb of taking; "another one right before bed"; "one more before dinner, for eight more weeks" (a duration, not another
day); "on release weeks ..., half of one more at 6" (weeks of a kind, their days the same day); a ceiling in tablets said "don't
go past eight tablets in 24 hours" of a combination strength named in the sentence before. Silent: the day at or under the
maximum (a smaller strength, fewer tablets), the count forbidden, "the second one" not taken ("I prefer the second one"),
half of one more only on other weeks, "a half hour before breakfast", a ceiling of the strength whose label it is.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_TADALAFIL = (
    "## Tadalafil Dosage\n\nHow it's normally prescribed:\n\n- As needed for ED: 10 mg before sex, down to 5 mg or up to 20 mg,"
    " max once a day.\n- Every day for ED or BPH: 2.5 mg or 5 mg once a day.\n\nReal talk on my own dose: for my ED I keep a"
    " few of the 20s around, take one with dinner, and if nothing much is happening by about ten I just take the second one."
)
_CETIRIZINE = (
    "## My Pollen Season Routine\n\nReal talk: on the worst tree-pollen days one tablet doesn't cut it for me, so I take one of"
    " the 10mg tablets when I wake up and another one right before bed, and I sail through May like a champ."
)
_HYDROCODONE = (
    "## How much can I take?\n\nMost people I see leaving the surgery center have the 10/325 strength. Take one tablet every 4 to"
    " 6 hours only if you need it, and don't go past eight tablets in 24 hours."
)
_METHYLPHENIDATE = (
    "**Short-acting.** These last about 3 to 4 hours, so most of us take two or three doses spread through the day. My"
    " prescription is the 20 mg Ritalin tablets. One with breakfast, one at 11, one at 3, and on release weeks when I'm here"
    " till 9, half of one more at 6."
)
_CYCLOBENZAPRINE = (
    "**How Ron took it.** His tablets were the 10 mg size. He took one with breakfast and one after lunch, and for the first few"
    " nights, when the spasm was at its worst, two at bedtime."
)
_BUSPIRONE = (
    "In the spring we went up again. The tablets I'm on now are the 15 mg ones, and I take two with breakfast, one when I get"
    " home from work and two more at bedtime."
)
_CARVEDILOL = (
    "Mine's for blood pressure too. The GP had me on the 25 mg tablets, and when my readings were still sitting around 160 over"
    " 100 she told me to take one and a half in the morning and one and a half at night."
)
_LOSARTAN = (
    "Dev started on 50 mg once a day. Three months later his doctor moved him up to the 100 mg tablets. When his home readings"
    " still crept up in the evenings, a locum at his practice suggested he take half of one of those again at bedtime, and that"
    " is the routine he keeps today: a whole one with breakfast and a half with his evening meal."
)
_PANTOPRAZOLE = (
    "The test shows that stomach acid has made sores in his esophagus. The name of this problem is erosive esophagitis.\n\n"
    'After four weeks, the burning still wakes him up at night. The doctor says, "Now take one 40 mg tablet before breakfast and'
    ' one more before dinner, for eight more weeks."'
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    ("tadalafil", _TADALAFIL, ABOVE_MAX, "warning"),
    ("cetirizine", _CETIRIZINE, ABOVE_MAX, "error"),
    ("hydrocodone-acetaminophen", _HYDROCODONE, ABOVE_MAX, "warning"),
    ("methylphenidate", _METHYLPHENIDATE, ABOVE_MAX, "error"),
    ("cyclobenzaprine", _CYCLOBENZAPRINE, ABOVE_MAX, "error"),
    ("buspirone", _BUSPIRONE, ABOVE_MAX, "error"),
    ("carvedilol", _CARVEDILOL, ABOVE_MAX, "warning"),
    ("losartan", _LOSARTAN, ABOVE_MAX, "error"),
    ("pantoprazole", _PANTOPRAZOLE, ABOVE_MAX, "warning"),
    # new wordings, other voices
    (
        "tadalafil",
        "For ED the usual top dose is 20 mg. I keep a few of the 20s in the drawer. I take one at dinner, and if it's slow I"
        " take the second one.",
        ABOVE_MAX,
        "warning",
    ),
    ("cetirizine", "Each morning he has one of the 10 mg tablets, and another one just before bed.", ABOVE_MAX, "error"),
    (
        "hydrocodone-acetaminophen",
        "Dad's tablets are the 10/325 strength. Take one every 4 to 6 hours if needed, and never go beyond eight tablets in 24 hours.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "methylphenidate",
        "Her prescription is the 20 mg Ritalin tablets. One at breakfast, one at noon, one at 4, and on exam weeks, half of one more at 7.",
        ABOVE_MAX,
        "error",
    ),
    (
        "cyclobenzaprine",
        "Her tablets were the 10 mg size. She took one with breakfast, one after lunch and two at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    ("fluoxetine", "My capsules are the 20 mg ones, and I take two when I wake up, one at lunch and two at bedtime.", ABOVE_MAX, "error"),
    (
        "losartan",
        "Her tablets are the 100 mg ones. She takes one and a half in the morning and one and a half at night.",
        ABOVE_MAX,
        "error",
    ),
    (
        "losartan",
        "Dad's losartan tablets are 100 mg. The routine he keeps: a whole one with breakfast and a half with his evening meal.",
        ABOVE_MAX,
        "error",
    ),
    (
        "pantoprazole",
        "For erosive esophagitis: take one 40 mg tablet before breakfast and one more before your evening meal, for another four weeks.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the day at or under the maximum: a smaller strength, fewer tablets
    (
        "carvedilol",
        "Her carvedilol tablets are 12.5 mg. She takes one and a half in the morning and one and a half at night.",
        ABOVE_MAX,
    ),
    (
        "losartan",
        "Dad's losartan tablets are 50 mg. The routine he keeps: a whole one with breakfast and a half with his evening meal.",
        ABOVE_MAX,
    ),
    ("cetirizine", "I take one of the 5 mg tablets when I wake up and another one right before bed.", ABOVE_MAX),
    (
        "tadalafil",
        "For ED the usual dose is 10 mg. I keep a few of the 10s around, take one with dinner, and if nothing happens I just take"
        " the second one.",
        ABOVE_MAX,
    ),
    (
        "pantoprazole",
        "For erosive esophagitis: take one 20 mg tablet before breakfast and one more before dinner, for eight more weeks.",
        ABOVE_MAX,
    ),
    (
        "methylphenidate",
        "Her prescription is the 20 mg Ritalin tablets. One at breakfast, one at noon, and on exam weeks, half of one more at 4.",
        ABOVE_MAX,
    ),
    (
        "buspirone",
        "The tablets I'm on now are the 10 mg ones, and I take two with breakfast, one when I get home from work and two more at bedtime.",
        ABOVE_MAX,
    ),
    ("cyclobenzaprine", "Her tablets were the 5 mg size. She took one with breakfast, one after lunch and two at bedtime.", ABOVE_MAX),
    # the count forbidden; "the second one" not taken; half of one more only on other weeks
    ("cetirizine", "Never take one of the 10 mg tablets when you wake up and another one right before bed.", ABOVE_MAX),
    (
        "tadalafil",
        "For ED the usual top dose is 20 mg. I keep a few of the 20s in the drawer, and of the two brands I prefer the second one.",
        ABOVE_MAX,
    ),
    (
        "methylphenidate",
        "Her prescription is the 20 mg Ritalin tablets. One at breakfast, one at noon, one at 4, and on other weeks half of one more at 7.",
        ABOVE_MAX,
    ),
    # a half hour, not half a tablet; one tablet a day for some weeks
    ("glipizide", "Take one 10 mg tablet a half hour before breakfast.", ABOVE_MAX),
    ("pantoprazole", "Hector took one 40 mg tablet before breakfast for eight weeks.", ABOVE_MAX),
    # the ceiling of the strength whose label it is, or within the strength's own
    (
        "hydrocodone-acetaminophen",
        "Most people leave with the 5/325 strength. Take one tablet every 4 to 6 hours if you need it, and don't go past eight"
        " tablets in 24 hours.",
        ABOVE_MAX,
    ),
    (
        "hydrocodone-acetaminophen",
        "Most people leave with the 10/325 strength. Take one tablet every 4 to 6 hours if you need it, and don't go past six"
        " tablets in 24 hours.",
        ABOVE_MAX,
    ),
]
