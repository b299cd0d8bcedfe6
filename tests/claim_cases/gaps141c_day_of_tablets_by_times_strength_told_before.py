"""A day's tablets counted by the times of day, the strength told in an earlier sentence or paragraph, above the label maximum,
from eval/holdout247 (hk08, diazepam), holdout250 (hn05, diazepam; hn10, naproxen), holdout251 (ho07, loratadine), holdout252
(hp06, clonazepam) and holdout253 (hq01, famotidine), as a class.

Class: the writer counts one day's tablets at its meals, breaks, clock times or occasions ("one with breakfast, one at the
midday break, and one more at bedtime"), the tablets' strength named before the count (in the sentence or paragraph before, or
sections above as the one strength the article names before it), and the day's total is above the label maximum. Read past
what hid it: one more alone some words after the list ("and on practice nights he takes another before climbing the tower",
"another when the pain woke me at three", "another two whenever the pain woke me"); one count at each of several meals, tea
among them ("two of the little ones at breakfast, lunch, tea and supper"); a verb between a count and its time ("One goes down
with breakfast"); a break named by its part of the day ("the midday break"); a clock time told with what is drunk then ("one
with my 5 a.m. coffee before the flower market, and a second when I get back"); the one strength told sections before the count,
a shop's other strength named after it (a warning). Silent: the day at or under the maximum, one more refused or on the next
day, the strengths listed with a choice, and tea drunk with a dose (no list of the day's meals).
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_DIAZEPAM_BOAT = (
    "The GP said it was muscle spasm. She gave me diazepam (Valium), the little 5 mg tablets, one three times a day for no more than"
    " a week, plus heat, gentle walking and paracetamol.\n\nBy the Wednesday the"
    " spasms were still grabbing me, so I worked it up myself to two of the little ones at breakfast, lunch, tea and supper, plus"
    " another two whenever the pain woke me in the small hours. That got me through, and I'd do the same again."
)
_DIAZEPAM_LOG = (
    "The GP gave me a short course of diazepam for the muscle spasm.\n\n**Tuesday, 13:30.** About the dose, since people always"
    " ask. Mine were the 10 mg tablets. I had one with breakfast, one at lunch, one with tea and one at about nine, and on the two"
    " worst nights I had another when the pain woke me at three."
)
_NAPROXEN = (
    "Geoff was diagnosed with tendinitis in his right shoulder and his GP prescribed naproxen. His tablets are the 500 mg"
    " strength. He takes one with breakfast, one with lunch and one with his evening meal, and on practice nights he takes another"
    " before climbing the tower so he can ring the tenor without wincing."
)
_CLONAZEPAM = (
    "Doses vary a lot from person to person. One of our operators agreed to let us share his plan. He takes the 2 mg tablets for"
    " his panic attacks. One goes down with breakfast, one at the midday break, and one more at bedtime."
)
_FAMOTIDINE = (
    "You have been given famotidine 40 mg tablets.\n\n## What is famotidine for?\n\nYour camera test showed that acid has made the"
    " lining of your food pipe sore (erosive esophagitis).\n\n## How do I take it?\n\n- Take one tablet with breakfast, one with"
    " your evening meal and one at bedtime.\n- Swallow each tablet whole with a glass of water.\n\n## Famotidine from a pharmacy\n\n"
    "You can also buy famotidine without a prescription (Pepcid AC). The 20 mg ones are taken one at a time, and no more than 2"
    " tablets in 24 hours."
)
_LORATADINE = (
    "My baseline became loratadine. I use the store brand of Claritin, the little 10 mg tablet. One every morning from early April"
    " keeps the sneezing down.\n\n## Wedding Saturdays\n\nSaturdays in June are another story. On those days I take one with my 5"
    " a.m. coffee before the flower market, and a second when I get back from the last reception around six, because by then my"
    " eyes are streaming."
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    ("diazepam", _DIAZEPAM_BOAT, ABOVE_MAX, "error"),
    ("diazepam", _DIAZEPAM_LOG, ABOVE_MAX, "error"),
    ("naproxen", _NAPROXEN, ABOVE_MAX, "error"),
    ("clonazepam", _CLONAZEPAM, ABOVE_MAX, "warning"),
    ("famotidine", _FAMOTIDINE, ABOVE_MAX, "warning"),
    ("loratadine", _LORATADINE, ABOVE_MAX, "error"),
    # new wordings, other voices: a carer's diary, a ward note, a forum transcript, a discharge leaflet, a market trader's blog,
    # a patient's complaint letter
    (
        "naproxen",
        "Mum's tablets are naproxen 500 mg.\n\nShe has one at breakfast, one at lunch and one with her supper, and on choir nights"
        " she takes another before going out.",
        ABOVE_MAX,
        "error",
    ),
    (
        "diazepam",
        "Ward note: patient brought in his own diazepam 10 mg tablets.\n\nHe reports taking one with breakfast, one at lunch, one at"
        " teatime and one at bedtime, and another whenever the spasms wake him.",
        ABOVE_MAX,
        "error",
    ),
    (
        "clonazepam",
        "Caller (forum transcript): I'm on the 2 mg clonazepam tablets for panic. One goes down with breakfast, one at the lunch"
        " break, and one more at bedtime.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "famotidine",
        "Your discharge pack contains famotidine 40 mg tablets for your stomach ulcer.\n\n## Your medicines\n\nTake one tablet with"
        " breakfast, one with your evening meal and one at bedtime.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "loratadine",
        "I buy the 10 mg loratadine tablets in bulk.\n\n## Show days\n\nOn show days I take one with my 6 a.m. tea before the long"
        " drive, and a second when I get home.",
        ABOVE_MAX,
        "error",
    ),
    (
        "diazepam",
        "Valium 5 mg tablets were what the GP gave me.\n\nI took two of the little ones at breakfast, lunch, tea and supper, plus"
        " another two whenever the pain woke me.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the day at or under the maximum: a smaller strength, one tablet fewer
    (
        "naproxen",
        "His tablets are the 250 mg strength.\n\nHe takes one with breakfast, one with lunch and one with his evening meal, and on"
        " practice nights he takes another before climbing the tower.",
        ABOVE_MAX,
    ),
    (
        "diazepam",
        "Mine were the 5 mg tablets. I had one with breakfast, one at lunch, one with tea and one at about nine, and on the two worst"
        " nights I had another when the pain woke me at three.",
        ABOVE_MAX,
    ),
    (
        "diazepam",
        "She gave me the little 2 mg tablets.\n\nI took two of the little ones at breakfast, lunch, tea and supper, plus another two"
        " whenever the pain woke me.",
        ABOVE_MAX,
    ),
    (
        "diazepam",
        "She gave me diazepam, the little 5 mg tablets.\n\nI take two of the little ones at breakfast, lunch, tea and supper.",
        ABOVE_MAX,
    ),
    (
        "clonazepam",
        "He takes the 0.5 mg tablets for his panic attacks. One goes down with breakfast, one at the midday break, and one more at"
        " bedtime.",
        ABOVE_MAX,
    ),
    (
        "famotidine",
        "You have been given famotidine 20 mg tablets.\n\n## How do I take it?\n\nTake one tablet with breakfast, one with your"
        " evening meal and one at bedtime.",
        ABOVE_MAX,
    ),
    # one more refused, or on the next day
    (
        "naproxen",
        "His tablets are the 500 mg strength.\n\nHe takes one with breakfast and one with his evening meal, and on practice nights he"
        " never takes another before climbing the tower.",
        ABOVE_MAX,
    ),
    (
        "naproxen",
        "His tablets are the 500 mg strength.\n\nHe takes one with breakfast, one with lunch and one with his evening meal, and on"
        " practice nights he takes another the next day.",
        ABOVE_MAX,
    ),
    (
        "loratadine",
        "I use the little 10 mg tablet.\n\n## Wedding Saturdays\n\nOn those days I take one with my 5 a.m. coffee before the flower"
        " market, and never a second when I get back.",
        ABOVE_MAX,
    ),
    (
        "loratadine",
        "I use the little 10 mg tablet.\n\n## Wedding Saturdays\n\nOn those days I take one with my 5 a.m. coffee before the flower"
        " market, and a second the next day.",
        ABOVE_MAX,
    ),
    # the strengths listed with a choice, sections before; tea as a drink
    (
        "famotidine",
        "Famotidine comes as 20 mg and 40 mg tablets.\n\n## How do I take it?\n\nTake one tablet with breakfast and one at bedtime.",
        ABOVE_MAX,
    ),
    ("diazepam", "Mine were the 10 mg tablets. I had one with breakfast and one with tea.", ABOVE_MAX),
    ("diazepam", "Mine were the 10 mg tablets. I had one with breakfast, and a cup of tea with it.", ABOVE_MAX),
]
