"""Misstatement classes from the holdout39/40 scoring, each told in other words, drugs and voices.

An antihistamine said to decongest, in lay words or as a story: the drug "unclogs my nose", "drains my
sinuses", "Stuffed up ... I swallow one Alavert and ... my nose is unblocked", "One Claritin and I can breathe
through my nose again", "does wonders for a bunged-up nose", "doubles as a decongestant". Near misses: a runny
nose (which it is for), a denial ("will not unblock your nose"), something else that opens the sinuses,
Claritin-D, a belief refuted.

Two products said to be the same by pointing back at them once named: tartrate and succinate named in the
paragraph, then "they're interchangeable", "it doesn't matter which one you get", "it's the same medicine either
way", or the two waved together ("Succinate or tartrate, it's basically the same tablet"). Near misses: the
pointer with no two products named ("Generic or brand, it's the same medicine either way"), "not
interchangeable", "don't swap one for the other", "whichever one you are on, never stop it suddenly".

The top strength told as a new patient's first prescription: "80 mg on their very first visit", "Their first
script was for simvastatin 80 mg", "80 mg as my first-ever dose". Near misses: a denial, a first prescription of
20 or 40 mg, 80 mg after a year on 40 mg.

A sleeping tablet promised to leave the reader fit for the road in the morning: "fresh for the school run",
"alert enough to drive first thing", "wake up refreshed and can drive to work". Near misses: "Even if you wake
up feeling alert, do not drive", "You may not be fit for the morning commute".

Dependence denied as the body, or the person, not coming to rely on it: "Your body won't get reliant on it",
"You'll never end up relying on it", "Your body isn't going to lean on it". Near misses: a course that ends
("you won't rely on it forever"), the risk affirmed, a belief refuted.

A claim reported as something someone said, then corrected by the next sentence or a later clause of its own:
"My psychiatrist soon put me right", "The pharmacist corrected me", "Turns out she was wrong", "but my GP set me
straight", "I was quickly corrected". Near misses that stay misstatements: "put me right back on it", "set me up
with a refill", "My doctor agreed" (the dependency claim's side is in tests/claim_cases/gaps39_refuted.py).

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
DECONGESTANT = "not-a-decongestant"
SALTS = "tartrate-succinate-interchangeable"
START_80 = "start-at-80"
DRIVING = "next-morning-driving-fine"
ADDICTIVE = "not-addictive"
STOP = "safe-to-stop"
SALTS_NAMED = "Your label may say metoprolol succinate one month and metoprolol tartrate the next. "

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # an antihistamine said to decongest
    (
        "loratadine",
        "Stuffed up every morning in May, I swallow one Alavert and by the time I've showered my nose is unblocked.",
        MISSTATEMENT,
        DECONGESTANT,
        "warning",
    ),
    ("loratadine", "Claritin unclogs my nose better than anything else I've tried.", MISSTATEMENT, DECONGESTANT, "warning"),
    ("loratadine", "Hay fever season is rough. Honestly, it drains my sinuses within the hour.", MISSTATEMENT, DECONGESTANT, "warning"),
    ("loratadine", "One Claritin and I can breathe through my nose again.", MISSTATEMENT, DECONGESTANT, "warning"),
    ("loratadine", "Claritin does wonders for a bunged-up nose.", MISSTATEMENT, DECONGESTANT, "warning"),
    ("loratadine", "Loratadine doubles as a decongestant, so you won't need a separate spray.", MISSTATEMENT, DECONGESTANT, "warning"),
    # the two salts pointed back at, or waved together
    ("metoprolol", SALTS_NAMED + "Don't worry: they're interchangeable.", MISSTATEMENT, SALTS, "warning"),
    ("metoprolol", "Lopressor, Toprol-XL: it doesn't matter which one you get.", MISSTATEMENT, SALTS, "warning"),
    ("metoprolol", "Succinate or tartrate, it's basically the same tablet.", MISSTATEMENT, SALTS, "warning"),
    (
        "metoprolol",
        "Metoprolol comes as tartrate (Lopressor) and as succinate (Toprol-XL).\n\n"
        "At the counter we hand over whichever is on the shelf, since it's the same medicine either way.",
        MISSTATEMENT,
        SALTS,
        "warning",
    ),
    # 80 mg as a new patient's first prescription
    ("simvastatin", "Some new patients walk out with 80 mg on their very first visit.", MISSTATEMENT, START_80, "warning"),
    ("simvastatin", "Their first script was for simvastatin 80 mg.", MISSTATEMENT, START_80, "warning"),
    ("simvastatin", "Dr Okafor prescribed 80 mg as my first-ever dose.", MISSTATEMENT, START_80, "warning"),
    # fit for the road the morning after
    ("zolpidem", "Take it at bedtime and you'll be fresh for the school run.", MISSTATEMENT, DRIVING, "warning"),
    ("zolpidem", "Most people feel alert enough to drive first thing.", MISSTATEMENT, DRIVING, "warning"),
    ("zolpidem", "You wake up refreshed and can drive to work as normal.", MISSTATEMENT, DRIVING, "warning"),
    # the body, or the person, said not to come to rely on it
    ("lorazepam", '"Your body won\'t get reliant on it at this dose," the locum told him.', MISSTATEMENT, ADDICTIVE, "error"),
    ("diazepam", "You'll never end up relying on it if you keep to the dose.", MISSTATEMENT, ADDICTIVE, "error"),
    ("alprazolam", "Stick to the label and your body isn't going to lean on it.", MISSTATEMENT, ADDICTIVE, "error"),
    # hearsay with a next sentence that does not correct it
    (
        "alprazolam",
        "Xanax isn't addictive if the dose is small. My doctor put me right back on it after the surgery.",
        MISSTATEMENT,
        ADDICTIVE,
        "error",
    ),
    (
        "clonazepam",
        "Someone at work told me Klonopin isn't addictive at low doses. My prescriber set me up with a refill.",
        MISSTATEMENT,
        ADDICTIVE,
        "error",
    ),
    ("alprazolam", "My cousin says Xanax isn't addictive at small doses. My doctor agreed.", MISSTATEMENT, ADDICTIVE, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("loratadine", "Claritin dries up a runny nose and stops the sneezing.", MISSTATEMENT, DECONGESTANT),
    ("loratadine", "It clears up a runny nose, but it won't unblock a stuffy one.", MISSTATEMENT, DECONGESTANT),
    ("loratadine", "Claritin-D adds pseudoephedrine, which is what unblocks a stuffy nose.", MISSTATEMENT, DECONGESTANT),
    ("loratadine", "Plain Claritin will not unblock your nose; for that you need a decongestant.", MISSTATEMENT, DECONGESTANT),
    (
        "loratadine",
        "If your nose is blocked, a saline rinse opens the sinuses; Claritin is for sneezing and itching.",
        MISSTATEMENT,
        DECONGESTANT,
    ),
    ("loratadine", "Many people think Claritin unblocks a stuffy nose. It doesn't.", MISSTATEMENT, DECONGESTANT),
    ("metoprolol", "Lopressor and Toprol-XL are not interchangeable: the doses differ.", MISSTATEMENT, SALTS),
    ("metoprolol", "Generic or brand, it's the same medicine either way.", MISSTATEMENT, SALTS),
    (
        "metoprolol",
        "Tartrate is taken twice a day and succinate once a day. Whichever one you are on, never stop it suddenly.",
        MISSTATEMENT,
        SALTS,
    ),
    (
        "metoprolol",
        "Metoprolol tartrate and metoprolol succinate are different products, so don't swap one for the other.",
        MISSTATEMENT,
        SALTS,
    ),
    ("simvastatin", "You should never be given 80 mg as a first prescription.", MISSTATEMENT, START_80),
    (
        "simvastatin",
        "The 80 mg dose is only for people who have taken it for a year without muscle problems; "
        "your first prescription will be 20 or 40 mg.",
        MISSTATEMENT,
        START_80,
    ),
    ("simvastatin", "After 12 months on 40 mg without muscle problems, her dose went up to 80 mg.", MISSTATEMENT, START_80),
    ("zolpidem", "Even if you wake up feeling alert, do not drive the morning after a 10 mg dose.", MISSTATEMENT, DRIVING),
    ("zolpidem", "You may not be fit for the morning commute, so arrange a lift.", MISSTATEMENT, DRIVING),
    ("alprazolam", "With therapy alongside, you won't rely on it forever.", MISSTATEMENT, ADDICTIVE),
    ("alprazolam", "Even at the dose on the label, your body can come to rely on it.", MISSTATEMENT, ADDICTIVE),
    ("alprazolam", "Some people think your body won't come to rely on it at low doses. That is not true.", MISSTATEMENT, ADDICTIVE),
    # hearsay corrected by the next sentence, or a later clause of its own
    (
        "clonazepam",
        "A friend swore Klonopin isn't habit-forming at low doses. "
        "My psychiatrist soon put me right: dependence can build even on small doses.",
        MISSTATEMENT,
        ADDICTIVE,
    ),
    (
        "lorazepam",
        "My sister told me you can stop Ativan whenever you like. The pharmacist corrected me straight away: it has to come down slowly.",
        MISSTATEMENT,
        STOP,
    ),
    (
        "alprazolam",
        "Someone on the forum said Xanax isn't addictive if you only take it at night. Turns out she was wrong.",
        MISSTATEMENT,
        ADDICTIVE,
    ),
    ("alprazolam", "I read that Xanax isn't addictive at low doses, but my GP set me straight.", MISSTATEMENT, ADDICTIVE),
    ("zolpidem", "A coworker said Ambien isn't habit-forming. I was quickly corrected by my doctor.", MISSTATEMENT, ADDICTIVE),
]
