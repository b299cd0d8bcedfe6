"""A day's dose counted across sentences from a strength told earlier and summed over the parts of the day, and the false
errors of dose reading, from eval/holdout263 (ia09, sertraline), holdout264 (ib06, gabapentin; ib02, citalopram; ib05,
buspirone), holdout266 (id10, fluoxetine), holdout267 (ie06, valacyclovir) and holdout268 (if03, pregabalin), as a class.

Class: the writer names the tablets' strength ("I'm on the 100 mg tablets now", "the big white 800 mg ones", "the
green-and-cream 20 mg ones", "the 1 gram caplets", "the 150 mg size") and then counts the day's tablets at its parts, and the
day is above the label maximum. Read past what hid the count: the strength told by the tablets' look before it ("the big white
800 mg ones"); the strength called a size in the sentence of the count ("now the 150 mg size, and she takes two ..."), which
is no dose of its own; a first item told by a moment ("the moment the tingle starts") or by what it is swallowed with and the
rest of its clause ("with my first coffee before the ovens go on"); a later item told with its own subject and verb (", and I
take half of one more with lunch"). Silent: the day at or under the maximum, a count refused or warned against, another
medicine's tablets; a dose of another drug named only as a kin of the article's drug ("a milder cousin of Xanax", then "I
started on 7.5 mg twice a day"); a dose reported from older guides and answered as out of date ("Some older guides list
citalopram at up to 60 mg a day. That advice is out of date ...").
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
MISSTATEMENT = "accuracy.misstatement"

_SERTRALINE = (
    "Sertraline treats depression.\n\nOver the spring my dose went up in steps. I'm on the 100 mg tablets now. Two go down"
    " with my first coffee before the ovens go on, and I take half of one more with lunch."
)
_GABAPENTIN = (
    "Gabapentin is an anti-seizure medicine. Doctors add it to other seizure medicines to help control partial-onset (focal)"
    " seizures.\n\nWendy's tablets are the big white 800 mg ones. She takes two with breakfast, one at lunch and two more with"
    " her evening meal, which she says is a lot to remember on a tournament day."
)
_FLUOXETINE = (
    "Fluoxetine treats depression.\n\nPhil's capsules are the green-and-cream 20 mg ones. He started on one each morning, and"
    " since the autumn his doctor has had him on three with breakfast and two more at lunchtime."
)
_VALACYCLOVIR = (
    "Valacyclovir treats cold sores.\n\nMy doctor prescribed the 1 gram caplets, and I keep a pack in my bathroom cabinet so"
    " I'm never caught out. I take two of them the moment the tingle starts, two more around lunchtime and another two before"
    " bed, and that's the whole course, done in a day."
)
_PREGABALIN = (
    "Her rheumatologist started her on pregabalin, one of the few medicines approved for fibromyalgia.\n\nGloria started on 75"
    " mg twice a day. Over the following weeks Dr. Iyer raised it in steps. Her capsules are now the 150 mg size, and she takes"
    " two with breakfast and two more at bedtime."
)
_CITALOPRAM = (
    "Citalopram is approved to treat depression in adults.\n\nMost adults start on 20 mg once a day. After at least a week your"
    " prescriber may go up to 40 mg a day, which is the top dose for most adults. If you are over 60, the ceiling is 20 mg a"
    " day. Some older guides list citalopram at up to 60 mg a day. That advice is out of date, because higher doses can upset"
    " the heart's rhythm."
)
_BUSPIRONE = (
    "Buspirone treats generalized anxiety disorder.\n\nOn it two years, for the same thing. Buspar's basically a milder cousin"
    " of Xanax, same family, just without the sleepy buzz. I started on 7.5 mg twice a day and I'm now on 15 mg twice a day."
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    ("sertraline", _SERTRALINE, ABOVE_MAX, "error"),
    ("gabapentin", _GABAPENTIN, ABOVE_MAX, "error"),
    ("fluoxetine", _FLUOXETINE, ABOVE_MAX, "error"),
    ("valacyclovir", _VALACYCLOVIR, ABOVE_MAX, "error"),
    ("pregabalin", _PREGABALIN, ABOVE_MAX, "warning"),
    # the strength told by the tablets' look, then the day counted: a leaflet, a forum post, a magazine quote, a care note
    (
        "fluoxetine",
        "Fluoxetine treats depression and OCD.\n\nYour capsules are the small green 20 mg ones. Take two at breakfast, two at"
        " lunch and one more at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "sertraline",
        "Sertraline treats depression.\n\nMine are the little blue 100 mg ones. I have two with breakfast and one more with my dinner.",
        ABOVE_MAX,
        "error",
    ),
    (
        "gabapentin",
        "Gabapentin helps control partial-onset seizures.\n\nHis capsules are the chunky orange 400 mg ones. He takes three in"
        " the morning, three at lunch and four at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    # the strength called a size in the count's sentence
    (
        "pregabalin",
        "Pregabalin is approved for fibromyalgia.\n\nMy tablets are the 150 mg size now, and I take two with breakfast and two"
        " more at bedtime.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "sertraline",
        "Sertraline treats depression.\n\nHer tablets are now the 100 mg strength, and she takes two in the morning and one at night.",
        ABOVE_MAX,
        "error",
    ),
    (
        "fluoxetine",
        "Fluoxetine treats depression.\n\nHis capsules are the 40 mg size, and he has two at breakfast and one at lunch.",
        ABOVE_MAX,
        "error",
    ),
    # a first item told by the moment it is taken
    (
        "valacyclovir",
        "Valacyclovir treats cold sores.\n\nThe pharmacy gave me the 1 gram caplets. I swallow two the minute the itch starts,"
        " two at lunchtime and two more at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "valacyclovir",
        "Valacyclovir treats cold sores.\n\nOur customers mostly have the 1 gram caplets. Some take two of them the moment the"
        " tingle begins, two around lunchtime and another two before bed.",
        ABOVE_MAX,
        "error",
    ),
    (
        "sertraline",
        "Sertraline treats depression.\n\nI'm on the 100 mg tablets. I take two the moment my alarm goes off and one more at lunch.",
        ABOVE_MAX,
        "error",
    ),
    # a first item told by what goes with it and the rest of its clause; a later item with its own subject and verb
    (
        "sertraline",
        "Sertraline treats depression.\n\nShe's on the 100 mg tablets now. Two go down with her first coffee before the shop"
        " opens, and she takes one more with lunch.",
        ABOVE_MAX,
        "error",
    ),
    (
        "sertraline",
        "Sertraline treats depression.\n\nHe has the 100 mg tablets. He takes two at breakfast, and he also takes one more"
        " with his dinner.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): nothing of the rule may be reported.
SHOULD_NOT = [
    # the false errors: a kin's dose, and a dose reported from old guides and answered
    ("buspirone", _BUSPIRONE, ABOVE_MAX),
    ("citalopram", _CITALOPRAM, ABOVE_MAX),
    ("citalopram", _CITALOPRAM, MISSTATEMENT),
    (
        "buspirone",
        "Buspirone treats anxiety.\n\nIt's a close relative of Xanax in what it treats, not in how it works. My dose is 15 mg twice a day.",
        ABOVE_MAX,
    ),
    (
        "buspirone",
        "Buspirone treats generalized anxiety disorder.\n\nBuspar is similar to Valium for worry, minus the drowsiness. I take"
        " 10 mg three times a day.",
        ABOVE_MAX,
    ),
    (
        "citalopram",
        "Citalopram treats depression.\n\nThe top dose is 40 mg a day. Many websites still say 60 mg a day is fine. That figure is"
        " outdated: higher doses can upset the heart's rhythm.",
        ABOVE_MAX,
    ),
    # the day at or under the maximum
    (
        "sertraline",
        "Sertraline treats depression.\n\nI'm on the 50 mg tablets now. Two go down with my first coffee before the ovens go on,"
        " and I take half of one more with lunch.",
        ABOVE_MAX,
    ),
    (
        "gabapentin",
        "Gabapentin helps control partial-onset seizures.\n\nWendy's tablets are the big white 600 mg ones. She takes two with"
        " breakfast, one at lunch and two more with her evening meal.",
        ABOVE_MAX,
    ),
    (
        "fluoxetine",
        "Fluoxetine treats depression.\n\nPhil's capsules are the green-and-cream 20 mg ones. He takes two with breakfast and"
        " two more at lunchtime.",
        ABOVE_MAX,
    ),
    (
        "valacyclovir",
        "Valacyclovir treats cold sores.\n\nMy doctor prescribed the 1 gram caplets. I take two of them the moment the tingle"
        " starts and two more about twelve hours later, and that's the whole course.",
        ABOVE_MAX,
    ),
    (
        "pregabalin",
        "Pregabalin is approved for fibromyalgia.\n\nHer capsules are now the 75 mg size, and she takes two with breakfast and"
        " two more at bedtime.",
        ABOVE_MAX,
    ),
    # the count refused or warned against
    (
        "valacyclovir",
        "Valacyclovir treats cold sores.\n\nThe caplets are 1 gram. Never take two the moment the tingle starts, two at lunch and"
        " two more at bedtime.",
        ABOVE_MAX,
    ),
    # another medicine's tablets counted
    (
        "sertraline",
        "Sertraline 100 mg keeps my mood steady, one a day. My husband is on paracetamol, the big white 500 mg ones: he takes"
        " two with breakfast and two more at bedtime.",
        ABOVE_MAX,
    ),
]
