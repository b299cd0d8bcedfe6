"""Unsupported claims a story endorses, and sales copy, from eval/holdout247 (hk06, rosuvastatin), holdout248 (hl01,
ivermectin; hl04, glipizide; hl05, tirzepatide), holdout249 (hm07, methylphenidate; hm08, albuterol; hm09, metoprolol),
holdout250 (hn02, ivermectin; hn06, apixaban), holdout251 (ho09, pantoprazole) and holdout252 (hp10, doxycycline), as a class.

Class: a claim told as the writer's or a speaker's verdict, with no source, in words the rules did not know: a kind of
medicine named better than a named rival ("a stronger and better statin ... than atorvastatin", "the stronger acid blocker of
the two"), harder on the target than a named rival ("hits the sugar way harder than the Januvia"), an action on contact
("works on contact"), no downside to the medicine itself ("no downside to that little pill whatsoever"), as safe as a
medicine gets ("about as close to harmless as a medicine gets"), the illness knocked out for good; and the sales copy of a
prescription with no visit and no waiting list. The false errors: a comparison whose subject is another product told back
by "those products" ("Those products are far stronger than our tablets"), "the original" that is no medicine (a new hip
"better than the original"), a blog's own post named with the readers' comments ("Today's post is the one you keep asking
for in the comments").
Silent: a harm hitting harder, advice to do something with no downside, a hedge or a condition, a denial, a purpose, a
contact with the skin, a warning that quotes the seller's promise, a call to comment is still reported.
"""

from __future__ import annotations

ABS = "unsupported-claim.absolute"
CMP = "unsupported-claim.comparative"
FAST = "unsupported-claim.rapid-onset"
SALES = "promotional.sales-language"
BOILER = "promotional.boilerplate"

SHOULD = [
    # the drafts' own wordings
    (
        "rosuvastatin",
        "Dr. Gurpreet Gill, who spoke after langar, told us that rosuvastatin is simply a stronger and better statin for our"
        " community than atorvastatin or simvastatin, so if your doctor offers a choice, this is the one to ask for.",
        CMP,
        "error",
    ),
    (
        "glipizide",
        "Real talk: glipizide hits the sugar way harder than the Januvia my mom was on. Her numbers barely moved, mine came way"
        " down over the next few months.",
        CMP,
        "error",
    ),
    (
        "albuterol",
        "If your chest tightens on the stand, signal for cover before you use your inhaler. Albuterol works on contact. There is"
        " no waiting period: by the time you've capped it, your airways are open and you're fit to climb back up.",
        FAST,
        "error",
    ),
    (
        "metoprolol",
        "A year on, my blood pressure runs about 122 over 76, I walk two miles a day and I'm back to fishing three mornings a"
        " week. Take it from me, there's no downside to that little pill whatsoever.",
        ABS,
        "error",
    ),
    (
        "ivermectin",
        "Honestly, at these doses it's about as close to harmless as a medicine gets: I've handed out hundreds of doses and no"
        " one has ever come back with a side effect.",
        ABS,
        "error",
    ),
    (
        "pantoprazole",
        "The numbers speak for themselves: pantoprazole is simply the stronger acid blocker of the two, and if omeprazole isn't"
        " doing the job, it's the one to ask for.",
        CMP,
        "error",
    ),
    (
        "doxycycline",
        "Two weeks of doxy knocks it out for good, no achy joints years down the line, nothing. So if you see the target, don't wait.",
        ABS,
        "error",
    ),
    (
        "tirzepatide",
        "Start today: answer a few questions online and our partner prescribers can have your first pen on your doorstep in as"
        " little as two days, with no office visit and no waiting list.",
        SALES,
        "error",
    ),
    # new wordings in other voices
    ("apixaban", "Between us, apixaban is a far safer blood thinner for older hearts than warfarin.", CMP, "error"),
    ("atorvastatin", "In my clinic diary: atorvastatin hammers the LDL much harder than simvastatin ever did.", CMP, "error"),
    ("metformin", "Honestly? Metformin knocks my numbers down far harder than the Jardiance did.", CMP, "error"),
    ("omeprazole", "Reader poll result: omeprazole was the better heartburn pill of the two.", CMP, "error"),
    ("budesonide", "The nasal spray acts on contact, so you can head straight out the door.", FAST, "error"),
    ("sertraline", "As a pharmacist I'll say it plainly: there are no drawbacks with these tablets at all.", ABS, "error"),
    ("cetirizine", "Our verdict after a season of testing: cetirizine is as harmless as they come.", ABS, "error"),
    ("amoxicillin", "Grandad swears a week of amoxicillin kills the bug off for good.", ABS, "error"),
    ("sildenafil", "Our doctors prescribe online: no GP appointment, no waiting room, and the pills ship tomorrow.", SALES, "error"),
    ("methylphenidate", "Got a question? Tell me in the comments and I'll answer next week.", BOILER, "error"),
]

SHOULD_NOT = [
    # the drafts' false errors
    (
        "ivermectin",
        "- Never take ivermectin made for horses, cattle or sheep. Those products are far stronger than our tablets and have"
        " caused seizures, coma and death.",
        CMP,
    ),
    (
        "apixaban",
        "**Frank's story.** Frank took the smaller 2.5 mg tablet twice a day for five weeks after his hip replacement, to stop"
        " clots forming in his legs while he was less active. He is back on the marsh boardwalk and says the new hip is"
        ' "better than the original."',
        CMP,
    ),
    (
        "methylphenidate",
        "Hello, inky friends! Today's post is the one you keep asking for in the comments: how I track my ADHD medication in my journal.",
        BOILER,
    ),
    # near misses: a harm hitting harder, no rival named, a choice tied to the reader
    ("semaglutide", "The nausea hit me way harder than the Januvia ever did.", CMP),
    ("glipizide", "Glipizide hit my sugar harder than I expected, so keep a snack in your bag.", CMP),
    ("rosuvastatin", "Your doctor may not want a stronger statin than you need.", CMP),
    ("pantoprazole", "The doses are the larger of the two strengths.", CMP),
    # advice with no downside, hedged, conditional, denied
    ("metoprolol", "There's no downside to taking it with food if your stomach is sensitive.", ABS),
    ("metoprolol", "There's no downside to asking your pharmacist about it.", ABS),
    ("metoprolol", "There's no downside to it for most people, but some feel tired at first.", ABS),
    ("metoprolol", "There's no downside to it, as long as your heart rate stays above 50.", ABS),
    ("ivermectin", "No medicine is as close to harmless as people think.", ABS),
    ("ivermectin", "It isn't as safe as it looks on the box.", ABS),
    # a purpose, a hedge
    ("doxycycline", "Finish the whole course to knock it out properly.", ABS),
    ("doxycycline", "Caught late, two weeks of doxy may not knock it out for good.", ABS),
    # a contact with something, a slower action
    ("permethrin", "The cream works on contact with the skin, so leave it on for 8 to 14 hours before washing it off.", FAST),
    ("albuterol", "Albuterol usually starts to open the airways within a few minutes.", FAST),
    # a warning that quotes the seller's promise; a clinic's plain account
    ("tirzepatide", "Be wary of sites promising no office visit and no waiting list: that is a sign of a fake pharmacy.", SALES),
    ("tirzepatide", "Your clinic may have a waiting list for weight-loss appointments.", SALES),
    # a blog's own post, the readers' comments told
    ("methylphenidate", "This post answers the questions you left in the comments last month.", BOILER),
]
