"""What a drug does, told wrong in a story and left standing: the writer or someone quoted tells what the medicine did or
does, in lay words, and the article does not correct it. The drafts: sildenafil switching a man's appetite back on, so
that he wants his wife "whether or not either of them had romance on the agenda" (eval/holdout175 eq02, the
needs-stimulation kind: desire raised by the pill); lamotrigine raised for a manic spell, an extra tablet "to steer you
back to level ground" or "from 200 up to 300 for a couple of weeks, and that is what got me back on the ground"
(eval/holdout175 eq04, eval/holdout181 ew08, `acute-bipolar-episodes`: a raise for a spell told by its landing);
valacyclovir's daily dose that "shuts the door on passing it along", the partner "in the clear" (eval/holdout175 eq11,
`prevents-all-transmission`); metformin that "tires the kidneys out" (eval/holdout176 er08, `kidney-damage`); a morning
rosuvastatin "mostly worn off by bedtime, so the morning tablet is doing very little" (eval/holdout176 er12, the night-only
kind); isotretinoin leftovers "the best present he could have asked for", which "got him through the first bad month"
(eval/holdout177 es10, `share-with-others`). Near misses: negated or corrected, desire said to be untouched, a titration
or a steady dose, a negative test, a reduced risk, the sugar tiring the kidneys, the writer's own leftovers, simvastatin
(whose label asks for the evening)."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "sildenafil",
        "For Tom, the difference went beyond the mechanics. Sildenafil switched his appetite back on as well: on the nights he"
        " takes it, he says, he finds himself wanting his wife the way he did in his thirties, whether or not either of them"
        " had romance on the agenda.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "lamotrigine",
        "Call us or your psychiatrist, because you don't have to ride it out. If you can feel a manic stretch starting, the"
        " racing thoughts and the 3 a.m. online shopping, an extra tablet for a few days is usually enough to steer you back to"
        " level ground, and then you drop back to your regular amount.",
        MISSTATEMENT,
        "acute-bipolar-episodes",
        "warning",
    ),
    (
        "lamotrigine",
        '"Last spring I could feel a manic spell coming on before midterms. My psychiatrist had me take my lamotrigine from'
        ' 200 up to 300 for a couple of weeks, and that is what got me back on the ground."',
        MISSTATEMENT,
        "acute-bipolar-episodes",
        "warning",
    ),
    (
        "valacyclovir",
        "**JESS:** Here's the good news for couples. Take the daily tablet and your partner is in the clear: the daily dose"
        " shuts the door on passing it along, so you can relax about that side of things. My patient Marco and his girlfriend"
        " have been together three years, and she's fine.",
        MISSTATEMENT,
        "prevents-all-transmission",
        "warning",
    ),
    (
        "metformin",
        "Over the years, metformin also tires the kidneys out, which is why Brother Tom's doctor finally took him off it last"
        " spring. That is the reason your doctor checks your kidney blood test at least once a year.",
        MISSTATEMENT,
        "kidney-damage",
        "warning",
    ),
    (
        "rosuvastatin",
        "Dorothy asked what time of day is best. Frank said to keep it with your evening cup of tea: the liver does most of its"
        " cholesterol-making while we sleep, and a tablet swallowed at breakfast has mostly worn off by bedtime, so the morning"
        " tablet is doing very little.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "isotretinoin",
        "Funny story. When I finished, I still had three blister strips in the cupboard, and my little brother was breaking out"
        " just like I used to. Honestly, with the same skin, my leftover capsules were the best present he could have asked"
        " for, and they got him through the first bad month while he waited for his own appointment.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    # new wordings, other voices
    ("sildenafil", "Honestly, Viagra brought my libido back after two flat years.", MISSTATEMENT, "needs-sexual-stimulation", "warning"),
    (
        "tadalafil",
        "My husband says Cialis rekindled his desire, and he's keener than he has been in ages.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "sildenafil",
        "I found myself craving my partner whether or not anything was planned that night.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    ("sildenafil", "The little blue pill woke up his sex drive, according to Jim.", MISSTATEMENT, "needs-sexual-stimulation", "warning"),
    (
        "lamotrigine",
        "When things get wobbly, my nurse lets me take one extra tablet for a week, which always brings me back down to earth.",
        MISSTATEMENT,
        "acute-bipolar-episodes",
        "warning",
    ),
    (
        "lamotrigine",
        "We upped my Lamictal for a fortnight and it put me back on an even keel.",
        MISSTATEMENT,
        "acute-bipolar-episodes",
        "warning",
    ),
    (
        "lamotrigine",
        "A couple of extra 25s that month were what got her mood back on solid ground, she says.",
        MISSTATEMENT,
        "acute-bipolar-episodes",
        "warning",
    ),
    (
        "valacyclovir",
        "Daily Valtrex takes away the risk of passing it on to your boyfriend.",
        MISSTATEMENT,
        "prevents-all-transmission",
        "warning",
    ),
    (
        "valacyclovir",
        "My doctor said the daily pill rules out giving it to my husband.",
        MISSTATEMENT,
        "prevents-all-transmission",
        "warning",
    ),
    (
        "valacyclovir",
        "As long as he keeps taking his tablet, his girlfriend is in the clear.",
        MISSTATEMENT,
        "prevents-all-transmission",
        "warning",
    ),
    (
        "valacyclovir",
        "Suppression therapy basically wipes out the chance of passing herpes on.",
        MISSTATEMENT,
        "prevents-all-transmission",
        "warning",
    ),
    ("metformin", "My aunt swears that Glucophage slowly runs your kidneys down.", MISSTATEMENT, "kidney-damage", "warning"),
    (
        "metformin",
        "Metformin tires out the kidneys in the long run, so people come off it eventually.",
        MISSTATEMENT,
        "kidney-damage",
        "warning",
    ),
    (
        "metformin",
        "Folk at the club say metformin wears the kidneys down if you stay on it for years.",
        MISSTATEMENT,
        "kidney-damage",
        "warning",
    ),
    (
        "rosuvastatin",
        "A Crestor taken in the morning has worn off by night, my brother says.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "atorvastatin",
        "The breakfast tablet is doing very little, so switch it to the evening.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "rosuvastatin",
        "A pill you pop with your morning coffee has pretty much worn off by the evening.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    ("isotretinoin", "My spare strip made a lovely birthday gift for my sister.", MISSTATEMENT, "share-with-others", "error"),
    (
        "isotretinoin",
        "Those leftover capsules tided her over until her dermatology appointment.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    ("isotretinoin", "Our remaining Accutane kept my cousin going for a few weeks.", MISSTATEMENT, "share-with-others", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # desire not raised, or denied; the appetite switched off
    (
        "sildenafil",
        "Sildenafil won't switch your desire back on: it only helps the erection when you are aroused.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    (
        "sildenafil",
        "Low desire is a different problem, and the pill does not bring your libido back.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    (
        "sildenafil",
        "He wanted his wife as much as ever, whether or not the evening went to plan; the trouble was the erection, not the desire.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    (
        "sildenafil",
        "Stress can switch your appetite off for days, and sildenafil will not change that.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    ("sildenafil", "Viagra turned my appetite off for the evening, and my face went red.", MISSTATEMENT, "needs-sexual-stimulation"),
    # a titration, a raise denied, another drug raised, a steady dose
    ("lamotrigine", "We raise the dose every two weeks to get you up to 200 mg a day.", MISSTATEMENT, "acute-bipolar-episodes"),
    (
        "lamotrigine",
        "An extra tablet will not get you back on level ground during a manic spell, so call us instead.",
        MISSTATEMENT,
        "acute-bipolar-episodes",
    ),
    (
        "lamotrigine",
        "My psychiatrist raised my lithium for a couple of weeks, and that is what got me back on the ground.",
        MISSTATEMENT,
        "acute-bipolar-episodes",
    ),
    (
        "lamotrigine",
        "Taking it every day at the same dose keeps most people on an even keel between episodes.",
        MISSTATEMENT,
        "acute-bipolar-episodes",
    ),
    # a reduced risk, denied, a negative test
    (
        "valacyclovir",
        "The daily tablet lowers the risk of passing it on, but it does not remove it, so keep using condoms.",
        MISSTATEMENT,
        "prevents-all-transmission",
    ),
    ("valacyclovir", "It doesn't shut the door on passing it along, so condoms still matter.", MISSTATEMENT, "prevents-all-transmission"),
    ("valacyclovir", "My partner got tested last month, and she's in the clear.", MISSTATEMENT, "prevents-all-transmission"),
    ("valacyclovir", "Daily valacyclovir cuts the chance of passing herpes on to your partner.", MISSTATEMENT, "prevents-all-transmission"),
    # denied, the sugar doing it, tiredness
    (
        "metformin",
        "Metformin doesn't tire the kidneys out; your doctor checks them because they clear the medicine.",
        MISSTATEMENT,
        "kidney-damage",
    ),
    (
        "metformin",
        "Years of high blood sugar tire the kidneys out, and metformin helps keep the sugar down.",
        MISSTATEMENT,
        "kidney-damage",
    ),
    ("metformin", "Metformin can tire you out if your B12 runs low.", MISSTATEMENT, "kidney-damage"),
    # not worn off, little done for another number, simvastatin, a breakfast dose said to work
    (
        "rosuvastatin",
        "A tablet swallowed at breakfast hasn't worn off by bedtime: rosuvastatin lasts all day.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
    (
        "rosuvastatin",
        "The morning tablet is doing very little for your HDL, which is normal; it works on the LDL.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
    (
        "simvastatin",
        "A tablet swallowed at breakfast has mostly worn off by bedtime, so take it in the evening.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
    ("rosuvastatin", "A tablet at breakfast works just as well as one at bedtime.", MISSTATEMENT, "must-take-at-night"),
    # no present, the writer's own leftovers, returned
    (
        "isotretinoin",
        "My leftover capsules were no present for anyone: they went back to the pharmacy.",
        MISSTATEMENT,
        "share-with-others",
    ),
    ("isotretinoin", "My spare capsules got me through the week my refill was late.", MISSTATEMENT, "share-with-others"),
    ("isotretinoin", "The best present my brother got was his own dermatology appointment.", MISSTATEMENT, "share-with-others"),
    ("isotretinoin", "The leftover capsules went back to the pharmacy, which is the rule.", MISSTATEMENT, "share-with-others"),
]
