"""A day's tablets told across sentences or list items, from eval/holdout215 (ge02, cyclobenzaprine; ge04, ibuprofen),
holdout217 (gg10, naproxen), holdout218 (gh11, lamotrigine), holdout219 (gi04, sumatriptan; gi12, loratadine), holdout220
(gj05, escitalopram) and holdout222 (gl02, acetaminophen), as a class.

Class: the strength is told in the sentence or list item before ("the 10 mg ones", "Your tablets are 800 mg", "the regular
Lamictal tablets, the 200s", "her 100 mg tablets", the product whose caplets are bought: "He buys the Extra Strength caplets")
or earlier in the sentence, and the count and the times in this one: a list of the day's parts told as what one did ("I did
two of them with breakfast, two at lunch and two at bedtime"), headed by each meal ("one tablet with each meal (breakfast,
lunch and evening meal), one with your supper, and one more at bedtime"), ending on the nth ("and a fourth at bedtime"),
headed by "a tablet" ("a tablet when I get up and another after dinner"); one, another and a third told by what happens
("and a third as she clocks off at dawn"); the first tablets repeated every so many hours ("two of them first thing, then
two again every four hours"); a dose raised to a count on a daily schedule said after it ("from one 10 mg tablet to three of
them each morning"). Silent: the day at or under the maximum (a smaller strength, fewer tablets, the extended-release
product's higher maximum), the list told as what not to do, one tablet alone.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_CYCLOBENZAPRINE = (
    "The usual adult dose is 5 mg three times a day, and the doctor can raise that to 10 mg three times a day, which is the"
    " ceiling for the ordinary tablets. The once-daily capsule (Amrix) comes as 15 mg or 30 mg, and 30 mg once a day is its top"
    " dose.\n\nDev's version, in his own words: \"The urgent care doc gave me the 10 mg ones. I did two of them with breakfast,"
    " two at lunch and two at bedtime for the first week, because one at a time didn't touch it.\""
)
_IBUPROFEN = (
    "## How do I take it?\n\n- Your tablets are 800 mg.\n- Take one tablet with each meal (breakfast, lunch and evening meal),"
    " one with your supper, and one more at bedtime.\n- Always take it with food or milk."
)
_NAPROXEN = (
    "Over the counter: one 220 mg tablet every 8 to 12 hours. Never more than two tablets in any 8 to 12 hours, or three"
    " tablets in 24 hours.\n\nOur club secretary, Marco, who has the worst hamstring in the county, says his sports doctor has"
    ' him on the prescription 500 mg tablets during heavy weeks: "One with breakfast, one at lunch, one with dinner, and a'
    ' fourth at bedtime after long-run days." He swears by it.'
)
_LAMOTRIGINE = (
    "**CALLER (GLENN):** Hi, Luis, hi, Carla. I've had epilepsy since my twenties. I'm on the regular Lamictal tablets, the"
    " 200s. My neurologist had me take two of them every morning and one more before bed, and I haven't had a seizure in three"
    " years."
)
_SUMATRIPTAN = (
    "Rosa carries her 100 mg tablets in her uniform pocket. On a bad night she swallows one as soon as the lights start,"
    " another when the throbbing creeps back two hours later, and a third as she clocks off at dawn, when the ache has crept"
    " back yet again."
)
_LORATADINE = (
    "## Loratadine Dosage\n\nThe box says one 10 mg tablet once a day for adults and kids 6 and up, and no more than that in 24"
    " hours.\n\nReal talk though: when the oak pollen hits in April, I take a tablet when I get up and another after dinner,"
    " and honestly my eyes thank me for it."
)
_ESCITALOPRAM = (
    "## How do I take it?\n\n- One tablet a day, morning or evening, with or without food.\n- Most students start on 10 mg.\n-"
    " If the first month doesn't do much, your prescriber may bump you up from one 10 mg tablet to three of them each morning."
)
_ACETAMINOPHEN = (
    "- Regular Strength tablets are 325 mg. Adults take two every 4 to 6 hours.\n- Extra Strength caplets are 500 mg. Adults"
    " take two every 6 hours.\n- Whatever the box, never more than 1,000 mg at one time, and never more than 4,000 mg in 24"
    " hours.\n\nLast winter one of our regulars, a roofer with a bad shoulder, told me how he was getting through the cold"
    " months. He buys the Extra Strength caplets, and he takes two of them first thing, then two again every four hours until"
    " he goes to bed around midnight, seven days a week."
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the list's first tablet told with its strength as a dose, the nth still the day's count (holdout95 bo05, which this
    # class's first version lost: 4 × 500 mg = 2,000 mg)
    (
        "naproxen",
        "Siobhan shared her plan from the sports clinic: one 500 mg tablet with breakfast, one with lunch, one with dinner, and a"
        " fourth before bed on nights the heel was throbbing.",
        "dosage.above-max",
        "error",
    ),
    # the drafts' own wording (ge02, ge04, gg10, gh11, gi04, gi12, gj05, gl02)
    ("cyclobenzaprine", _CYCLOBENZAPRINE, ABOVE_MAX, "error"),
    ("ibuprofen", _IBUPROFEN, ABOVE_MAX, "error"),
    ("naproxen", _NAPROXEN, ABOVE_MAX, "error"),
    ("lamotrigine", _LAMOTRIGINE, ABOVE_MAX, "error"),
    ("sumatriptan", _SUMATRIPTAN, ABOVE_MAX, "error"),
    ("loratadine", _LORATADINE, ABOVE_MAX, "error"),
    ("escitalopram", _ESCITALOPRAM, ABOVE_MAX, "error"),
    ("acetaminophen", _ACETAMINOPHEN, ABOVE_MAX, "error"),
    # new wordings, other voices
    (
        "cyclobenzaprine",
        "My physio's GP handed me the 10 mg ones. I did two of them with breakfast, two at lunch and two before bed.",
        ABOVE_MAX,
        "error",
    ),
    (
        "ibuprofen",
        "- Your tablets are 800 mg.\n- Take one with every meal (breakfast, lunch and dinner), one at teatime and one more at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "naproxen",
        "Gran's rheumatologist has her on the 500 mg tablets: one with breakfast, one at lunch, one with dinner and a fourth at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "lamotrigine",
        "Dad is on the plain Lamictal tablets, the 200s. He takes two of them in the morning and one more at night.",
        ABOVE_MAX,
        "error",
    ),
    (
        "sumatriptan",
        "Ahmed keeps his 100 mg tablets in his desk. On the worst days he swallows one as soon as the aura starts, another when the"
        " pain comes back, and a third as he gets home.",
        ABOVE_MAX,
        "error",
    ),
    (
        "loratadine",
        "The label says one 10 mg tablet a day. Honestly, in hay fever season I take a tablet when I wake up and another at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "escitalopram",
        "Most people start on 10 mg. Your doctor may move you from one 10 mg tablet to three of them every morning.",
        ABOVE_MAX,
        "error",
    ),
    (
        "acetaminophen",
        "- Extra Strength caplets are 500 mg.\n\nMy neighbour buys the Extra Strength caplets and takes two of them at breakfast,"
        " then two again every three hours until bed.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the day at the maximum: 30 mg of cyclobenzaprine, 200 mg of sumatriptan, 600 mg of Lamictal XR
    (
        "cyclobenzaprine",
        "The urgent care doc gave me the 10 mg ones. I did one of them with breakfast, one at lunch and one at bedtime.",
        ABOVE_MAX,
    ),
    (
        "sumatriptan",
        "Rosa carries her 100 mg tablets in her pocket. On a bad night she swallows one as soon as the lights start and another"
        " when the throbbing creeps back two hours later.",
        ABOVE_MAX,
    ),
    ("lamotrigine", "I'm on Lamictal XR, the 300s. I take two of them every morning.", ABOVE_MAX),
    # a smaller strength: the day within the maximum
    (
        "cyclobenzaprine",
        "The urgent care doc gave me the 5 mg ones. I did two of them with breakfast, two at lunch and two at bedtime.",
        ABOVE_MAX,
    ),
    (
        "naproxen",
        'His sports doctor has him on the prescription 250 mg tablets: "One with breakfast, one at lunch, one with dinner, and a'
        ' fourth at bedtime."',
        ABOVE_MAX,
    ),
    (
        "escitalopram",
        "Most students start on 5 mg. Your prescriber may bump you up from one 5 mg tablet to two of them each morning.",
        ABOVE_MAX,
    ),
    (
        "sumatriptan",
        "Rosa carries her 50 mg tablets in her pocket. On a bad night she swallows one as soon as the lights start, another two"
        " hours later, and a third as she clocks off at dawn.",
        ABOVE_MAX,
    ),
    (
        "lamotrigine",
        "I'm on the regular Lamictal tablets, the 100s. My neurologist had me take two of them every morning and one more before bed.",
        ABOVE_MAX,
    ),
    (
        "ibuprofen",
        "- Your tablets are 400 mg.\n- Take one tablet with each meal (breakfast, lunch and evening meal), one with your supper, and"
        " one more at bedtime.",
        ABOVE_MAX,
    ),
    # the other product's tablets: Regular Strength, 12 x 325 mg = 3,900 mg
    (
        "acetaminophen",
        "- Regular Strength tablets are 325 mg.\n- Extra Strength caplets are 500 mg.\n\nHe buys the Regular Strength tablets, and he"
        " takes two of them first thing, then two again every four hours.",
        ABOVE_MAX,
    ),
    # told as what not to do; one tablet alone
    (
        "loratadine",
        "The box says one 10 mg tablet once a day. Never take a tablet when you get up and another after dinner.",
        ABOVE_MAX,
    ),
    (
        "loratadine",
        "The box says one 10 mg tablet once a day. My son takes a tablet when he gets up and nothing else all day.",
        ABOVE_MAX,
    ),
]
