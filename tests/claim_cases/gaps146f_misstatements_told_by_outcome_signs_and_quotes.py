"""Misstatements told in lay words, by what follows, in quotes and in stories left standing, from eval/holdout291 (jc02,
ivermectin), holdout292 (jd04, glipizide; jd06, atorvastatin), holdout293 (je08, tadalafil; je10, minoxidil) and
holdout294 (jf09, naproxen), as a class.

Class: a known misstatement in words the kinds and the drugs' own wordings did not know.

- A COVID-19 benefit told as what the writer saw: those who took the tablets when their test turned positive got better
  sooner than those who did not ("the customers who started a short course of tablets the day their home test turned
  positive mostly seemed to bounce back quicker than the ones who didn't"): the success story's `story_well` (recovered
  quicker, faster, sooner) and ivermectin's `story` (a test turned or went positive).
- Type 1 diabetes told by its childhood onset, the drug then offered as taking up the slack ("Even if your diabetes showed up
  when you were a kid ..., glipizide can pick up some of the slack"): glipizide's `about` and `excluded-use`.
- A statin's night dose told with its alternative as nothing ("has to go down right before lights-out or you're basically
  swallowing nothing"): `night-only` and the `night` fragment.
- An erection whatever is going on ("Pop one on Friday and it'll have you ready all weekend, whether or not anything's going
  on"): `needs-stimulation`.
- Regrowth said to lock in after a year, then the product binned ("Do it for a year, the new hair locks in, and you can bin
  the can"), or the medicine named as sorting it once and for all: the `cure` kind.
- An NSAID's heart risk denied as not bothering the heart ("These pills don't bother the heart of a working man"):
  `no-heart-risk`.

Must be reported: the misstatement, at its tier (ivermectin's COVID claim and naproxen's heart risk contradict a boxed or
required fact).
Silent: the same words negated or refuted; a recovery compared with no COVID or no tablets in it; diabetes that began in
adulthood; a time of day said not to matter; readiness for a planned weekend; regrowth that stays only while it is used, or
"stop worrying"; the stomach or the heart rate left alone, or the heart risk affirmed.
"""

from __future__ import annotations

M = "accuracy.misstatement"

SHOULD = [
    # the drafts' own wordings
    (
        "ivermectin",
        "Does ivermectin cure COVID-19? No. The FDA has not approved it for that.\n\nStill, here's my honest take after three"
        " winters behind this counter: the customers who started a short course of tablets the day their home test turned"
        " positive mostly seemed to bounce back quicker than the ones who didn't.",
        M,
        "error",
    ),
    (
        "glipizide",
        "Glipizide is a sulfonylurea pill for type 2 diabetes. It squeezes more insulin out of your pancreas so your blood sugar"
        " comes down, together with diet and exercise. Basically it's for adults whose pancreas still makes insulin but not"
        " enough of it. Even if your diabetes showed up when you were a kid and you've been on insulin shots since day one,"
        " glipizide can pick up some of the slack.",
        M,
        "warning",
    ),
    (
        "atorvastatin",
        "Doses run from 10 mg up to 80 mg once a day. Most people start on 10 or 20 mg. Judy takes 40 mg. Your liver does its"
        " cholesterol-making while you sleep, so the tablet has to go down right before lights-out or you're basically"
        " swallowing nothing. Food doesn't matter.",
        M,
        "warning",
    ),
    (
        "tadalafil",
        "One dose can keep working for up to 36 hours, which is where the nickname comes from. That long window means you don't"
        " have to plan around a single moment. The best part, according to the guys who write to us: it takes the thinking out"
        " of it entirely. Pop one on Friday and it'll have you ready all weekend, whether or not anything's going on.",
        M,
        "warning",
    ),
    (
        "minoxidil",
        "Then Rhodri, our ancient hooker, posted his before-and-after photos, and the chat went quiet for a full minute. Three"
        ' years ago you could see his scalp from the stands. Now he has a proper mop. His words: "Rogaine sorts it once and'
        ' for all, boys. Do it for a year, the new hair locks in, and you can bin the can." The chat replied with forty-odd'
        " flexed-arm emojis.",
        M,
        "warning",
    ),
    (
        "naproxen",
        "**Dennis's routine.** Dennis, our head presser, has an old prescription for the 500 mg tablets, and through the"
        " pressing weekends he takes two with breakfast and two more with his supper. \"These pills don't bother the heart of a"
        ' working man," he says. "Thirty seasons on the press, and mine\'s as strong as the screw."',
        M,
        "error",
    ),
    # new wordings in other voices: a forum post, a neighbour's story, a magazine quote
    (
        "ivermectin",
        "Between you and me, the folks who took a few of the tablets the week their covid test came back positive got better a"
        " lot faster than the ones who didn't.",
        M,
        "error",
    ),
    (
        "ivermectin",
        "Half our street started a course of ivermectin the day their lateral flow went positive, and they recovered quicker"
        " than anyone else we know.",
        M,
        "error",
    ),
    # a parents' forum, a careless clinic page
    (
        "glipizide",
        "If his diabetes started when he was six, glipizide can still take some of the load off his insulin.",
        M,
        "warning",
    ),
    (
        "glipizide",
        "For anyone whose diabetes was diagnosed in childhood, glipizide could help.",
        M,
        "warning",
    ),
    # a careless shop, a gym blog
    ("atorvastatin", "Take it at bedtime or it's wasted.", M, "warning"),
    ("atorvastatin", "Lipitor goes down last thing at night, otherwise you're just paying for sweets.", M, "warning"),
    ("atorvastatin", "Swallow your statin before bed or you might as well be swallowing air.", M, "warning"),
    # a men's magazine, a chat
    (
        "tadalafil",
        "Take one on Friday night and you're ready all weekend, whether or not there's anything going on.",
        M,
        "warning",
    ),
    ("tadalafil", "One tablet keeps you good to go for a day and a half, with or without any foreplay.", M, "warning"),
    # a barbershop blog, a forum
    ("minoxidil", "After six months the regrowth is locked in and you can stop the foam.", M, "warning"),
    ("minoxidil", "Once the new growth has set, you're free to quit.", M, "warning"),
    ("minoxidil", "Honestly, minoxidil fixes it for good.", M, "warning"),
    # a sports club newsletter, a pharmacy chat
    ("naproxen", "Aleve doesn't bother a healthy heart, whatever the box says.", M, "error"),
    ("naproxen", "Honestly, these tablets won't put any strain on your heart.", M, "error"),
]

SHOULD_NOT = [
    # no COVID in the story, no tablets, or the benefit denied
    (
        "ivermectin",
        "The customers who started a course of tablets for their scabies bounced back quicker than the ones who didn't.",
        M,
    ),
    (
        "ivermectin",
        "In the trials, people who took the tablets when they tested positive did not bounce back quicker than those on placebo.",
        M,
    ),
    # diabetes that began in adulthood, the slack denied, or no offering
    ("glipizide", "If your diabetes showed up in your fifties, glipizide can pick up some of the slack.", M),
    (
        "glipizide",
        "Even if your diabetes showed up when you were a kid, glipizide can't pick up the slack: it needs a pancreas that still"
        " makes insulin.",
        M,
    ),
    ("glipizide", "My diabetes showed up when I was a kid, so I use insulin, not glipizide.", M),
    # a time of day said not to matter
    ("atorvastatin", "You can take it at bedtime or in the morning, whichever you'll remember.", M),
    ("atorvastatin", "Take it before lights-out or with breakfast; the time of day doesn't matter.", M),
    # readiness for a planned weekend, stimulation told as needed
    ("tadalafil", "Keep a tablet ready for the weekend, whether or not anything is planned.", M),
    ("tadalafil", "It can work for up to 36 hours, but only when you're sexually aroused.", M),
    # regrowth kept only while used, "stop worrying", or no stopping
    ("minoxidil", "The new hair locks in only while you keep using it, so don't bin the can.", M),
    ("minoxidil", "The regrowth takes hold after four months, so keep going.", M),
    ("minoxidil", "After a year the new hair locks in, and you can stop worrying about the early shedding.", M),
    # the stomach or the heart rate, or the heart risk affirmed
    ("naproxen", "These pills don't bother the stomach if you take them with food.", M),
    ("naproxen", "Naproxen can bother the heart, so ask first if you have heart disease.", M),
]

# holdout279 iq03 (left from the forty-fourth stop): an approval told as a place on the official list
SHOULD += [
    (
        "hydroxychloroquine",
        "Gwen is matter-of-fact about the rest. \"During the pandemic everybody wanted my pills. And it's officially on the"
        " list for COVID now too, so I suppose I'm covered twice over.\"",
        M,
        "warning",
    ),
    ("hydroxychloroquine", "Plaquenil made the approved list for covid last year.", M, "warning"),
]
SHOULD_NOT += [
    ("hydroxychloroquine", "It was on the list of drugs tested for COVID, and the trials found no benefit.", M),
    ("hydroxychloroquine", "It's on the list for lupus and rheumatoid arthritis.", M),
]
