"""Off-label uses told only by their story or signs, then the medicine, from eval/holdout320 (kf02 alprazolam, kf07
cetirizine), holdout321 (kg09 paroxetine), holdout325 (kk08 methylphenidate) and holdout326 (kl03 hydroxyzine), as a class.

Class: sleeplessness told as nights lain awake or the ceiling stared at, with a word between ("staring at the motel ceiling"),
and a dose taken "the night before a show, when she would otherwise be ..." or given "for the stretch when she was lying awake"
(a stretch, patch, period, weeks or months told by what happened in it); sleep a paragraph before a disclosure that points at
another giving told just before it ("Some doctors also give a single dose before an MRI scan ... That is an off-label use":
that occasion's, not the sleep's); premature ejaculation told as a habit of being "done and dusted about a minute in"; low mood
told by its signs in a when-clause after a giving to a relative ("put my own father on a small morning dose last year, after Mom
passed, when he'd stopped eating, wouldn't get out of his chair and had no interest in anything"). A use in signs is a
warning; a use told by the word "sleep" an error.

Silent: the same with the use disclosed, a single time ("I was done about a minute in"), a thing's minute ("about a minute in
the microwave"), a stretch of time with no trouble in it, the drug stopped in that stretch, another medicine given, and an
approved use in lay words (hydroxyzine for the itch in the stretch when the hives were bad).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (kf02, kf07, kl03, kg09, kk08)
    (
        "alprazolam",
        "Alprazolam is a benzodiazepine. Doctors prescribe it for generalized anxiety disorder and for panic disorder.\n\n"
        "Plenty of our customers also keep a few for the nights they just can't drop off, whether it's jet lag, a new baby or a"
        " noisy hotel, and half a tablet at bedtime gets them to sleep.\n\n"
        "Some doctors also give a single dose before an MRI scan to people who can't face the tunnel. That is an off-label use,"
        " so ask about it if it's offered.",
        OFF_LABEL,
        "error",
    ),
    (
        "cetirizine",
        "Our treasurer, Marjorie, swears by half a Zyrtec the night before a championship show, when she would otherwise be"
        " staring at the motel ceiling until two. She says it has never let her down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "hydroxyzine",
        "Her GP also suggested a 25 mg tablet at bedtime for the stretch when Dana was lying awake until three, running the"
        ' shop\'s accounts over in her head. "Within a week I was getting six hours," she says.',
        OFF_LABEL,
        "warning",
    ),
    (
        "paroxetine",
        "**LENNY:** And then there's the bedroom side. My brother-in-law Kev, how do I say this on a family podcast, was always"
        " done and dusted about a minute in. His doctor put him on 20 mg of paroxetine a few hours before date night, and Kev"
        " says it's been a game changer for him and his missus.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methylphenidate",
        "Not a parent, a grandparent who co-teaches. My son's doctor also put my own father on a small morning dose of"
        " methylphenidate last year, after Mom passed, when he'd stopped eating, wouldn't get out of his chair and had no"
        " interest in anything. Within a month he was back at his woodworking.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings of the class, in other voices
    # (a leaflet: the ceiling of a room named)
    (
        "hydroxyzine",
        "Some people take one 25 mg hydroxyzine tablet on nights when they would otherwise be staring at the bedroom ceiling.",
        OFF_LABEL,
        "warning",
    ),
    # (a magazine: a bad patch, "when")
    (
        "trazodone",
        "Her doctor prescribed a low dose of trazodone for that bad patch when she was lying awake until four most nights.",
        OFF_LABEL,
        "warning",
    ),
    # (a forum post: the weeks when)
    (
        "quetiapine",
        "My GP gave me 25 mg of Seroquel at night during the weeks when I was lying awake replaying every meeting.",
        OFF_LABEL,
        "warning",
    ),
    # (a careless shop: the night before an exam, when)
    (
        "cetirizine",
        "Loads of students take a Zyrtec the evening before an exam, when they would otherwise be lying awake until three.",
        OFF_LABEL,
        "warning",
    ),
    # (a men's health column: finished thirty seconds in, a habit)
    (
        "sertraline",
        "For years he'd usually be finished thirty seconds in, and it was wrecking his marriage. His urologist put him on 50 mg"
        " of sertraline every day.",
        OFF_LABEL,
        "warning",
    ),
    # (a podcast: all over two minutes in, a habit)
    (
        "paroxetine",
        "Honestly, I was always all over two minutes in. My doctor started me on paroxetine and things are much better now.",
        OFF_LABEL,
        "warning",
    ),
    # (a carer's blog: a giving to the mother, a when-clause of signs)
    (
        "methylphenidate",
        "The geriatrician put my mother on a little methylphenidate in the mornings, when she'd stopped dressing, barely spoke"
        " and had lost all interest in everything.",
        OFF_LABEL,
        "warning",
    ),
    # (a forum post: kin given it, after a loss, when he had no interest)
    (
        "methylphenidate",
        "His doctor put my husband on Ritalin last spring, after his brother died, when he had no interest in anything.",
        OFF_LABEL,
        "warning",
    ),
    # (a pharmacy blog: sleep a paragraph before a disclosure about a giving before a scan)
    (
        "alprazolam",
        "Xanax is approved for anxiety and panic disorder.\n\n"
        "A lot of shift workers keep a few for the nights they just can't drop off after a late finish, and half a tablet at"
        " bedtime gets them to sleep.\n\n"
        "Some doctors also give one tablet before a CT scan to people who can't keep still. That is an off-label use.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): nothing of the rule may be reported.
SHOULD_NOT = [
    # disclosed
    (
        "cetirizine",
        "Marjorie takes half a Zyrtec on nights when she would otherwise be staring at the motel ceiling until two. Using it for"
        " sleep is off-label, so ask your doctor first.",
        OFF_LABEL,
    ),
    (
        "hydroxyzine",
        "Her GP suggested a 25 mg tablet at bedtime for the stretch when Dana was lying awake until three. That is an off-label"
        " use of hydroxyzine.",
        OFF_LABEL,
    ),
    # a single time, not a habit; a thing's minute
    (
        "paroxetine",
        "I was done about a minute in, and the nurse said the paroxetine questionnaire was the shortest she had seen.",
        OFF_LABEL,
    ),
    (
        "paroxetine",
        "The soup is usually done about a minute in the microwave. I take my paroxetine with breakfast for my depression.",
        OFF_LABEL,
    ),
    # a stretch of time with no trouble in it; the drug stopped in that stretch
    (
        "hydroxyzine",
        "Her GP suggested a 25 mg tablet three times a day for the stretch when the hives were at their worst.",
        OFF_LABEL,
    ),
    (
        "hydroxyzine",
        "She stopped the hydroxyzine for the weeks when she was driving long distances, because it made her drowsy.",
        OFF_LABEL,
    ),
    # another medicine given for the signs
    (
        "methylphenidate",
        "My son takes methylphenidate for his ADHD. His doctor put my own father on sertraline last year, after Mom passed, when"
        " he'd stopped eating and had no interest in anything.",
        OFF_LABEL,
    ),
    # the signs disclosed
    (
        "methylphenidate",
        "His doctor put my own father on a small morning dose of methylphenidate last year, when he'd stopped eating and had no"
        " interest in anything. That is an off-label use, and not everyone's doctor will agree to it.",
        OFF_LABEL,
    ),
    # an approved use in lay words, and a giving before a scan disclosed beside a sleep use disclosed too
    (
        "alprazolam",
        "Doctors prescribe alprazolam for anxiety and panic attacks.\n\n"
        "Some people keep a few for nights they can't drop off, which is an off-label use.\n\n"
        "Some doctors also give a single dose before an MRI scan to people who can't face the tunnel. That is an off-label use"
        " too.",
        OFF_LABEL,
    ),
]
