"""Off-label uses for sleep, mood and nerves told by their signs, from eval/holdout223 (gm07 oxycodone, gm08 propranolol),
holdout224 (gn09 mirtazapine), holdout225 (go01 lithium, go05 diphenhydramine, go10 mirtazapine), holdout226 (gp01
mirtazapine, gp08 baclofen) and holdout230 (gt05 venlafaxine), as a class.

Class: a use a reader would copy, told by the trouble's signs and never called off-label: sleeplessness given a dose "to people
whose mood is fine but who lie awake for hours", taken "to stop the 3:40 a.m. wake-ups", got put on "for the
lying-awake-till-4am thing"; performance nerves told by knees knocking "whenever she had to sing alone", then "her GP suggested
it"; the fear of flying told by the "white-knuckle crowd" given a dose as advice; a unipolar depression told by "months of
flat, heavy days ... that have not lifted on an antidepressant alone" after the giving ("This is usually after ..."); hot
flushes and night sweats in a question answered "Yes, it's a really good option for exactly that". Told in lay words, each
is a warning.

Silent: the sleep that comes because the approved trouble no longer wakes him ("lets him sleep through without the spasms
waking him"), the warning sign of misuse ("If you find yourself wanting it for stress rather than pain, call ..."), advice that
is no dose, a suggestion that is not the medicine, an approved use pointed back at ("help with my low mood?" answered yes), a
wake-up call, and an approved use in lay words (bipolar highs and lows for lithium; anxiety for hydroxyzine).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (gp01, gn09, go10, gm08, go05, go01, gt05)
    (
        "mirtazapine",
        "Doctors also sometimes give a low dose at bedtime to people whose mood is fine but who lie awake for hours most nights.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "One more thing. A colleague of mine takes mirtazapine too, just the small 7.5 mg dose, purely to stop the 3:40 a.m."
        " wake-ups: no depression involved, just years of staring at the ceiling until the alarm. Game-changer, she says.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "A bunch of folks here got put on 7.5 mg for the lying-awake-till-4am-replaying-every-raid thing, no depression at all,"
        " and honestly it's a solid option for that.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "Bernadette, our alto soloist, has a secret weapon for the Messiah: 10 mg of propranolol an hour before she walks out."
        " For years her knees knocked, her mouth went dry and her voice wobbled through the first verse whenever she had to sing"
        " alone, and her GP suggested it after she confessed how much she dreaded those moments. We can all vouch for the results.",
        OFF_LABEL,
        "warning",
    ),
    (
        "diphenhydramine",
        "You can spot them at boarding: gripping the armrest on the climb-out, heart going like a drum, palms soaked. My advice to"
        " the white-knuckle crowd is one 25 mg tablet an hour before the flight. It takes the terror down a notch.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lithium",
        "Some people who have never had a high are also given lithium. This is usually after months of flat, heavy days, early"
        " waking and no interest in anything that have not lifted on an antidepressant alone. Your doctor then adds a small dose"
        " of lithium to the antidepressant.",
        OFF_LABEL,
        "warning",
    ),
    (
        "venlafaxine",
        "**[12:05] Jo:** Next: \"I'm 51. I wake up three times a night drenched, and my face goes beetroot in meetings. Could"
        " venlafaxine help me?\"\n\n**[12:05] Dr. Adeyemi:** Yes, it's a really good option for exactly that, especially for"
        " women who can't take hormone therapy.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "trazodone",
        "Our sleep clinic sometimes gives a small dose at night to adults who are not depressed but who lie awake until three.",
        OFF_LABEL,
        "warning",
    ),
    ("trazodone", "My husband takes 50 mg purely to stop his 4 a.m. wake-ups. Works a treat.", OFF_LABEL, "warning"),
    ("amitriptyline", "Half the night shift got put on 10 mg for the lying-awake-after-a-run-of-nights thing.", OFF_LABEL, "warning"),
    (
        "propranolol",
        "Every time he had to preach, his knees knocked and his voice shook, and his doctor suggested it for Sundays.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "For years his knees knocked whenever he had to give a toast, and his GP suggested it after he admitted how much he"
        " dreaded weddings.",
        OFF_LABEL,
        "warning",
    ),
    ("cyclobenzaprine", "My advice to the white-knuckle brigade is one 10 mg tablet at the gate.", OFF_LABEL, "warning"),
    (
        "lamotrigine",
        "Some patients who have never had a manic episode are also given lamotrigine. This is usually after months of flat, grey"
        " days that have not lifted on an antidepressant alone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        'Caller: "I\'m 49. I wake up drenched three times a night and go beetroot at work. Could gabapentin help?"\n\nHost: Yes,'
        " it's a solid option for exactly that.",
        OFF_LABEL,
        "warning",
    ),
    # a use said outright stays an error
    ("oxycodone", "I take it for stress rather than pain.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wordings: the spasms no longer waking him (gp08), a warning sign of misuse (gm07)
    (
        "baclofen",
        "Frank came back: these days he's on 20 mg four times a day and another 10 mg every night at bedtime, and that's what"
        " finally lets him sleep through without the spasms waking him.",
        OFF_LABEL,
    ),
    (
        "oxycodone",
        "Oxycodone can be addictive, even when you take it exactly as written. If you find yourself wanting it for stress rather"
        " than pain, call the peer support line. No judgement, ever.",
        OFF_LABEL,
    ),
    # new wordings of the same
    ("tizanidine", "The bedtime dose lets her sleep the night without her legs jumping.", OFF_LABEL),
    ("oxycodone", "If you catch yourself reaching for one to cope with stress, talk to your doctor.", OFF_LABEL),
    ("lorazepam", "If you start craving it for sleep, tell your prescriber.", OFF_LABEL),
    # advice that is no dose; a suggestion that is not the medicine
    ("diphenhydramine", "My advice to the white-knuckle crowd is to talk to their doctor before the flight.", OFF_LABEL),
    ("diphenhydramine", "My advice to nervous flyers is to skip it and see your GP.", OFF_LABEL),
    ("propranolol", "Every time she had to sing, she felt fine. Her GP suggested she rest her voice.", OFF_LABEL),
    # an approved use pointed back at, or in lay words
    ("venlafaxine", "Could venlafaxine help with my low mood?\n\nYes, it's a really good option for exactly that.", OFF_LABEL),
    ("lithium", "Lithium is given for bipolar disorder. This is usually after months of wild highs and crashing lows.", OFF_LABEL),
    ("hydroxyzine", "My advice to the white-knuckle brigade is one 25 mg tablet at the gate.", OFF_LABEL),
    # a wake-up call
    ("mirtazapine", "Set an alarm for the early wake-up call, then take your mirtazapine at bedtime for your depression.", OFF_LABEL),
]
