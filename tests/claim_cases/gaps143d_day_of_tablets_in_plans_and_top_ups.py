"""A day's tablets told in a plan, a list or on top of a usual dose, above the label maximum, from eval/holdout267 (ie01,
varenicline) and holdout269 (ig01, naltrexone; ig07, baclofen), as a class.

Class: the reader is told to take, on one day, more than the label's most in a day, but no sentence holds an amount and how
often together. The tablets are counted under a day of a plan, the strength told lines before ("Naltrexone comes as 50 mg
tablets" ... "- Friday: 4 tablets", "Day 3: take 4 tablets"); they are called by their look, the look told with the strength
before ("white 0.5 mg tablets and blue 1 mg tablets" ... "one blue tablet after breakfast and two blue tablets after your evening
meal"); or one tablet more, called by the strength's number, is taken on top of a schedule already at the maximum ("20 mg four
times a day now, and on game days I take another one of the 20s before warm-up"). Silent: the plan's days at or under the
maximum, a look told with two strengths (no sure strength), one more that keeps the day within the maximum, one more refused,
taken instead or on another day, and the tablets of a day with no day named before them ("For 4 days, 2 tablets").
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_NALTREXONE = (
    "## How to take it\n\nNaltrexone comes as 50 mg tablets. Most people take one tablet once a day, with or without food.\n\n"
    "Some people find it easier to take it on three days a week instead, with a nurse watching them take it. A common plan is:\n\n"
    "- Monday: 2 tablets\n- Wednesday: 2 tablets\n- Friday: {friday} tablets\n\nYour doctor will tell you which plan is yours."
)
_VARENICLINE = (
    "Varenicline comes in a starter pack with two strengths: white 0.5 mg tablets and blue 1 mg tablets. Choose a quit date one"
    " week after you start the tablets.\n\n- Days 1 to 3: one white tablet once a day.\n- Days 4 to 7: one white tablet twice a"
    " day.\n- Day 8 onwards: one blue tablet after breakfast and {evening} blue {tablets} after your evening meal.\n\nTake each dose"
    " after food with a full glass of water."
)
_BACLOFEN = (
    "Been on it six years for my MS. I'm on 20 mg {times} times a day now, and on game days I take another one of the 20s before"
    " warm-up so my legs don't fight me in the first half. Works for me."
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    ("naltrexone", _NALTREXONE.format(friday=4), ABOVE_MAX, "error"),
    ("varenicline", _VARENICLINE.format(evening="two", tablets="tablets"), ABOVE_MAX, "error"),
    ("baclofen", _BACLOFEN.format(times="four"), ABOVE_MAX, "error"),
    # new wordings, other voices: a clinic's sales page, a forum post, a magazine quote, a pharmacy handout
    (
        "naltrexone",
        "Every tablet we dispense is 50 mg.\n\nOur nurse-led programme keeps it simple:\n\n- Monday: 3 tablets\n- Thursday: 4"
        " tablets\n\nBook your first visit online.",
        ABOVE_MAX,
        "error",
    ),
    (
        "naltrexone",
        "My clinic gave me naltrexone 50 mg tablets and a card for the week. Day 1: take 2 tablets. Day 2: take 2 tablets. Day 3:"
        " take 4 tablets. The nurse watches me swallow them.",
        ABOVE_MAX,
        "error",
    ),
    (
        "sertraline",
        '"I was handed sertraline 100 mg tablets and a titration card," she told us. "Day 1 - one tablet. Day 2 - two tablets.'
        ' Day 3 - three tablets. By the weekend I felt like a zombie."',
        ABOVE_MAX,
        "error",
    ),
    (
        "varenicline",
        "The quit kit has small white 0.5 mg tablets and blue 1 mg tablets.\n\nOnce you are past the first week, it's two blue"
        " tablets with breakfast and one blue tablet with dinner.",
        ABOVE_MAX,
        "error",
    ),
    (
        "varenicline",
        "Quick tip from the forum: the white 0.5 mg tablets are for week one and the blue 1 mg tablets are for after that. I do"
        " two blue tablets in the morning and two blue tablets at night, never had a craving since.",
        ABOVE_MAX,
        "error",
    ),
    (
        "methylphenidate",
        "Your son's methylphenidate pack has yellow 10 mg tablets and white 20 mg tablets.\n\nOn school days he takes two white"
        " tablets with breakfast and two white tablets at lunch.",
        ABOVE_MAX,
        "error",
    ),
    (
        "baclofen",
        "My neurologist keeps me on 20 mg four times daily, plus on long shifts I add another of my 20s at lunch.",
        ABOVE_MAX,
        "error",
    ),
    (
        "cyclobenzaprine",
        "I take cyclobenzaprine 10 mg three times a day, and when my back seizes up at work I take one more of the 10s.",
        ABOVE_MAX,
        "error",
    ),
    (
        "baclofen",
        "Patient story: \"Twenty on the clock isn't enough some days. I'm on 20 mg four times a day, and before a long drive I"
        ' swallow another one of the 20s."',
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # the plan's days within the label's (100/100/150)
    ("naltrexone", _NALTREXONE.format(friday=3), ABOVE_MAX),
    # the day at the maximum (1 mg twice a day)
    ("varenicline", _VARENICLINE.format(evening="one", tablets="tablet"), ABOVE_MAX),
    # one more that keeps the day within the maximum (60 + 20 = 80 mg)
    ("baclofen", _BACLOFEN.format(times="three"), ABOVE_MAX),
    # a look told with two strengths: no sure strength (the smallest: 2 mg)
    (
        "varenicline",
        "The pack holds white 0.5 mg tablets and white 1 mg tablets.\n\nFrom day 8: two white tablets after breakfast and two"
        " white tablets after your evening meal.",
        ABOVE_MAX,
    ),
    # one more refused
    (
        "baclofen",
        "I'm on 20 mg four times a day now. Never take another one of the 20s before a game, however tight your legs are.",
        ABOVE_MAX,
    ),
    # one more on another day
    (
        "baclofen",
        "I'm on 20 mg four times a day, and if I forget one I don't take another one of the 20s the next morning.",
        ABOVE_MAX,
    ),
    # a count with a span of days, no day of a plan
    ("naltrexone", "Naltrexone comes as 50 mg tablets.\n\nFor 4 days, 2 tablets.", ABOVE_MAX),
    # the plan's days within the label's, told in sentences
    (
        "naltrexone",
        "Naltrexone comes as 50 mg tablets.\n\nOn Mondays, take 2 tablets. On Wednesdays, take 2 tablets. On Fridays, take 3 tablets.",
        ABOVE_MAX,
    ),
    # the tablets of the other look, within the maximum (30 mg)
    (
        "methylphenidate",
        "Your son's methylphenidate pack has yellow 10 mg tablets and white 20 mg tablets.\n\nOn school days he takes two yellow"
        " tablets with breakfast and one yellow tablet at lunch.",
        ABOVE_MAX,
    ),
    # one more in place of a dose, not on top of it
    (
        "baclofen",
        "I take 20 mg four times a day, or on game days another one of the 20s instead of the lunchtime dose.",
        ABOVE_MAX,
    ),
]
