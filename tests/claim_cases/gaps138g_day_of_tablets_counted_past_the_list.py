"""A day's tablets counted with the strength told apart, from eval/holdout226 (gp01, mirtazapine), holdout227 (gq02,
acetaminophen), holdout229 (gs01, ibuprofen), holdout230 (gt10, acetaminophen) and holdout225 (go07, rosuvastatin), and three
false errors: holdout226 (gp03, naproxen), holdout227 (gq12,
citalopram) and holdout228 (gr12, meloxicam), as a class.

Class: the tablets of one day are counted where the strength is told in the sentence before or earlier in the list item,
and the day's count is read past what hid it: a count "of those" with no verb, told with the hours it is taken every ("two of
those every four hours, day and night"); a strength told with the drug's name before it ("Your tablets are ibuprofen 800 mg");
one more tablet told in the next sentence after a day's list ("... and one at bedtime. If the pain wakes you in the night,
you can take one more."); the count a dose is raised to step by step ("add one more 15 mg tablet every one to two weeks ...,
up to four tablets at bedtime": the step every few weeks is no dose of the day); a day's list whose later items are occasions
of that day, a part of the day named in it ("two with breakfast, two mid-afternoon, two before the headliner, two at the
after-party and two more when we finally crawl into the tent", "two with my coffee before the airport run and another when I
knock off at night"). Silent: the day at or under the maximum, one
more said not to be taken; two strengths of a study that "both" did something ("7.5 mg and 15 mg once a day both eased"), not
one day's sum; an amount someone else assumed, refuted by the next sentence ("Marisol's sister assumed Aleve worked like the
other brand, four or five tablets a day. It doesn't."), or reported ("someone said they were on 60 mg") and answered by a
ceiling below it ("doses above 40 mg aren't recommended, full stop").
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_MIRTAZAPINE = (
    "## How do I take it?\n\n- Take it once a day, at bedtime, with or without food.\n- Most people start on one 15 mg tablet.\n"
    "- Your doctor may add one more 15 mg tablet every one to two weeks if you need it, up to four tablets at bedtime.\n- The"
    " melt-in-the-mouth tablets (RemeronSolTab) dissolve on your tongue. You do not need water."
)
_ACETAMINOPHEN = (
    "## How much should I take for a fever?\n\nOur store-brand Extra Strength caplets are 500 mg each. When a fever is really"
    " hanging on, two of those every four hours, day and night, keeps it from creeping back up. Drink plenty of water and"
    " rest.\n\nFor the regular-strength 325 mg tablets, the label says two tablets every 4 to 6 hours, and not more than 10"
    " tablets in 24 hours."
)
_IBUPROFEN = (
    "## How to take it\n\nYour tablets are ibuprofen 800 mg. Take one with breakfast, one with lunch, one with your evening meal"
    " and one at bedtime. If the pain wakes you in the night, you can take one more."
)
_NAPROXEN = (
    "On the shelf, naproxen sodium comes as 220 mg tablets. The Drug Facts label says to take one tablet every 8 to 12 hours,"
    " and not more than three tablets (660 mg) in 24 hours unless a doctor tells you otherwise. Marisol's sister assumed Aleve"
    " worked like the other brand, four or five tablets a day. It doesn't."
)
_CITALOPRAM = (
    "**The dose.** I started on 20 mg once a day. After at least a week it can go up, but 40 mg a day is the ceiling. People"
    " over 60, and people on certain other medicines, stay at 20 mg. I asked about a forum post where someone said they were on"
    " 60 mg. She said doses above 40 mg aren't recommended, full stop, because of the heart."
)
_MELOXICAM = (
    "In the studies behind its approval, 7.5 mg and 15 mg once a day both eased arthritis pain and stiffness better than a"
    " dummy pill.[^1]\n\n[^1]: MOBIC prescribing information, section 14."
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (gp01, gq02, gs01)
    ("mirtazapine", _MIRTAZAPINE, ABOVE_MAX, "error"),
    ("acetaminophen", _ACETAMINOPHEN, ABOVE_MAX, "error"),
    ("ibuprofen", _IBUPROFEN, ABOVE_MAX, "error"),
    # new wordings, other voices
    (
        "mirtazapine",
        "Mum's psychiatrist started her on a 15 mg tablet and added another 15 mg tablet every fortnight or so, up to four"
        " tablets at night.",
        ABOVE_MAX,
        "error",
    ),
    (
        "sertraline",
        "Start with one 50 mg tablet. Your doctor may add one more 50 mg tablet each week, up to five tablets a day.",
        ABOVE_MAX,
        "error",
    ),
    (
        "acetaminophen",
        "Grandad's caplets are 500 mg. Two of them every three hours through the night, he reckons, is what kept the fever off.",
        ABOVE_MAX,
        "error",
    ),
    (
        "acetaminophen",
        "The caplets in our first-aid kit are 500 mg each. On the hike, three of those every six hours got me over the pass.",
        ABOVE_MAX,
        "error",
    ),
    (
        "ibuprofen",
        "Dad's tablets are ibuprofen 800 mg. He has one with breakfast, one at lunch, one with supper and one at bedtime. When his"
        " knee wakes him, he takes one more.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the day at or under the maximum: three mirtazapine tablets (45 mg), four 600 mg ibuprofen plus one (3,000 mg), two 500 mg
    # caplets every six hours (4,000 mg)
    (
        "mirtazapine",
        "- Most people start on one 15 mg tablet.\n- Your doctor may add one more 15 mg tablet every one to two weeks if you need"
        " it, up to three tablets at bedtime.",
        ABOVE_MAX,
    ),
    (
        "ibuprofen",
        "Your tablets are ibuprofen 600 mg. Take one with breakfast, one with lunch, one with your evening meal and one at bedtime."
        " If the pain wakes you in the night, you can take one more.",
        ABOVE_MAX,
    ),
    (
        "acetaminophen",
        "Our store-brand caplets are 500 mg each. When a fever hangs on, two of those every six hours keeps it down.",
        ABOVE_MAX,
    ),
    # one more said not to be taken; four scheduled alone (3,200 mg: the maximum)
    (
        "ibuprofen",
        "Your tablets are ibuprofen 800 mg. Take one with breakfast, one with lunch, one with your evening meal and one at bedtime."
        " Never take one more in the night.",
        ABOVE_MAX,
    ),
    # the drafts' false errors (gp03, gq12, gr12)
    ("naproxen", _NAPROXEN, ABOVE_MAX),
    ("citalopram", _CITALOPRAM, ABOVE_MAX),
    ("meloxicam", _MELOXICAM, ABOVE_MAX),
    # two strengths of a study, other voices
    ("meloxicam", "In the trials, 7.5 mg and 15 mg a day were both better than placebo for knee pain.", ABOVE_MAX),
    ("citalopram", "In the trials, 20 mg and 40 mg a day both lifted mood more than placebo.", ABOVE_MAX),
    # hearsay answered by a ceiling below it, another voice
    (
        "citalopram",
        "A guy in my support group swears he takes 80 mg a day. Our pharmacist says never more than 40 mg, because of the heart rhythm.",
        ABOVE_MAX,
    ),
]

#: the near misses that must still be reported: the two taken together, an assumption agreed with, hearsay left standing,
#: the writer's own dose followed by the ceiling
SHOULD += [
    ("meloxicam", "He takes one 7.5 mg tablet and one 15 mg tablet every morning.", ABOVE_MAX, "error"),
    (
        "naproxen",
        "On the shelf, naproxen sodium comes as 220 mg tablets. Marisol's sister takes Aleve like the other brand, four or five"
        " tablets a day.",
        ABOVE_MAX,
        "error",
    ),
    (
        "citalopram",
        "I asked about a forum post where someone said they were on 60 mg. She said that's fine for some people.",
        ABOVE_MAX,
        "error",
    ),
    ("citalopram", "My doctor put me on 60 mg a day. Doses above 40 mg aren't recommended.", ABOVE_MAX, "error"),
]

# a day's list whose later items are occasions of that day, not parts of it (holdout230 gt10, holdout225 go07): counted
_FESTIVAL = (
    "## How we dose\n\nWe pack Extra Strength, which is 500 mg a caplet. On a big day our routine is two with breakfast, two"
    " mid-afternoon, two before the headliner, two at the after-party and two more when we finally crawl into the tent.\n\n"
    "Swallow them with water, not with whatever's in your cup."
)
_CABBIE = (
    "**Medallion_Mike** · Mar 14, 11:30 a.m.\n\nDoc's got me on the 20 mg ones. I do two with my coffee before the airport run and"
    " another when I knock off at night, and my LDL is finally under 100. Also on metformin for my sugar, no problems."
)
SHOULD += [
    ("acetaminophen", _FESTIVAL, ABOVE_MAX, "error"),
    ("rosuvastatin", _CABBIE, ABOVE_MAX, "error"),
    (
        "sumatriptan",
        "Her tablets are 100 mg. She takes one before the school run and another when she gets in from work, and a third at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "cyclobenzaprine",
        "The physio gave me the 10 mg ones. I take one before the gym, one after the gym, one with dinner and one at bedtime.",
        ABOVE_MAX,
        "error",
    ),
]
SHOULD_NOT += [
    # within the maximum: a smaller strength, fewer tablets
    (
        "rosuvastatin",
        "Doc's got me on the 10 mg ones. I do two with my coffee before the airport run and another when I knock off at night.",
        ABOVE_MAX,
    ),
    (
        "acetaminophen",
        "We pack Extra Strength, which is 500 mg a caplet. On a big day it's two with breakfast, two before the headliner and two"
        " when we crawl into the tent.",
        ABOVE_MAX,
    ),
    ("cyclobenzaprine", "The physio gave me the 10 mg ones. I take one before the gym, one after the gym and one at bedtime.", ABOVE_MAX),
    # another day's tablets: not the same day
    ("ibuprofen", "My tablets are 400 mg. I take four with breakfast and four at the weekend.", ABOVE_MAX),
    # one tablet alone
    ("rosuvastatin", "Doc's got me on the 20 mg ones. I do one with my coffee before the airport run, and that's it.", ABOVE_MAX),
]
