"""Misstatement classes from the holdout68-71 scoring, told in a quote or an anecdote, each in other words and voices.

Sildenafil said to work without arousal or to raise desire, told as what it did: ready or hard with no arousal ("good to
go with no foreplay at all", "rock hard without even thinking about sex"), switching everything on by itself ("it turned
me on all by itself"), and desire raised ("made me hornier than I've been since my thirties", "my libido went through the
roof", "wanted sex more than I had in years"). Near misses: the label's fact stated or a wrong belief negated ("will not give
you an erection without sexual stimulation", "Don't expect it to switch everything on by itself"), a desire told of someone
with no tie to the tablet ("wanted sex more often than his wife did"), Revatio working "on its own" for PAH.

Zolpidem's next-morning driving told as the writer's own routine with a word that all is well ("I drive the kids to school
every morning after my zolpidem and I've never had a problem", "The morning after my pill I'm out driving my taxi shift
by seven, and I'm perfectly alert", "my bus route the next morning after a 10 mg tablet, no problems at all"). Near
misses: the drive denied ("I never drive the morning after my Ambien"), the routine without reassurance, or the
reassurance denied ("I wasn't fine at all").

A DOAC said to need warfarin's clotting checks by likening it to someone on warfarin ("a finger-prick check every few
weeks, just as my dad does on his Coumadin", "a blood test for the INR, like my neighbour has on her warfarin"). Near
misses: "Unlike my brother on his warfarin, I don't need finger-prick tests", the brother's tests told apart from the
writer's apixaban.

An interaction declared harmless in idiom ("sits perfectly happily alongside", "gets on fine with", "plays nicely
alongside"), read as the drug's own misstatement when the drug is what the other medicine is declared fine with
("omeprazole is safe with clopidogrel" is clopidogrel's ppi-fine, not omeprazole's statement), else as the interaction
declared harmless (ibuprofen with warfarin, St John's wort with sertraline). Near misses: negated ("does not sit happily
alongside Plavix"), a medicine with no such interaction (pantoprazole).

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "sildenafil",
        '"Half an hour after the pill I was rock hard without even thinking about sex," Dave told us.',
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "sildenafil",
        'One reader wrote in: "It turned me on all by itself, and honestly it made me hornier than I\'ve been since my thirties."',
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "sildenafil",
        '"My libido went through the roof once I started on the blue pill," says Tom.',
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "sildenafil",
        "He says he was good to go with no foreplay at all after his first tablet.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    ("sildenafil", '"I actually wanted sex more than I had in years," he says.', MISSTATEMENT, "needs-sexual-stimulation", "warning"),
    (
        "zolpidem",
        "I drive the kids to school every morning after my zolpidem and I've never had a problem.",
        MISSTATEMENT,
        "next-morning-driving-fine",
        "warning",
    ),
    (
        "zolpidem",
        "\"The morning after my pill I'm out driving my taxi shift by seven, and I'm perfectly alert,\" he says.",
        MISSTATEMENT,
        "next-morning-driving-fine",
        "warning",
    ),
    (
        "zolpidem",
        "Doing my bus route the next morning after a 10 mg tablet, no problems at all.",
        MISSTATEMENT,
        "next-morning-driving-fine",
        "warning",
    ),
    (
        "apixaban",
        '"I still have a finger-prick check every few weeks, just as my dad does on his Coumadin," says Joan.',
        MISSTATEMENT,
        "inr-monitoring",
        "warning",
    ),
    (
        "apixaban",
        "Every month it's a blood test for the INR, like my neighbour has on her warfarin.",
        MISSTATEMENT,
        "inr-monitoring",
        "warning",
    ),
    ("clopidogrel", '"Nexium gets on fine with your clopidogrel," the pharmacist told my dad.', MISSTATEMENT, "ppi-fine", "warning"),
    ("clopidogrel", "Omeprazole plays nicely alongside Plavix, so take both at breakfast.", MISSTATEMENT, "ppi-fine", "warning"),
    ("clopidogrel", "Omeprazole is safe with clopidogrel.", MISSTATEMENT, "ppi-fine", "warning"),
    ("warfarin", "Ibuprofen sits perfectly happily alongside warfarin, in my experience.", MISSTATEMENT, "bleeding-risk-drugs", "error"),
    ("sertraline", "St John's wort plays nicely with sertraline, my herbalist says.", MISSTATEMENT, "serotonergic-drugs", "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "sildenafil",
        "Sildenafil will not give you an erection without sexual stimulation, and it does not boost your libido.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    ("sildenafil", "You still need to be turned on: you won't be hard without arousal.", MISSTATEMENT, "needs-sexual-stimulation"),
    (
        "sildenafil",
        "Don't expect it to switch everything on by itself: you still need to be aroused.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    ("sildenafil", "Low desire is a different problem; sildenafil doesn't raise your sex drive.", MISSTATEMENT, "needs-sexual-stimulation"),
    (
        "sildenafil",
        "He wanted sex more often than his wife did, which had nothing to do with the tablets.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    (
        "sildenafil",
        "Revatio works on its own or alongside other medicines for pulmonary hypertension.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    ("zolpidem", "I never drive the morning after my Ambien; I'm not sharp enough.", MISSTATEMENT, "next-morning-driving-fine"),
    (
        "zolpidem",
        "I'm on the road at 6:30 every morning, so I stopped taking Ambien on work nights.",
        MISSTATEMENT,
        "next-morning-driving-fine",
    ),
    (
        "zolpidem",
        "The morning after my first Ambien I drove to work and I wasn't fine at all: I nearly missed a red light.",
        MISSTATEMENT,
        "next-morning-driving-fine",
    ),
    ("apixaban", "Unlike my brother on his warfarin, I don't need finger-prick tests at all.", MISSTATEMENT, "inr-monitoring"),
    (
        "apixaban",
        "My brother goes for an INR check every three weeks on his warfarin; I just take my apixaban twice a day.",
        MISSTATEMENT,
        "inr-monitoring",
    ),
    ("clopidogrel", "Omeprazole does not sit happily alongside Plavix: it weakens its effect.", MISSTATEMENT, "ppi-fine"),
    ("clopidogrel", "Omeprazole does not sit happily alongside Plavix: it weakens its effect.", MISSTATEMENT, "cyp2c19-inhibitors-ppis"),
    ("clopidogrel", "Pantoprazole sits perfectly happily alongside Plavix, unlike omeprazole.", MISSTATEMENT, "ppi-fine"),
    ("clopidogrel", "Pantoprazole sits perfectly happily alongside Plavix, unlike omeprazole.", MISSTATEMENT, "cyp2c19-inhibitors-ppis"),
]
