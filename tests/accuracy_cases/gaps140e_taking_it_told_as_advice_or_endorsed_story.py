"""How to take a medicine, or its safety, misstated as advice, a tip or an endorsed story, from eval/holdout239 (hc02),
holdout240 (hd02), holdout241 (he05), holdout242 (hf05, hf06), holdout243 (hg05), holdout244 (hh09) and holdout246 (hj02), as
a class.

Class: a known misstatement of how to take the drug or of its safety, in a lay wording the facts did not read, told as the
writer's advice, a member's tip or a story the writer endorses: warfarin's greens "said goodbye to" ("that's the safest way"),
a missed warfarin day made "a two-tablet day and you're square", the missed one told by its still-full compartment and "both"
had that evening ("A sensible system, Frank"); clonazepam's dose "far too little a dose for anyone to come to need it";
methotrexate's "pregnancy scare stuff" called overblown; ivermectin's "little white tablets" as "why his COVID in 2021 never
settled in his chest"; rosuvastatin's tablet "swallowed with your morning coffee" that "mostly goes to waste". The labels: a
steady vitamin K intake, never a double dose for a missed one (warfarin 17; 2.5), dependence even at prescribed doses
(clonazepam BOXED WARNING), contraindicated in pregnancy (methotrexate BOXED WARNING; 4), not for COVID-19 (FDA), any time
of day (rosuvastatin 2.1).
Silent: the wording denied, forbidden or refuted ("Never make today a two-tablet day", "don't take both", "That was flatly
wrong": diazepam's 1970s myth, hf06), another matter (spinach binges, hair-loss scare stuff, river blindness kept away, a dose
too low to control panic, out-of-date tablets that go to waste), the clinic's own two-tablet Mondays, the true statement (keep
greens steady, any time of day, the pregnancy warnings not overblown).
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
GREENS = "avoid-all-greens"
DOUBLE = "double-missed-dose"
HOOKED = "not-addictive"
PREGNANCY = "not-safe-in-pregnancy"
COVID = "covid-treatment"
NIGHT = "must-take-at-night"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "warfarin",
        "Here's the one where I'll give you my honest opinion. Vitamin K is what matters, because it works against warfarin. My"
        " customer Maureen, who has been on warfarin for nine years, said goodbye to spinach, kale and broccoli the week she"
        " started, and her numbers have been rock steady ever since. Honestly, that's the safest way to do it.",
        MISSTATEMENT,
        GREENS,
        "warning",
    ),
    (
        "warfarin",
        "## What if I forget a dose?\n\nRemember it later that evening? Take it then. Realize it the next day? No panic: just"
        " make today a two-tablet day and you're square, because your INR reflects the whole week, not one evening.",
        MISSTATEMENT,
        DOUBLE,
        "error",
    ),
    (
        "warfarin",
        '**Forgotten tablets.** Frank, who keeps his pills in a weekly box, passed on his tip at the last committee meeting: "If'
        " Tuesday's compartment is still full on Wednesday night, I simply have both that evening and the clinic has never said"
        ' a word." A sensible system, Frank.',
        MISSTATEMENT,
        DOUBLE,
        "error",
    ),
    (
        "clonazepam",
        "When I asked Dr. Oyelaran whether I'd end up needing it forever, she shook her head. \"At half a milligram twice a day?"
        " Not you. That's far too little a dose for anyone to come to need it.\" And in my case, she was right.",
        MISSTATEMENT,
        HOOKED,
        "error",
    ),
    (
        "methotrexate",
        '## Member tips\n\n- "Take it Friday night. If you feel rough, you\'ve got the weekend." (sunny_flakes)\n- "Three of us in'
        " the Thursday chat had healthy babies without ever coming off our weekly dose, so the pregnancy scare stuff is"
        ' overblown." (mamabear_psO) +1 from the mods, nice to hear some good news.',
        MISSTATEMENT,
        PREGNANCY,
        "error",
    ),
    (
        "ivermectin",
        "Brother Ray is convinced that those same little white tablets are why his COVID in 2021 never settled in his chest, and"
        " having watched him bounce back in four days, I'm convinced too.",
        MISSTATEMENT,
        COVID,
        "error",
    ),
    (
        "rosuvastatin",
        "## When should I take it?\n\nKeep the bottle next to your toothbrush. Your liver makes most of its cholesterol while you"
        " sleep, so a tablet swallowed with your morning coffee mostly goes to waste. With or without food is fine.",
        MISSTATEMENT,
        NIGHT,
        "warning",
    ),
    # new wordings, other voices: a carer's note, a diary, a clinic handout, a careless site, a forum, a magazine
    (
        "warfarin",
        "Dad waved goodbye to the leafy greens the day he started warfarin, and says it's the safest way.",
        MISSTATEMENT,
        GREENS,
        "warning",
    ),
    ("warfarin", "**Mon.** Bid farewell to salad and spinach today. New tablets, new rules.", MISSTATEMENT, GREENS, "warning"),
    ("warfarin", "Missed Tuesday? Make Wednesday a two-tablet day.", MISSTATEMENT, DOUBLE, "error"),
    ("warfarin", "If a dose slips by, a double-dose day and you're back on track.", MISSTATEMENT, DOUBLE, "error"),
    ("warfarin", "If the blister for Monday is still full on Tuesday, just take both.", MISSTATEMENT, DOUBLE, "error"),
    ("warfarin", "If you forgot your tablet last night, have both together this evening.", MISSTATEMENT, DOUBLE, "error"),
    ("clonazepam", "My GP said 0.25 mg is too low a dose for me to end up needing it.", MISSTATEMENT, HOOKED, "error"),
    (
        "clonazepam",
        "Half a milligram? It's far too small a dose for anyone to come to depend on it.",
        MISSTATEMENT,
        HOOKED,
        "error",
    ),
    ("methotrexate", "Between you and me, the pregnancy scare talk is way overblown.", MISSTATEMENT, PREGNANCY, "error"),
    (
        "methotrexate",
        "Our consultant thinks the scare stuff about methotrexate in pregnancy is exaggerated.",
        MISSTATEMENT,
        PREGNANCY,
        "error",
    ),
    (
        "ivermectin",
        "Mum swears the little horse tablets are why her covid last winter stayed in her nose.",
        MISSTATEMENT,
        COVID,
        "error",
    ),
    ("rosuvastatin", "Pharmacist tip: a Crestor swallowed at breakfast goes straight to waste.", MISSTATEMENT, NIGHT, "warning"),
    ("rosuvastatin", "Take it at night; a tablet taken first thing mostly goes to waste.", MISSTATEMENT, NIGHT, "warning"),
]

#: (drug, body, rule, item): no such finding.
SHOULD_NOT = [
    # another matter, or the true statement
    ("warfarin", "Maureen said goodbye to her spinach binges and keeps her greens steady now.", MISSTATEMENT, GREENS),
    ("warfarin", "On the clinic's schedule, Mondays are a two-tablet day and the other days one.", MISSTATEMENT, DOUBLE),
    (
        "warfarin",
        "The pill for Sunday is still full of promise, and I take both my warfarin and my vitamins.",
        MISSTATEMENT,
        DOUBLE,
    ),
    ("clonazepam", "The dose was too low to control her panic, so her psychiatrist raised it.", MISSTATEMENT, HOOKED),
    ("methotrexate", "The scare stuff about hair loss on methotrexate is overblown.", MISSTATEMENT, PREGNANCY),
    ("ivermectin", "Those little white tablets are why his river blindness never came back.", MISSTATEMENT, COVID),
    ("rosuvastatin", "Keep leftover tablets in the box; out-of-date ones go to waste.", MISSTATEMENT, NIGHT),
    ("rosuvastatin", "Take it with your morning coffee if that's easier to remember.", MISSTATEMENT, NIGHT),
    # denied, forbidden or refuted
    ("warfarin", "Please don't say goodbye to spinach and kale: keep them steady.", MISSTATEMENT, GREENS),
    (
        "warfarin",
        "Realize it the next day? Never make today a two-tablet day to catch up: skip it and carry on.",
        MISSTATEMENT,
        DOUBLE,
    ),
    (
        "warfarin",
        "If Tuesday's compartment is still full on Wednesday, don't take both: leave it and ring the clinic.",
        MISSTATEMENT,
        DOUBLE,
    ),
    (
        "warfarin",
        "If the box for Monday is still full on Tuesday, take Tuesday's as usual and never take both.",
        MISSTATEMENT,
        DOUBLE,
    ),
    (
        "clonazepam",
        "No dose is too small for someone to come to need it; dependence can follow even prescribed doses.",
        MISSTATEMENT,
        HOOKED,
    ),
    (
        "methotrexate",
        "The pregnancy warnings are not overblown: methotrexate can harm an unborn baby.",
        MISSTATEMENT,
        PREGNANCY,
    ),
    ("ivermectin", "Those little white tablets are not why his COVID stayed mild; the vaccine was.", MISSTATEMENT, COVID),
    (
        "rosuvastatin",
        "A tablet swallowed with your morning coffee doesn't go to waste: any time of day works.",
        MISSTATEMENT,
        NIGHT,
    ),
    # the myth told and called wrong (holdout242 hf06), and in other words
    (
        "diazepam",
        "*Addiction and misuse.* People in the 1970s were told Valium is not addictive. That was flatly wrong. It can be abused"
        " and it can lead to addiction and overdose.",
        MISSTATEMENT,
        HOOKED,
    ),
    ("diazepam", "People in the 1970s were told Valium is not addictive. That's dead wrong, sadly.", MISSTATEMENT, HOOKED),
    ("clonazepam", "My aunt was told clonazepam is not addictive. That was plainly false.", MISSTATEMENT, HOOKED),
]
