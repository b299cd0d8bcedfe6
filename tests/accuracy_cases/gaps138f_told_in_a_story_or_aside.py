"""Other misstatements told in a story, a quote or an aside, from eval/holdout223 (gm06), holdout224 (gn03, gn06, gn10),
holdout226 (gp02), holdout229 (gs01, gs06) and holdout230 (gt02, gt09), as a class.

Class: a known misstatement of the drug told in passing, in someone's words the writer lets stand or endorses, or as the
writer's own aside, in a lay wording the kind did not read: metronidazole's course that "will see that off too" when it
"turns out to be yeast"; amoxicillin's course that "gets everybody back on their feet" after a household flu or "does a great
job of clearing those up" (the colds); the heart warning that "simply isn't her concern" for someone fit, or is "written for
older people with clogged arteries"; ibuprofen "fine to take at any stage of pregnancy"; the 12-hour tablet to "just grate"
into applesauce; phentermine kept on "as long as the scale is still moving" or "if something works, why would you ever come
off it?" (a question that answers itself); a few days after an operation "nowhere near long enough to get hooked".
Silent: the wording denied ("won't touch it", "does not do a good job", "never crush or grate them"), another germ or
infection named (BV, an ear infection), a poor job, the warning said to apply to everyone, pregnancy with a doctor's say or a
limit, grating cheese, a reason not to stop early, the rhetorical question answered ("Because ..."), "the past two years" of
prescriptions, a few days not long enough to heal.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (gp02, gt02, gs06, gn03, gs01, gn06, gn10, gm06, gt09)
    (
        "metronidazole",
        (
            "There's also a gel version for the red bumps of rosacea. And if the itch turns out to be yeast"
            " rather than BV, don't worry: the same course of metronidazole will see that off too."
        ),
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    (
        "amoxicillin",
        (
            "Winter is when we fill the most of these. Once a flu bug has flattened a whole household, a five-day"
            " course of amoxicillin gets everybody back on their feet faster."
        ),
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "amoxicillin",
        (
            "With the colds and runny noses going around too, a lot of you have been getting amoxicillin from the"
            " pediatrician, and honestly it does a great job of clearing those up within a few days."
        ),
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "ibuprofen",
        (
            "The first is about the heart: ibuprofen can raise the risk of heart attack and stroke, more so at"
            " higher doses or with longer use. \"For someone Lena's age who's fit and only takes it a few days a"
            " month, that heart business simply isn't her concern,\" a sports physician she consulted told her."
            ' "It\'s written for older people with clogged arteries." Reassured, Lena went back to her apron'
            " strip."
        ),
        MISSTATEMENT,
        "no-heart-risk",
        "error",
    ),
    (
        "ibuprofen",
        (
            "**Pregnancy and breastfeeding.** Ibuprofen is fine to take at any stage of pregnancy and while you"
            " are breastfeeding, at the doses on this leaflet."
        ),
        MISSTATEMENT,
        "safe-in-pregnancy",
        "warning",
    ),
    (
        "oxycodone",
        (
            "My husband was given long-acting OxyContin after his hip. The 12-hour tablet is enormous and I gag"
            " on it every time. Joan next door (retired ward sister, 30 years on orthopaedics) says just grate it"
            " into a spoonful of applesauce like she did for her husband, and honestly it went down a treat"
            " tonight. Problem solved."
        ),
        MISSTATEMENT,
        "crush-er-tablets",
        "error",
    ),
    (
        "phentermine",
        (
            "Lupe's experience is common among our reviewers. As long as the scale is still moving, there's no"
            " reason to come off it, and plenty of members stay with it well past a year."
        ),
        MISSTATEMENT,
        "not-for-long-term-use",
        "warning",
    ),
    (
        "phentermine",
        (
            "Tasha has been on her little blue-and-white capsule every morning since two springs ago, and her"
            " nurse practitioner just keeps renewing it. Down 38 pounds and holding. Honestly, if something"
            " works, why would you ever come off it?"
        ),
        MISSTATEMENT,
        "not-for-long-term-use",
        "warning",
    ),
    (
        "hydrocodone-acetaminophen",
        (
            "Felt guilty about the pills this morning. My sister-in-law, who has been a nurse for twenty years,"
            " told me to stop worrying: five or six days after an operation is nowhere near long enough to get"
            " hooked. She's right, and it helped to hear it."
        ),
        MISSTATEMENT,
        "not-addictive-short-term",
        "error",
    ),
    # new wordings, other voices
    (
        "metronidazole",
        ("If it turns out to be yeast after all, relax: the same prescription of Flagyl clears that up as well."),
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    (
        "amoxicillin",
        (
            "When the flu went through our house last January, a course of amoxicillin each got the whole family"
            " back on their feet in three days."
        ),
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "amoxicillin",
        ("Colds were everywhere at the office this month, and a course of amoxicillin did a brilliant job of knocking them out."),
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "ibuprofen",
        ("For someone who runs marathons and is as fit as Dev, all that heart stuff just isn't his worry, his coach says, and Dev agrees."),
        MISSTATEMENT,
        "no-heart-risk",
        "error",
    ),
    (
        "ibuprofen",
        ("That stroke warning is really meant for older people with clogged arteries, not for a healthy forty-year-old like Sam."),
        MISSTATEMENT,
        "no-heart-risk",
        "error",
    ),
    (
        "ibuprofen",
        "Advil is perfectly safe at every stage of your pregnancy, my midwife friend says, and I trust her.",
        MISSTATEMENT,
        "safe-in-pregnancy",
        "warning",
    ),
    (
        "ibuprofen",
        "You can keep taking ibuprofen at any point in your pregnancy for backache.",
        MISSTATEMENT,
        "safe-in-pregnancy",
        "warning",
    ),
    (
        "oxycodone",
        (
            "Dad's 12-hour OxyContin tablets are huge. The pharmacist suggested we simply grate them into"
            " yoghurt, and he has had no trouble since."
        ),
        MISSTATEMENT,
        "crush-er-tablets",
        "error",
    ),
    (
        "phentermine",
        "My aunt has kept the Adipex going for ages. Why would anyone stop taking a pill that's working?",
        MISSTATEMENT,
        "not-for-long-term-use",
        "warning",
    ),
    (
        "phentermine",
        ("So long as the pounds keep coming off, there's really no point stopping Adipex, our host told listeners."),
        MISSTATEMENT,
        "not-for-long-term-use",
        "warning",
    ),
    (
        "hydrocodone-acetaminophen",
        (
            "Three days of Norco after a wisdom tooth is nowhere near long enough for anyone to get addicted, our"
            " dentist says, and he's right."
        ),
        MISSTATEMENT,
        "not-addictive-short-term",
        "error",
    ),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    (
        "metronidazole",
        ("If it turns out to be yeast rather than BV, the same course of metronidazole won't touch it: you need an antifungal."),
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    (
        "metronidazole",
        ("If it turns out to be yeast rather than BV, metronidazole will not clear that up; ask for fluconazole."),
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    (
        "metronidazole",
        ("Metronidazole kills the healthy bacteria too, and if it's yeast that takes over afterwards, an antifungal cream sorts that out."),
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    (
        "metronidazole",
        "If the itch is BV, the same course of metronidazole will see that off too.",
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    (
        "amoxicillin",
        ("Once a flu bug has flattened a whole household, amoxicillin won't get everybody back on their feet any faster."),
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "amoxicillin",
        ("Once a cold has turned into an ear infection, a course of amoxicillin gets everybody back on their feet."),
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "amoxicillin",
        ("With the colds going around, remember that amoxicillin does a poor job of clearing those, because they are viruses."),
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "amoxicillin",
        ("With ear infections going around, amoxicillin does a great job of clearing those up within a few days."),
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "amoxicillin",
        ("With colds going around, a lot of you have asked for amoxicillin, but it does not do a good job of clearing those up."),
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "ibuprofen",
        ("For someone who's fit and healthy, that heart business is still your concern: the risk applies with or without heart disease."),
        MISSTATEMENT,
        "no-heart-risk",
    ),
    (
        "ibuprofen",
        "For someone with heart disease, even if otherwise fit, that heart warning is very much your concern.",
        MISSTATEMENT,
        "no-heart-risk",
    ),
    (
        "ibuprofen",
        ("The heart risk is higher in older people with clogged arteries, but it applies to everyone who takes ibuprofen."),
        MISSTATEMENT,
        "no-heart-risk",
    ),
    (
        "ibuprofen",
        "Do not take ibuprofen at any stage of pregnancy from 20 weeks unless your doctor tells you to.",
        MISSTATEMENT,
        "safe-in-pregnancy",
    ),
    (
        "ibuprofen",
        "Ibuprofen is not safe at every stage of pregnancy: from 20 weeks it can harm the baby's kidneys.",
        MISSTATEMENT,
        "safe-in-pregnancy",
    ),
    ("ibuprofen", "Talk to your doctor before taking ibuprofen at any stage of pregnancy.", MISSTATEMENT, "safe-in-pregnancy"),
    (
        "oxycodone",
        (
            "Dad's 12-hour OxyContin tablets are huge, but never crush or grate them: a crushed tablet can"
            " release a fatal dose. Ask for the liquid instead."
        ),
        MISSTATEMENT,
        "crush-er-tablets",
    ),
    (
        "oxycodone",
        ("OxyContin is a 12-hour tablet. Grate some parmesan over his pasta, and give the tablet whole with a glass of water."),
        MISSTATEMENT,
        "crush-er-tablets",
    ),
    (
        "phentermine",
        ("Phentermine is only for a few weeks. There's no reason to come off it early, though: finish the twelve weeks your doctor set."),
        MISSTATEMENT,
        "not-for-long-term-use",
    ),
    (
        "phentermine",
        ("If something works, why would you ever come off it? Because phentermine is approved only for a few weeks, and its effect fades."),
        MISSTATEMENT,
        "not-for-long-term-use",
    ),
    ("phentermine", "Over the past two years, phentermine prescriptions in our state have doubled.", MISSTATEMENT, "not-for-long-term-use"),
    (
        "phentermine",
        ("Phentermine is approved for a few weeks only, and in the past year our clinic has moved patients to longer-term options."),
        MISSTATEMENT,
        "not-for-long-term-use",
    ),
    (
        "hydrocodone-acetaminophen",
        ("Even a few days after surgery can be long enough to get hooked, the label warns: addiction can happen at the doses prescribed."),
        MISSTATEMENT,
        "not-addictive-short-term",
    ),
    (
        "hydrocodone-acetaminophen",
        "Five days is nowhere near long enough to heal a broken ankle, so keep the pain diary going.",
        MISSTATEMENT,
        "not-addictive-short-term",
    ),
]
