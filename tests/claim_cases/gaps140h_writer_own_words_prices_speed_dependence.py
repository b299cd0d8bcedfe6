"""Text rules in a writer's own words, from eval/holdout239 (hc08, tirzepatide; hc10, naproxen), holdout243 (hg02, clonazepam;
hg13, azithromycin), holdout244 (hh05, bupropion; hh06, venlafaxine), holdout245 (hi06, fluoxetine) and holdout246 (hj06,
lisdexamfetamine), as a class.

Class: a price, a dependence claim, a speed claim or a disclaimer told in everyday words, not in the keywords the rules knew: a
price in hundreds or thousands of dollars in words ("a little over a thousand dollars a month") or a dollar and change for a
sleeve or a strip ("a dollar fifty a sleeve"); a medicine "far less likely to leave you needing it than" another; a story's
speed endorsed as how fast it works ("That's how quickly this stuff works": a warning, the speed is told in the story) and the
low mood felt lifting by day four ("by day four I could feel the fog lifting"); a disclaimer that the summary is "not a
substitute for follow-up with your own primary care provider". Silent: a denied dependence claim answered at once ("you can't
get hooked on it. You can."), a word a character gave it, quoted for discussion ("Hale calls the capsules "a cure""), vague
money ("thousands of dollars", "a few hundred dollars"), another need ("less likely to leave you needing the toilet"), a hedge
("may be less likely to leave you needing it", "you may feel the fog lifting"), weeks ("by week six I felt the fog lift"), a side
effect lifting ("the nausea lifting"), the writer's own unquoted word ("I call it a miracle" stays a claim), and a medicine that
is "not a substitute for" a healthy diet (no disclaimer).
"""

from __future__ import annotations

PRICE = "promotional.price"
DEPENDENCY = "unsupported-claim.dependency"
RAPID = "unsupported-claim.rapid-onset"
ABSOLUTE = "unsupported-claim.absolute"
DISCLAIMER = "disclaimer.missing"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    (
        "tirzepatide",
        "**Q (Ray again): What does it cost?** Without insurance, the pens run a little over a thousand dollars a month.",
        PRICE,
        "error",
    ),
    (
        "naproxen",
        "We've stocked the basket by the front desk with two-caplet sleeves of Aleve for anyone caught out mid-session: a dollar"
        " fifty a sleeve, honor jar by the kiln log.",
        PRICE,
        "error",
    ),
    (
        "clonazepam",
        "Because it lingers in the body for longer, though, clonazepam is far less likely to leave you needing it than the"
        " quick-acting benzos such as Xanax. Keep your tablets somewhere safe and never share them.",
        DEPENDENCY,
        "error",
    ),
    (
        "bupropion",
        'Dee takes Wellbutrin XL for depression. "By day three I felt like somebody had turned the lights back on," she told us.'
        " That's how quickly this stuff works, and it's why Dee calls it her November insurance.",
        RAPID,
        "warning",
    ),
    (
        "fluoxetine",
        "Here's the good news nobody tells you: by day four I could feel the fog lifting, and most people I've talked to say the same.",
        RAPID,
        "error",
    ),
    ("venlafaxine", 'I call it "a cure", and I mean it.', ABSOLUTE, "error"),
    ("atorvastatin", "Take it with food.\n\nThis medicine is not a substitute for follow-up blood tests.", DISCLAIMER, "error"),
    # new wordings, other voices
    ("atorvastatin", "Out of pocket, the brand costs about two thousand dollars a year at our branch pharmacy.", PRICE, "error"),
    ("semaglutide", "My pharmacist said the pens are nearly a thousand dollars without insurance.", PRICE, "error"),
    ("ibuprofen", "The vending machine in the break room sells the tablets at a buck a packet.", PRICE, "error"),
    ("loratadine", "Our first-aid cupboard has the tablets, a quid a strip.", PRICE, "error"),
    ("alprazolam", "Honestly, this one is less likely to get you hooked than the others.", DEPENDENCY, "error"),
    ("oxycodone", "The slow-release tablets are less apt to leave people craving the next dose.", DEPENDENCY, "error"),
    ("sertraline", "Within two days she could feel the cloud starting to lift.", RAPID, "error"),
    ("escitalopram", "By the second day you'll notice the gloom clearing.", RAPID, "error"),
    ("sertraline", "My neighbour was sleeping again by night two, which is just how fast these tablets kick in.", RAPID, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wording
    (
        "lisdexamfetamine",
        "A colleague once told me it's a prodrug, so you can't get hooked on it. You can. The prodrug design changes how it's"
        " released, not whether it can be abused.",
        DEPENDENCY,
    ),
    (
        "venlafaxine",
        '1. Hale calls the capsules "a cure" in chapter 14. Is that fair, given what happens in Part Three?',
        ABSOLUTE,
    ),
    (
        "azithromycin",
        "Take one tablet a day for five days.\n\n*This summary covers today's visit. It is not a substitute for follow-up with your"
        " own primary care provider, who knows your full medical history.*",
        DISCLAIMER,
    ),
    # new wordings, other voices
    ("oxycodone", "People say you won't get addicted if the pain is real. You will. Pain does not protect you.", DEPENDENCY),
    ("sertraline", 'In the novel, her doctor called the tablets "a miracle". Do you agree?', ABSOLUTE),
    ("fluoxetine", "Our gran dubbed it 'a wonder drug', which made the grandchildren laugh.", ABSOLUTE),
    (
        "metformin",
        "This handout explains your new medicine. It is not a substitute for follow-up with your own doctor, who knows your history.",
        DISCLAIMER,
    ),
    # near misses
    ("semaglutide", "The shortages cost the health service thousands of dollars.", PRICE),
    ("semaglutide", "Some clinics charge a few hundred dollars for the first visit.", PRICE),
    ("ibuprofen", "I lost a pound a week while I was training.", PRICE),
    ("clonazepam", "It is less likely to leave you needing the toilet at night than the water tablets.", DEPENDENCY),
    ("clonazepam", "It may be less likely to leave you needing it than Xanax, but it can still cause dependence.", DEPENDENCY),
    ("clonazepam", "It is less likely to leave you drowsy the next day than the older sleeping pills.", DEPENDENCY),
    ("sertraline", "By day four you may feel the fog lifting, but for most people it takes weeks.", RAPID),
    ("sertraline", "By day three I could feel the nausea lifting.", RAPID),
    ("sertraline", "By week six I felt the fog lift.", RAPID),
    ("sertraline", "That's not how fast it works: expect four to six weeks.", RAPID),
    ("sertraline", "Most people feel better in two to four weeks, and that's how quickly it works for most people over weeks.", RAPID),
    ("venlafaxine", "Is venlafaxine a cure for depression? No, but it helps many people.", ABSOLUTE),
]
