"""Misstatement classes from the holdout47-50 scoring (part 2), each told in other words, drugs and voices.

An antibacterial for a cold asked about first, the answer pointing back at it after a short opener or by the
moment it names ("Flu still hanging around after a fortnight? That's when a course of amoxicillin usually sees it
off", "... By then a round of antibiotics is what clears it up"); a denial inside the question is the illness's
("Cold that just won't quit ...?"), not the answer's. Near misses: the answer denies it ("won't touch it"), an
infection told between ("If it has turned into a sinus infection ..."), the GP treating a bacterial infection.

An alpha blocker said to shrink the prostate with words between or told of the gland ("Flomax will gradually reduce
the size of your prostate", "on tamsulosin the prostate slowly shrinks back", "your prostate gets smaller over a few
months"). Near misses: denied, finasteride's or dutasteride's ("Unlike finasteride, which shrinks the prostate"),
asked and answered no.

A migraine preventer taken as an attack comes on, the attack told by a felt aura ("As soon as the pins and needles
start in his lips", "If my fingers go numb at work, I just pop a Topamax"), also inside a quote that opens the
sentence. Near misses: tingling as a side effect to report, kept taking it daily, the triptan taken instead.

A cure told as the virus out of the speaker's own system for good ("the virus was out of our system for good",
"herpes is out of my body for good"). Near misses: the sores gone, the virus said to stay in the nerves.

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
VIRUS = "antibiotics-for-viruses"
SHRINK = "shrinks-prostate"
ATTACK = "taken-for-a-migraine-attack"
CURE = "not-a-cure"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "amoxicillin",
        "Flu still hanging around after a fortnight? That's when a course of amoxicillin usually sees it off.",
        MISSTATEMENT,
        VIRUS,
        "warning",
    ),
    (
        "amoxicillin",
        "Snuffly cold dragging into its second week? By then a round of antibiotics is what clears it up, so ask your GP.",
        MISSTATEMENT,
        VIRUS,
        "warning",
    ),
    (
        "amoxicillin",
        "Head cold that refuses to budge after a week and a half? Honestly, that's the stage where a short course of amoxicillin "
        "sorts it out.",
        MISSTATEMENT,
        VIRUS,
        "warning",
    ),
    ("tamsulosin", "Flomax will gradually reduce the size of your prostate, so you pee more easily.", MISSTATEMENT, SHRINK, "warning"),
    ("tamsulosin", "Give it time: on tamsulosin the prostate slowly shrinks back to a normal size.", MISSTATEMENT, SHRINK, "warning"),
    (
        "tamsulosin",
        "Once you start the capsules, your prostate gets smaller over a few months and the flow improves.",
        MISSTATEMENT,
        SHRINK,
        "warning",
    ),
    (
        "propranolol",
        "As soon as the pins and needles start in his lips, he takes a propranolol and goes to bed.",
        MISSTATEMENT,
        ATTACK,
        "warning",
    ),
    ("topiramate", '"If my fingers go numb at work, I just pop a Topamax and carry on," she told me.', MISSTATEMENT, ATTACK, "warning"),
    (
        "topiramate",
        "When the numbness creeps up into her face and she knows what is coming, she takes an extra topiramate and lies down.",
        MISSTATEMENT,
        ATTACK,
        "warning",
    ),
    (
        "valacyclovir",
        "We finished the pack together, and the doctor said the virus was out of our system for good.",
        MISSTATEMENT,
        CURE,
        "warning",
    ),
    ("valacyclovir", "A week of Valtrex and the herpes is out of my body for good, I reckon.", MISSTATEMENT, CURE, "warning"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "amoxicillin",
        "Cold that just won't quit after ten days? A short course of amoxicillin won't touch it: colds are caused by viruses.",
        MISSTATEMENT,
        VIRUS,
    ),
    (
        "amoxicillin",
        "Cold lasting more than ten days? If it has turned into a sinus infection, a course of amoxicillin clears it.",
        MISSTATEMENT,
        VIRUS,
    ),
    (
        "amoxicillin",
        "Cold that won't shift? That's the time to rest and drink fluids: a course of amoxicillin won't touch a virus.",
        MISSTATEMENT,
        VIRUS,
    ),
    ("tamsulosin", "Tamsulosin does not shrink the prostate; it relaxes the muscle around the bladder neck.", MISSTATEMENT, SHRINK),
    ("tamsulosin", "Unlike finasteride, which shrinks the prostate, tamsulosin relaxes the muscle in the gland.", MISSTATEMENT, SHRINK),
    ("tamsulosin", "Your doctor may add dutasteride, which shrinks the prostate gland, to your tamsulosin.", MISSTATEMENT, SHRINK),
    ("tamsulosin", "Tamsulosin relaxes the muscle; it does not make the gland any smaller.", MISSTATEMENT, SHRINK),
    ("tamsulosin", "Does tamsulosin shrink the prostate? No.", MISSTATEMENT, SHRINK),
    (
        "topiramate",
        "If you get tingling in your fingers or toes, tell your doctor: it is a common side effect of topiramate.",
        MISSTATEMENT,
        ATTACK,
    ),
    ("topiramate", "When the tingling in my fingers started, I kept taking topiramate every day as prescribed.", MISSTATEMENT, ATTACK),
    ("topiramate", "When the pins and needles start in my hands, I take my triptan, not topiramate.", MISSTATEMENT, ATTACK),
    ("topiramate", '"When my fingers go numb, I call my doctor," she said. "Topiramate can do that."', MISSTATEMENT, ATTACK),
    (
        "valacyclovir",
        "The sores cleared in four days, but the virus is never out of your system for good: it stays in the nerves.",
        MISSTATEMENT,
        CURE,
    ),
    ("valacyclovir", "My blisters were out of sight for good, or so I thought, until spring.", MISSTATEMENT, CURE),
]
