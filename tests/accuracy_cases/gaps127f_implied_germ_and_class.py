"""The wrong germ or a virus, and a wrong class, implied rather than stated (misses in eval/holdout131 to holdout138), as
classes (kinds ``wrong-germ``, ``for-viruses``, ``wrong-class`` and the drugs' own words).

1. A yeast infection told by its signs, then the antibacterial said to clear it, joined by "and" or as given by a doctor:
   "I had the itchy, thick white cottage-cheese stuff and two days of my leftover Flagyl had it gone" (holdout138 df05),
   "when the itching ... comes together with a thick, white discharge looking like yogurt, the doctor can give you these
   same tablets and the problem is going away in few days" (holdout137 de08), "your GP will prescribe Flagyl and it clears
   up", "I took my old metronidazole and it was gone", "The nurse gave me a course of these and the itch had gone". Not
   "did nothing", "made it worse", another medicine given, bacterial vaginosis's signs, "it does not go away".
2. A cold told by its sufferers, then pointed back at in the next sentence and an antibiotic said to get them over it:
   "We see a lot of people ... whose head cold has dragged on past a week, with a blocked nose and a tickly cough that won't
   quit. For that crowd a Z-Pak usually gets them over the hump" (holdout136 dd03), "For those kids a short course of
   azithromycin helps them over the hump", "In cases like that, azithromycin gets most of them over the worst". Not a
   cold turned into a sinus infection, pneumonia told, rest and fluids doing it, "a Z-Pak does nothing", "we do not
   prescribe".
3. Ivermectin taken at the first cough, fever or positive test, as for COVID: "I know doctors in South America who kept
   whole families out of hospital with a short course at the first cough" (holdout136 dd06), "keeps a few ivermectin
   tablets in the bathroom cabinet for the first sign of a fever", "handed out a short course of ivermectin at the first
   positive test", "two of the tablets at the very first tickle in my throat". Not "at the first sign of worms", "not
   something to take at the first cough", "At the first cough, see your doctor", lice lotion at the first sign of lice.
4. The class's medicine the writer takes, told as the drug: "Now my insulin comes once a week instead: one click of the
   Mounjaro pen on a Sunday morning" (holdout131 cy12), "My insulin is a weekly Mounjaro pen now", "Mounjaro is my insulin
   these days", "My husband's insulin goes in every Sunday now - a single click of his Mounjaro pen". Not "My insulin comes
   once a day, and the Mounjaro once a week", "My insulin dose is lower since I started Mounjaro", "My insulin is Lantus",
   "Mounjaro is my insulin's new partner", "my nurse says Mounjaro does not replace it".
5. Prednisone as a maker's version of what a share of the doping lifters are on: "Pred is basically the chemist's version
   of what half the guys on the bodybuilding stage are running" (holdout134 db01), "the pharmacy's version of the stuff most
   of the enhanced lifters are taking", "a weaker version of what half the juiced-up bodybuilders are on", "the doctor's
   version of what the pros on stage are using". Not "nothing like", "the hormone your adrenal glands make", what the guys
   at my gym take for a sore shoulder, "Unlike what ...".
6. Albuterol as "the blue one" (or the reliever one) said to be a steroid: "Because the blue one is a steroid, anyone
   lifting in a tested federation should get their paperwork sorted" (holdout138 df02), "your reliever one is a steroid",
   "the blue one is basically a steroid", "Your rescue one is classed as a corticosteroid". Not "the brown one is a
   steroid ..., and the blue one is the reliever", "The blue one is not a steroid", "a bronchodilator, not a steroid",
   "If the blue one isn't enough, your doctor may add a steroid".
7. Bacterial vaginosis's signs asked about in a question paragraph, and the answer's opening crediting the antifungal
   with clearing that too: "Jess from Leeds writes: 'Every few months I get a thin, grey discharge with a fishy smell,
   worse after sex. Is that thrush?'" / "GUEST: Honestly? That's the one I see all the time. People think it's something
   different, but one fluconazole tablet sorts that out too." (holdout133 da09), "Q: ... a fishy smell down there ...
   Could it be thrush? A: Could be BV, could be thrush. Either way, a single Diflucan clears that up as well", "Good
   question. Whatever it is, the same pill usually clears it up too". Not "Fluconazole won't sort that out", "If it is
   thrush too, ...", thrush's own signs, metronidazole's clearing it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: A reader's question giving the signs of bacterial vaginosis, the paragraph an answer follows.
QUESTION = 'Reader question: "Every few months I get a thin, grey discharge with a fishy smell. Is that thrush?"\n\n'

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # 1. a yeast infection by its signs, then the antibacterial clearing it
    (
        "metronidazole",
        "**riverbend:** Honestly it's my go-to for anything down there. Last spring I had the itchy, thick white "
        "cottage-cheese stuff and two days of my leftover Flagyl had it gone.",
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    (
        "metronidazole",
        "Also, when the itching down there comes together with a thick, white discharge looking like yogurt, the doctor "
        "can give you these same tablets and the problem is going away in few days.",
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    (
        "metronidazole",
        "If you get a white discharge like yoghurt and itching, your GP will prescribe Flagyl and it clears up within days.",
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    (
        "metronidazole",
        "I had itchy, thick white discharge like cottage cheese, so I took my old metronidazole and it was gone in two days.",
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    (
        "metronidazole",
        "Thick white discharge, itchy as anything? The nurse gave me a course of these and the itch had gone by Friday.",
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    # 2. a cold's sufferers pointed back at, then an antibiotic getting them over it
    (
        "azithromycin",
        "We see a lot of people in late autumn whose head cold has dragged on past a week, with a blocked nose and a tickly "
        "cough that won't quit. For that crowd a Z-Pak usually gets them over the hump and back at work by the weekend.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "azithromycin",
        "Plenty of parents bring in kids with a streaming nose and the sniffles that drag on for ten days. For those kids a "
        "short course of azithromycin helps them over the hump.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "azithromycin",
        "If your flu has hung around for a fortnight and you just can't shake it, a Z-Pak usually gets you over the hump.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "azithromycin",
        "Lots of our callers have had a stinking cold for a week or more. In cases like that, azithromycin gets most of them "
        "over the worst in a couple of days.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    # 3. ivermectin at the first cough
    (
        "ivermectin",
        "**About COVID.** Readers still ask me this more than anything else. No, the FDA never approved it for COVID, and "
        "the big trials were disappointing. Still, I'll be honest: I know doctors in South America who kept whole families "
        "out of hospital with a short course at the first cough, and I wouldn't talk anyone out of keeping a few tablets in "
        "the drawer for that.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    (
        "ivermectin",
        "My uncle keeps a few ivermectin tablets in the bathroom cabinet for the first sign of a fever.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    (
        "ivermectin",
        "Our family doctor handed out a short course of ivermectin at the first positive test.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    (
        "ivermectin",
        "I take two of the tablets at the very first tickle in my throat, and I haven't had covid since.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    # 4. my insulin told as the drug
    (
        "tirzepatide",
        'Brenda, a retired bus driver and long-time member, has had type 2 for fifteen years. "For ages it was the pen at '
        "bedtime, every single night, and the finger pricks. Now my insulin comes once a week instead: one click of the "
        "Mounjaro pen on a Sunday morning and I'm done.\"",
        MISSTATEMENT,
        "not-insulin",
        "warning",
    ),
    ("tirzepatide", "My insulin is a weekly Mounjaro pen now, and I love it.", MISSTATEMENT, "not-insulin", "warning"),
    ("tirzepatide", "Mounjaro is my insulin these days, one jab on a Sunday.", MISSTATEMENT, "not-insulin", "warning"),
    (
        "tirzepatide",
        "My husband's insulin goes in every Sunday now - a single click of his Mounjaro pen.",
        MISSTATEMENT,
        "not-insulin",
        "warning",
    ),
    # 5. a maker's version of what the doping lifters are on
    (
        "prednisone",
        "My old training partner Dev swears it is. His line, every single time: \"Pred is basically the chemist's version "
        'of what half the guys on the bodybuilding stage are running, just a weaker batch."',
        MISSTATEMENT,
        "anabolic-steroid",
        "warning",
    ),
    (
        "prednisone",
        "Prednisone is the pharmacy's version of the stuff most of the enhanced lifters are taking.",
        MISSTATEMENT,
        "anabolic-steroid",
        "warning",
    ),
    (
        "prednisone",
        "Pred is just a weaker version of what half the juiced-up bodybuilders are on.",
        MISSTATEMENT,
        "anabolic-steroid",
        "warning",
    ),
    (
        "prednisone",
        "It's basically the doctor's version of what the pros on stage are using.",
        MISSTATEMENT,
        "anabolic-steroid",
        "warning",
    ),
    # 6. the blue one said to be a steroid
    (
        "albuterol",
        "Albuterol relaxes the muscle wrapped around your airways so they open back up. It's approved for asthma, for the "
        "tight chest some people with COPD get, and for heading off that exercise wheeze before it starts. Because the blue "
        "one is a steroid, anyone lifting in a tested federation should get their paperwork sorted before meet day.",
        MISSTATEMENT,
        "not-a-steroid",
        "warning",
    ),
    (
        "albuterol",
        "Keep the blue one in your gym bag: your reliever one is a steroid, so declare it.",
        MISSTATEMENT,
        "not-a-steroid",
        "warning",
    ),
    (
        "albuterol",
        "My coach says the blue one is basically a steroid, so I only use it on competition days.",
        MISSTATEMENT,
        "not-a-steroid",
        "warning",
    ),
    (
        "albuterol",
        "Your rescue one is classed as a corticosteroid, so tell the testers.",
        MISSTATEMENT,
        "not-a-steroid",
        "warning",
    ),
    # 7. BV's signs asked about, the answer crediting the antifungal with that too
    (
        "fluconazole",
        '**NIA:** Okay, listener question time. Jess from Leeds writes: "Every few months I get a thin, grey discharge '
        "with a fishy smell, worse after sex. Is that thrush?\"\n\n**GUEST:** Honestly? That's the one I see all the "
        "time. People think it's something different, but one fluconazole tablet sorts that out too. Same pill, same "
        "single dose.\n\n**NIA:** Love that. Easy.",
        MISSTATEMENT,
        "treats-bacterial-infections",
        "warning",
    ),
    (
        "fluconazole",
        "Q: I keep getting a fishy smell down there after my period. Could it be thrush?\n\nA: Could be BV, could be "
        "thrush. Either way, a single Diflucan clears that up as well.",
        MISSTATEMENT,
        "treats-bacterial-infections",
        "warning",
    ),
    (
        "fluconazole",
        '"My discharge has gone thin and greyish and smells a bit off. Is this a yeast infection?"\n\nGood question. '
        "Whatever it is, the same pill usually clears it up too.",
        MISSTATEMENT,
        "treats-bacterial-infections",
        "warning",
    ),
]

#: (drug, body, rule, item): no such finding.
SHOULD_NOT = [
    # 1. nothing cleared, another medicine, the right germ's signs
    (
        "metronidazole",
        "Last spring I had the itchy, thick white cottage-cheese stuff and two days of my leftover Flagyl did nothing at all.",
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    (
        "metronidazole",
        "I had the itchy, thick white cottage-cheese stuff and two days of my leftover Flagyl made it worse, so my GP gave "
        "me fluconazole and it cleared up.",
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    (
        "metronidazole",
        "When the itching comes together with a thick, white discharge looking like yogurt, the doctor can give you a "
        "different medicine, fluconazole, and the problem is going away.",
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    (
        "metronidazole",
        "When there is thin, grey discharge with a fishy smell, the doctor can give you these same tablets and the problem "
        "is going away in few days.",
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    (
        "metronidazole",
        "Thick white discharge like cottage cheese is thrush; the doctor gives you these tablets for BV and it does not go away.",
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    # 2. an infection told, something else doing it, nothing done
    (
        "azithromycin",
        "We see a lot of people whose head cold has turned into a sinus infection after two weeks. For that crowd a Z-Pak "
        "usually gets them over the hump.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "azithromycin",
        "We see a lot of people whose head cold has dragged on past a week. For that crowd rest and fluids get them over "
        "the hump; a Z-Pak will not help.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "azithromycin",
        "We see a lot of people whose head cold has dragged on past a week. For that crowd a Z-Pak does nothing, and we tell them so.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "azithromycin",
        "We see a lot of people in late autumn with pneumonia after a cold. For that crowd a Z-Pak usually gets them over the hump.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "azithromycin",
        "We see people whose cold has dragged on. For that crowd we do not prescribe a Z-Pak.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    # 3. worms, lice, a denial, the doctor at the first cough
    (
        "ivermectin",
        "Take the tablets on an empty stomach at the first sign of worms in the stool.",
        MISSTATEMENT,
        "covid-treatment",
    ),
    (
        "ivermectin",
        "Ivermectin is not something to take at the first cough: the trials found no benefit against COVID.",
        MISSTATEMENT,
        "covid-treatment",
    ),
    (
        "ivermectin",
        "At the first cough, see your doctor and get tested; ivermectin does not treat COVID.",
        MISSTATEMENT,
        "covid-treatment",
    ),
    (
        "ivermectin",
        "Start the lotion at the first sign of lice in your child's hair.",
        MISSTATEMENT,
        "covid-treatment",
    ),
    # 4. insulin beside it, its dose, another insulin, a denial
    ("tirzepatide", "My insulin comes once a day, and the Mounjaro once a week.", MISSTATEMENT, "not-insulin"),
    ("tirzepatide", "My insulin dose is lower since I started Mounjaro.", MISSTATEMENT, "not-insulin"),
    ("tirzepatide", "My insulin is Lantus, and Mounjaro is the weekly pen on top.", MISSTATEMENT, "not-insulin"),
    ("tirzepatide", "Mounjaro is my insulin's new partner.", MISSTATEMENT, "not-insulin"),
    (
        "tirzepatide",
        "My insulin comes once a week now: my nurse says Mounjaro does not replace it.",
        MISSTATEMENT,
        "not-insulin",
    ),
    # 5. unlike them, the body's own hormone, what any gym-goer takes
    (
        "prednisone",
        "Pred is nothing like what half the guys on the bodybuilding stage are running.",
        MISSTATEMENT,
        "anabolic-steroid",
    ),
    (
        "prednisone",
        "Prednisone is the pharmacy's version of the hormone your adrenal glands make.",
        MISSTATEMENT,
        "anabolic-steroid",
    ),
    (
        "prednisone",
        "Pred is basically the chemist's version of what half the guys at my gym take for a sore shoulder.",
        MISSTATEMENT,
        "anabolic-steroid",
    ),
    (
        "prednisone",
        "Unlike what half the guys on the bodybuilding stage are running, pred is a corticosteroid.",
        MISSTATEMENT,
        "anabolic-steroid",
    ),
    # 6. the brown one, a denial, another steroid added
    (
        "albuterol",
        "You'll have two inhalers: the brown one is a steroid you take every day, and the blue one is the reliever.",
        MISSTATEMENT,
        "not-a-steroid",
    ),
    ("albuterol", "The blue one is not a steroid; the brown one is.", MISSTATEMENT, "not-a-steroid"),
    ("albuterol", "The blue one is a bronchodilator, not a steroid.", MISSTATEMENT, "not-a-steroid"),
    ("albuterol", "If the blue one isn't enough, your doctor may add a steroid.", MISSTATEMENT, "not-a-steroid"),
    # 7. denied, a condition, thrush's signs, another drug's doing
    (
        "fluconazole",
        QUESTION + "No. That sounds like bacterial vaginosis, which needs an antibiotic from your GP. Fluconazole won't sort that out.",
        MISSTATEMENT,
        "treats-bacterial-infections",
    ),
    (
        "fluconazole",
        QUESTION + "Probably not. If it is thrush too, one fluconazole tablet sorts that out as well, but the smell needs your GP.",
        MISSTATEMENT,
        "treats-bacterial-infections",
    ),
    (
        "fluconazole",
        'Reader question: "I get itching and a thick white discharge. Is that thrush?"\n\nYes, and one fluconazole '
        "tablet sorts that out too.",
        MISSTATEMENT,
        "treats-bacterial-infections",
    ),
    (
        "fluconazole",
        QUESTION + "That sounds like BV. See your GP for metronidazole, which clears it up too, and keep your fluconazole for thrush.",
        MISSTATEMENT,
        "treats-bacterial-infections",
    ),
]
