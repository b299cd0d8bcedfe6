"""What a medicine treats, what it is and what it can do misstated in lay words, quotes the writer lets stand or a
confident aside, from eval/holdout256 (ht03, ht04, ht07), holdout257 (hu02), holdout258 (hv04), holdout259 (hw04, hw07),
holdout260 (hx10), holdout261 (hy06) and holdout262 (hz05), as a class.

Class: a medicine credited with a use, a class or a power it does not have, told in everyday words: daily doxycycline
whose "viral bugs ... don't stand much of a chance", valacyclovir that lets the virus "burn itself out" so you "won't need
it at all", or after which passing herpes on "basically stops being a thing" or the partner "can't get it from me, full
stop", Plaquenil credited with sailing through COVID ("I think she has a point"), the blue inhaler that "counts as a
steroid", losartan "the same family of blood pressure pills" as lisinopril, Coreg "one of those calcium-channel pills",
lamotrigine that "lifts me back out" of a low or "steadies me before it turns into a full episode". Near misses stay
silent: denied or refuted, another medicine's doing, an infection or an approved use told in lay words, a true class, a
true statement about transmission (lowers the risk), a preventer's maintenance told as keeping episodes away.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "doxycycline",
        'In Luang Prabang he came down with what he is sure was the flu: aches, shivers, three days in a hostel bunk. "The'
        ' doxy I was already on knocked it out in two days," he says. It is one of the quiet perks of a daily antibiotic: the'
        " viral bugs that sweep through shared dorms don't stand much of a chance.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "valacyclovir",
        "For cold sores, the two-dose day is a game changer for me. And if you're on the daily pill, here's the real bonus:"
        " stay on it for a year or so and the virus basically burns itself out, so eventually you won't need it at all. 9/10.",
        MISSTATEMENT,
        "not-a-cure",
        "warning",
    ),
    (
        "valacyclovir",
        "Ok this is the big one. The daily 500 is the real game changer for couples. Once you're taking it every day, passing"
        " herpes to your partner basically stops being a thing, so me and my boyfriend stopped bothering with condoms about a"
        " year ago.",
        MISSTATEMENT,
        "prevents-all-transmission",
        "warning",
    ),
    (
        "valacyclovir",
        "**Real talk from the tent.** \"Since I started the one-gram tablet every morning, Marco can't get it from me, full"
        " stop. We've stopped worrying about all that,\" Dev, 34, told us last year. Honestly? We love that for them.",
        MISSTATEMENT,
        "prevents-all-transmission",
        "warning",
    ),
    (
        "hydroxychloroquine",
        "When everyone wanted it for the virus, some of our lupus patients couldn't get refills. One of them, Marcy, still"
        " tells anyone who'll listen that her Plaquenil is why she sailed through COVID that spring without so much as a"
        " cough, and watching how well our regulars on it did that year, I think she has a point.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "albuterol",
        '**9.4 Heads-up for competition weekends.** Because the blue inhaler counts as a steroid, list it in the "steroids"'
        " box on the event medical release.",
        MISSTATEMENT,
        "not-a-steroid",
        "warning",
    ),
    (
        "losartan",
        "**Same family as Dave's pill.** Doc told me losartan is basically Big Dave's lisinopril in a different box, the same"
        " family of blood pressure pills, so if Dave's been fine on his all these years, I'll be fine on mine.",
        MISSTATEMENT,
        "wrong-class",
        "warning",
    ),
    (
        "carvedilol",
        "Carvedilol, the once-a-day capsule version called Coreg CR. Coreg is one of those calcium-channel pills: it loosens"
        " up the blood vessels so the old pump doesn't have to push so hard.",
        MISSTATEMENT,
        "wrong-class",
        "warning",
    ),
    (
        "lamotrigine",
        "**Day 22, Minneapolis.** The grey rolled in this week, the heavy kind where I couldn't get out of the bunk until"
        " noon. This is where lamotrigine earns its keep for me: when one of those lows lands, it's what lifts me back out,"
        " usually inside a few days.",
        MISSTATEMENT,
        "acute-bipolar-episodes",
        "warning",
    ),
    (
        "lamotrigine",
        "Real talk from my own six years: whenever I feel myself heading for a manic stretch (talking a mile a minute,"
        " reorganizing the garage at 3am, buying stuff I don't need), my psychiatrist has me add a 25 mg tablet at night for"
        " a couple weeks, and that steadies me before it turns into a full episode.",
        MISSTATEMENT,
        "acute-bipolar-episodes",
        "warning",
    ),
    # new wordings in other voices
    (
        "doxycycline",
        "Travel clinic tip: on doxycycline the winter bugs haven't got a hope.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "doxycycline",
        "Pharmacy blog: our regulars swear colds and flu don't stand a chance against a course of Vibramycin.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    ("valacyclovir", "Keep taking Valtrex every day and the virus eventually fizzles out.", MISSTATEMENT, "not-a-cure", "warning"),
    (
        "valacyclovir",
        "Couples newsletter: passing it on to your partner is a thing of the past once you're on the daily tablet.",
        MISSTATEMENT,
        "prevents-all-transmission",
        "warning",
    ),
    ("valacyclovir", "Since Jess started Valtrex, Sam can't catch it from her.", MISSTATEMENT, "prevents-all-transmission", "warning"),
    (
        "hydroxychloroquine",
        "My aunt has taken Plaquenil for years. Her tablets are the reason she breezed through the virus in 2021.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "albuterol",
        "School office note: Ventolin is classed as a steroid, so the nurse keeps it locked up.",
        MISSTATEMENT,
        "not-a-steroid",
        "warning",
    ),
    ("losartan", "Cozaar is just my dad's ramipril under another name.", MISSTATEMENT, "wrong-class", "warning"),
    (
        "losartan",
        "Hospital leaflet (translated): losartan is basically your old enalapril in a new box.",
        MISSTATEMENT,
        "wrong-class",
        "warning",
    ),
    ("carvedilol", "Coreg is basically one of the calcium channel tablets.", MISSTATEMENT, "wrong-class", "warning"),
    ("lamotrigine", "Lamictal pulls me out of a dip within a week.", MISSTATEMENT, "acute-bipolar-episodes", "warning"),
    (
        "lamotrigine",
        "Podcast transcript: when a low hits, honestly, lamotrigine is what gets me back up in a few days.",
        MISSTATEMENT,
        "acute-bipolar-episodes",
        "warning",
    ),
]

#: (drug, body, rule, item): no such finding.
SHOULD_NOT = [
    # another cause, another germ, a denial
    (
        "doxycycline",
        "Colds and flu don't stand a chance against your immune system if you sleep and drink water; doxycycline does nothing for them.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "doxycycline",
        "With a daily doxycycline tablet, the malaria parasite doesn't stand much of a chance.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    # an outbreak that runs its course; the virus said to stay
    ("valacyclovir", "Without treatment, the blisters burn themselves out in a week or so.", MISSTATEMENT, "not-a-cure"),
    ("valacyclovir", "The virus does not burn itself out: it stays in your nerves for life.", MISSTATEMENT, "not-a-cure"),
    # the risk lowered, not gone
    (
        "valacyclovir",
        "Passing it on becomes less likely on the daily tablet, but keep using condoms.",
        MISSTATEMENT,
        "prevents-all-transmission",
    ),
    ("valacyclovir", "Marco can still get it from me, so we use condoms.", MISSTATEMENT, "prevents-all-transmission"),
    # shingles: a true statement about others once the blisters crust
    (
        "valacyclovir",
        "Others can't catch it from you once the shingles blisters have crusted over.",
        MISSTATEMENT,
        "prevents-all-transmission",
    ),
    (
        "hydroxychloroquine",
        "Her Plaquenil is why she had to be extra careful during COVID; it does not protect against the virus.",
        MISSTATEMENT,
        "covid-cure",
    ),
    # the preventer, a denial
    ("albuterol", "The blue inhaler does not count as a steroid; the brown one does.", MISSTATEMENT, "not-a-steroid"),
    ("albuterol", "The brown inhaler counts as a steroid, so list it on the form.", MISSTATEMENT, "not-a-steroid"),
    # a true likeness, a denial
    ("losartan", "Losartan is basically Dave's valsartan in a different box.", MISSTATEMENT, "wrong-class"),
    ("losartan", "Losartan is not Dave's lisinopril in a different box.", MISSTATEMENT, "wrong-class"),
    # another drug's class
    ("carvedilol", "Amlodipine is one of those calcium-channel pills; carvedilol is a beta blocker.", MISSTATEMENT, "wrong-class"),
    # maintenance, another medicine added, a denial
    ("lamotrigine", "Lamotrigine keeps me out of those lows most of the time.", MISSTATEMENT, "acute-bipolar-episodes"),
    (
        "lamotrigine",
        "When a low lands, my therapist is what pulls me back out, not the lamotrigine.",
        MISSTATEMENT,
        "acute-bipolar-episodes",
    ),
    (
        "lamotrigine",
        "Whenever I feel a high coming, my psychiatrist has me add a quetiapine tablet at night, and that steadies me before it"
        " turns into a full episode.",
        MISSTATEMENT,
        "acute-bipolar-episodes",
    ),
    (
        "lamotrigine",
        "If a high is coming, an extra tablet won't steady you before it turns into a full episode: call the clinic.",
        MISSTATEMENT,
        "acute-bipolar-episodes",
    ),
]
