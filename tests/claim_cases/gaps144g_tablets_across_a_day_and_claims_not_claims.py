"""Doses counted in tablets across a day's meals and a top-up, and claims that are not unsupported, from eval/holdout271 (ii03
naltrexone, ii09 meloxicam), holdout272 (ij03 zolpidem), holdout276 (in05 rosuvastatin, in06 oxycodone) and holdout278 (ip01
buspirone), as a class.

Class (dosage): a day's tablets told across its meals or a later event, above the label maximum, which the count missed because
of what came after it: a stretch of days told with a holiday or a single span ("every day between Christmas and New Year's",
"every day for a week", read as another day's dose), or a top-up taken before something done later that day, told by its noun
("plus another before the first pitch on game days", "a second after the match"). Still silent: the same count on another day
("a week later", "the next day"), or said not to be taken.

Class (accuracy): a slow-release tablet said to come apart, in halves or under a knife, as a tip for taking part of one ("the 10
mg OxyContin comes apart with a butter knife, so half of one is an easy way to take a lighter dose"). Silent: denied, or the
tablet coming apart inside the body.

Class (claims that are not claims): a speed given as the reason to take it in bed with the reader the subject ("Zolpidem works
fast, which is why you take it in bed"); no side effects told as one person's own ("no side effects so far for him", "I've had no
side effects"); a dependence claim whose clause goes on about "it" past other medicines it is set against, the label supporting
it for the sentence's subject ("It works in a different way from medicines such as lorazepam or diazepam, and it is not
habit-forming" of buspirone). Still reported: the speed as a selling point, no side effects said of the medicine, and the same
dependence claim whose subject is a medicine whose label does not support it.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
MISSTATEMENT = "accuracy.misstatement"
ABSOLUTE = "unsupported-claim.absolute"
ONSET = "unsupported-claim.rapid-onset"
DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (ii03, ii09, in06)
    (
        "naltrexone",
        "December was rough: staff parties, a breakup, cravings back at full strength. His prescriber let him double up for the"
        " worst of it: two of the 50 mg tablets with breakfast and two more with his staff meal at four, every day between"
        " Christmas and New Year's.",
        ABOVE_MAX,
        "error",
    ),
    (
        "meloxicam",
        "Walt Pruitt, our left fielder, has had arthritis in both knees for years. He's on the 15 mg tablets and takes one with"
        " breakfast, plus another before the first pitch on game days.",
        ABOVE_MAX,
        "error",
    ),
    (
        "oxycodone",
        "Did the same shoulder in 2023. Tip that saved me: the 10 mg OxyContin comes apart with a butter knife, so half of one is an"
        " easy way to take a lighter dose on the good days once the worst is over.",
        MISSTATEMENT,
        "error",
    ),
    # the same class in other words
    (
        "naltrexone",
        "Over the holidays I took two of the 50 mg tablets with breakfast and two more with dinner, every day for a week.",
        ABOVE_MAX,
        "error",
    ),
    ("naltrexone", "She took two of the 50 mg tablets at breakfast and two more at supper, for a couple of weeks.", ABOVE_MAX, "error"),
    ("meloxicam", "My coach is on the 15 mg tablets: one with breakfast and another after the match.", ABOVE_MAX, "error"),
    (
        "meloxicam",
        "Granddad has the 15 mg tablets and takes one with his porridge, plus another before the late shift at the depot.",
        ABOVE_MAX,
        "error",
    ),
    (
        "oxycodone",
        "My husband is on OxyContin. The tablets cut cleanly with a pill cutter if you want a smaller dose.",
        MISSTATEMENT,
        "error",
    ),
    ("oxycodone", "Pro tip from the ward: OxyContin snaps in half easily, so you can ease down on the good days.", MISSTATEMENT, "error"),
    # still reported: a speed as a selling point, no side effects said of the medicine, and a dependence claim about a drug
    # whose label does not support it
    ("zolpidem", "Zolpidem works fast, which is why people love it.", ONSET, "error"),
    ("rosuvastatin", "Rosuvastatin has no side effects.", ABSOLUTE, "error"),
    ("rosuvastatin", "No side effects with this one, whoever takes it.", ABSOLUTE, "error"),
    (
        "lorazepam",
        "Lorazepam works in a different way from medicines such as buspirone, and it is not habit-forming.",
        DEPENDENCY,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wordings (ij03, in05, ip01)
    ("zolpidem", "Zolpidem works fast, which is why you take it in bed, not on the sofa. The physician's rules for early starters:", ONSET),
    (
        "rosuvastatin",
        "Tom is no fan of pills, but he says this one is easy: one small tablet, with or without food, and no side effects so far for him.",
        ABSOLUTE,
    ),
    (
        "buspirone",
        "Buspirone is not a benzodiazepine. It works in a different way from medicines such as lorazepam or diazepam, and it is not"
        " habit-forming.",
        DEPENDENCY,
    ),
    # the same class in other words
    ("zolpidem", "It acts quickly, which is why patients take it once they are in bed.", ONSET),
    ("rosuvastatin", "Six months in, she's had no side effects yet, and her cholesterol is down.", ABSOLUTE),
    ("rosuvastatin", "My dad says: one tablet at night, no side effects for him, and the numbers are better.", ABSOLUTE),
    ("buspirone", "Buspirone works differently from the benzos like Xanax, so it won't get you hooked.", DEPENDENCY),
    ("naltrexone", "Naltrexone is nothing like methadone or buprenorphine; it is not habit-forming.", DEPENDENCY),
    # another day's dose, or a day within the maximum
    ("naltrexone", "He took two of the 50 mg tablets with breakfast, and the same again the next day.", ABOVE_MAX),
    ("meloxicam", "He's on the 7.5 mg tablets and takes one with breakfast, plus another before the first pitch on game days.", ABOVE_MAX),
    ("meloxicam", "He's on the 15 mg tablets and takes one with breakfast, plus another before the first pitch the next day.", ABOVE_MAX),
    ("meloxicam", "He's on the 15 mg tablets and takes one with breakfast. Never take another before the game.", ABOVE_MAX),
    # a slow-release tablet told whole, denied, or coming apart in the body
    ("oxycodone", "OxyContin doesn't come apart, and you must never cut it.", MISSTATEMENT),
    ("oxycodone", "OxyContin tablets come apart in your stomach slowly, over about 12 hours.", MISSTATEMENT),
]
