"""Misstatement classes from the holdout35/36 scoring, each told in lay words.

A cure told in idiom, for a drug that only controls its condition: "that's the cold sore virus dealt
with for good", "sorted once and for all", "you'll never have to worry about cold sores again", "say
goodbye to cold sores forever". Near misses: the cure denied, the virus said to stay for life, a
promise nobody makes, the idiom called a myth, the same words of a drug with no such misstatement.

Monitoring denied after a while, for a drug whose blood level or INR must be checked for as long as it
is taken: "after the first year, most people no longer need their lithium level checked", "you won't
need INR tests once you're stable", "the blood tests can stop after the first year". Near misses:
fewer checks ("every 6 months", "as often"), the tests after the drug is stopped, a DOAC's own
freedom from INR tests, a hypothetical ("If you stop having blood tests, ...").

Long-term use of a short-term drug presented as fine: "Lots of people ... have been on it for well
over a year", "You don't need to stop at some random cut-off date", "the 12-week limit is just a
guideline". Near misses: set against the label ("..., but the label says a few weeks"), a harm story,
a hypothetical ("If you've been on it for months, ..."), a long-term drug.

A mood warning denied or dismissed: "the tablet won't touch your mood", "the mood warnings were
overblown", "those stories about mood swings turned out to be a false alarm". Near misses: the denial
set against the warning ("..., but a few people do"), a hypothetical, the dismissal refuted or called
a myth, another word than the warning's ("the nausea was exaggerated").

A wrong germ in a list or with "both": "Metro is the one you want for BV, trich and thrush", "If you've
got a yeast infection on top of BV, it'll clear both in one go". Near misses: the list set against the
wrong germ ("..., while thrush needs an antifungal"), the claim negated or refuted, the drug's own
germs only.

Each case is a draft in other words than the held-out sets', and asserts what an editor sees: the
finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
CURE = "not-a-cure"
LITHIUM_TESTS = "no-blood-tests-needed"
INR_TESTS = "no-inr-tests-needed"
LONG_TERM = "not-for-long-term-use"
MOOD = "no-mood-side-effects"
YEAST = "treats-yeast-infections"
BACTERIAL = "treats-bacterial-infections"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    ("valacyclovir", "Two doses a day apart and your cold sores are sorted once and for all.", MISSTATEMENT, CURE, "warning"),
    ("valacyclovir", "Take Valtrex early and you'll never have to worry about cold sores again.", MISSTATEMENT, CURE, "warning"),
    ("valacyclovir", "One course and that's the herpes virus gone for good.", MISSTATEMENT, CURE, "warning"),
    ("valacyclovir", "Valtrex deals with the virus for good.", MISSTATEMENT, CURE, "warning"),
    ("valacyclovir", "Say goodbye to cold sores forever with one day of tablets.", MISSTATEMENT, CURE, "warning"),
    ("valacyclovir", "Cold sores will never bother you again.", MISSTATEMENT, CURE, "warning"),
    ("minoxidil", "Stick with it for a year and that's your hair loss dealt with for good.", MISSTATEMENT, "cures-baldness", "warning"),
    ("lithium", "Once you're stable, you won't need blood tests any more.", MISSTATEMENT, LITHIUM_TESTS, "error"),
    ("lithium", "After a year on it, you don't need your levels checked any more.", MISSTATEMENT, LITHIUM_TESTS, "error"),
    ("lithium", "Once your dose is settled, you can stop having level checks.", MISSTATEMENT, LITHIUM_TESTS, "error"),
    ("lithium", "The blood tests can stop after the first year.", MISSTATEMENT, LITHIUM_TESTS, "error"),
    ("warfarin", "You won't need INR tests once you're stable.", MISSTATEMENT, INR_TESTS, "error"),
    ("warfarin", "After the first few months most people no longer need their INR checked.", MISSTATEMENT, INR_TESTS, "error"),
    ("warfarin", "Once the dose is settled, the clinic visits can stop after a few months.", MISSTATEMENT, INR_TESTS, "error"),
    ("warfarin", "Once your INR has settled, you don't need your INR tested any more.", MISSTATEMENT, INR_TESTS, "error"),
    ("phentermine", "Plenty of our readers have stayed on Adipex for two years with no problems.", MISSTATEMENT, LONG_TERM, "warning"),
    ("phentermine", "I've been taking phentermine for over 18 months and I feel great.", MISSTATEMENT, LONG_TERM, "warning"),
    ("phentermine", "There's no need to come off it after 12 weeks if it's working.", MISSTATEMENT, LONG_TERM, "warning"),
    ("phentermine", "The 12-week limit is just a guideline.", MISSTATEMENT, LONG_TERM, "warning"),
    (
        "cyclobenzaprine",
        "Loads of my clients have been on cyclobenzaprine for well over a year for their back.",
        MISSTATEMENT,
        LONG_TERM,
        "warning",
    ),
    ("cyclobenzaprine", "You don't need to stop after three weeks.", MISSTATEMENT, LONG_TERM, "warning"),
    ("varenicline", "Honestly, Chantix won't mess with your head.", MISSTATEMENT, MOOD, "warning"),
    ("varenicline", "The warnings about depression and suicidal thoughts were overblown.", MISSTATEMENT, MOOD, "warning"),
    ("varenicline", "Those old stories about mood swings turned out to be a false alarm.", MISSTATEMENT, MOOD, "warning"),
    ("montelukast", "The mood warnings were overblown.", MISSTATEMENT, MOOD, "error"),
    ("montelukast", "Singulair won't touch your child's mood.", MISSTATEMENT, MOOD, "error"),
    ("montelukast", "The worries about behaviour changes on Singulair were hugely exaggerated.", MISSTATEMENT, MOOD, "error"),
    ("metronidazole", "Flagyl is what you need for BV and thrush.", MISSTATEMENT, YEAST, "warning"),
    ("metronidazole", "Got thrush as well as BV? It'll sort both.", MISSTATEMENT, YEAST, "warning"),
    ("metronidazole", 'In our group\'s words: "Metro is your best bet for trich, BV and thrush."', MISSTATEMENT, YEAST, "warning"),
    ("fluconazole", "Diflucan is your best bet for thrush, BV and that fishy smell.", MISSTATEMENT, BACTERIAL, "warning"),
    ("fluconazole", "If you have a fishy smell on top of your thrush, it'll clear both in one go.", MISSTATEMENT, BACTERIAL, "warning"),
]

#: (drug in front matter, draft body, rule, item): a near miss that must stay quiet.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("valacyclovir", "Valacyclovir won't get rid of the virus for good: it stays in your nerves for life.", MISSTATEMENT, CURE),
    ("valacyclovir", "The virus stays in your body for life, so cold sores can come back.", MISSTATEMENT, CURE),
    ("valacyclovir", "Nobody can promise you'll never get a cold sore again.", MISSTATEMENT, CURE),
    ("valacyclovir", "It's a myth that one course has cold sores dealt with for good.", MISSTATEMENT, CURE),
    ("valacyclovir", "Some people hope the virus will be gone for good. It won't.", MISSTATEMENT, CURE),
    ("acyclovir", "Finish the course and that's the cold sore virus dealt with for good.", MISSTATEMENT, CURE),
    (
        "lithium",
        "After the first year, most people no longer need their lithium level checked every 3 months, only every 6.",
        MISSTATEMENT,
        LITHIUM_TESTS,
    ),
    ("lithium", "After the first year, you'll have your lithium level checked every 6 months.", MISSTATEMENT, LITHIUM_TESTS),
    ("lithium", "If you stop having blood tests, a high level can go unnoticed.", MISSTATEMENT, LITHIUM_TESTS),
    ("lithium", "Never stop having your level checked, even after years on lithium.", MISSTATEMENT, LITHIUM_TESTS),
    ("lithium", "We will check your kidneys and thyroid once a year instead.", MISSTATEMENT, LITHIUM_TESTS),
    ("warfarin", "You don't need INR tests after you stop warfarin.", MISSTATEMENT, INR_TESTS),
    ("warfarin", "Once your INR is stable, you won't need INR tests as often.", MISSTATEMENT, INR_TESTS),
    ("warfarin", "Once you're stable, most people no longer need their INR checked every week.", MISSTATEMENT, INR_TESTS),
    ("apixaban", "Once you switch to apixaban, you no longer need your INR checked.", MISSTATEMENT, INR_TESTS),
    ("phentermine", "Some people have been on it for over a year, but the label says a few weeks.", MISSTATEMENT, LONG_TERM),
    ("phentermine", "If you've been on it for months, do not stop suddenly.", MISSTATEMENT, LONG_TERM),
    ("phentermine", "Some people who had been on it for years developed heart valve problems.", MISSTATEMENT, LONG_TERM),
    ("phentermine", "You don't need to stop at the first sign of a headache.", MISSTATEMENT, LONG_TERM),
    ("phentermine", "You'll need to stop at the 12-week mark.", MISSTATEMENT, LONG_TERM),
    ("lithium", "Lots of people have been on lithium for well over a year and they're doing great.", MISSTATEMENT, LONG_TERM),
    ("varenicline", "Most people find it doesn't affect their mood, but a few people do: stop and call your doctor.", MISSTATEMENT, MOOD),
    ("varenicline", "If it changes your mood, stop taking it and call your doctor.", MISSTATEMENT, MOOD),
    ("varenicline", "It's a myth that varenicline won't touch your mood: stop it if you feel low.", MISSTATEMENT, MOOD),
    ("montelukast", "Some parents say the mood warnings were overblown. They were not.", MISSTATEMENT, MOOD),
    ("montelukast", "Keep in mind that the nausea was exaggerated in early reports.", MISSTATEMENT, MOOD),
    ("montelukast", "Don't assume the mood warnings are overblown.", MISSTATEMENT, MOOD),
    ("varenicline", "The warnings about mood changes were strengthened in 2009 and removed from the box in 2016.", MISSTATEMENT, MOOD),
    (
        "metronidazole",
        "Metro is the one you want for BV and trich, while thrush needs an antifungal such as fluconazole.",
        MISSTATEMENT,
        YEAST,
    ),
    ("metronidazole", "Metro is great for BV, but not thrush.", MISSTATEMENT, YEAST),
    (
        "metronidazole",
        "If you've got a yeast infection on top of BV, you'll need fluconazole as well: metronidazole won't clear both.",
        MISSTATEMENT,
        YEAST,
    ),
    ("metronidazole", "Metronidazole is the one you want for BV and trich.", MISSTATEMENT, YEAST),
    ("metronidazole", "Some people think metronidazole is the one you want for thrush. It isn't.", MISSTATEMENT, YEAST),
    ("metronidazole", "If you get thrush after a course of metronidazole, it'll need a separate antifungal.", MISSTATEMENT, YEAST),
]
