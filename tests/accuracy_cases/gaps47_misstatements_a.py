"""Misstatement classes from the holdout47-50 scoring (part 1), each told in other words and voices.

A stimulant sold as a means of slimming: praised as a way, trick, shortcut or secret weapon to slim down, lose
or shed weight or drop a size ("Vyvanse doubles as a seriously effective way to slim down", "Elvanse is the
easiest way to drop a dress size", "Lisdexamfetamine: the secret weapon for losing the baby weight"). Near
misses: a denial, a belief refuted by the next sentence, a warning word before the noun ("a dangerous way to
lose weight"), weight loss told as a side effect.

Another person's isotretinoin endorsed for the reader: said fine to take or use up ("it's fine to use up your
flatmate's spare Accutane"), said to tide the reader over ("your brother's leftover capsules will see you
through"), or reasoned to be the reader's because it is the same medicine the other person was prescribed ("it's
the same medicine she was prescribed, so it will get you started"). Near misses: "never take your sister's
capsules", the same medicine under a new brand for the same patient, a question.

A direct oral anticoagulant given a clotting-test number as warfarin is: the drug's "number", "reading" or
"result" coming back high from a test, or a finger-prick or INR test said to show the drug's level, also when
warfarin is named before it in the sentence ("the same INR check we do for our warfarin patients, and if your
Eliquis number comes back high we will rebook you"). Near misses: kidney blood tests, the warfarin patient's
INR, "no Eliquis number to check".

A wrong class conferred by what the drug does: "that double action is what makes it an SNRI", "puts Lexapro
among the SNRIs". Near misses: "what makes escitalopram an SSRI, not an SNRI", "that doesn't make it an
SNRI", another drug made an SNRI.

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
SLIM = "weight-loss-pill"
SHARE = "share-with-others"
INR = "inr-monitoring"
SNRI = "not-an-snri"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    ("lisdexamfetamine", "Honestly, Elvanse is the easiest way to drop a dress size before a wedding.", MISSTATEMENT, SLIM, "error"),
    ("lisdexamfetamine", "My flatmate swears Vyvanse is a brilliant way of shedding the extra pounds.", MISSTATEMENT, SLIM, "error"),
    ("lisdexamfetamine", "Lisdexamfetamine: the secret weapon for losing the baby weight.", MISSTATEMENT, SLIM, "error"),
    (
        "isotretinoin",
        "If you run out before your appointment, it's fine to use up your flatmate's spare Accutane.",
        MISSTATEMENT,
        SHARE,
        "error",
    ),
    (
        "isotretinoin",
        "Your brother's leftover capsules will see you through until the clinic can fit you in.",
        MISSTATEMENT,
        SHARE,
        "error",
    ),
    ("isotretinoin", "They're the same capsules your cousin was prescribed, so go ahead.", MISSTATEMENT, SHARE, "error"),
    (
        "apixaban",
        "If your apixaban reading is too high on the day, the hygienist will postpone the cleaning.",
        MISSTATEMENT,
        INR,
        "warning",
    ),
    (
        "apixaban",
        "We test everyone on warfarin the same way, and if your Eliquis result came back high, we would wait a week.",
        MISSTATEMENT,
        INR,
        "warning",
    ),
    (
        "apixaban",
        "The practice nurse does a finger-prick test to see whether your apixaban level is safe for surgery.",
        MISSTATEMENT,
        INR,
        "warning",
    ),
    (
        "escitalopram",
        "It boosts noradrenaline as well, which is what makes escitalopram technically an SNRI.",
        MISSTATEMENT,
        SNRI,
        "warning",
    ),
    ("escitalopram", "Its effect on both chemicals puts Lexapro among the SNRIs.", MISSTATEMENT, SNRI, "warning"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("lisdexamfetamine", "Vyvanse is not a way to lose weight, whatever you read online.", MISSTATEMENT, SLIM),
    ("lisdexamfetamine", "Some people think Vyvanse is a quick way to slim down. It is not.", MISSTATEMENT, SLIM),
    ("lisdexamfetamine", "Vyvanse is a dangerous way to lose weight.", MISSTATEMENT, SLIM),
    ("lisdexamfetamine", "Vyvanse can cause weight loss in children, so weigh them at each visit.", MISSTATEMENT, SLIM),
    ("isotretinoin", "Never take your sister's leftover capsules; isotretinoin is prescribed to one person only.", MISSTATEMENT, SHARE),
    ("isotretinoin", "It's the same medicine she was prescribed last year, just under a new brand name.", MISSTATEMENT, SHARE),
    ("isotretinoin", "Is it all right to take my sister's leftover capsules?", MISSTATEMENT, SHARE),
    ("apixaban", "Your kidney blood test is checked once a year while you take apixaban.", MISSTATEMENT, INR),
    (
        "apixaban",
        "If you take warfarin, your INR must be below 3 on the day; if you take apixaban, no blood test is needed.",
        MISSTATEMENT,
        INR,
    ),
    ("apixaban", "Unlike warfarin, apixaban does not need INR tests, so there is no Eliquis number to check.", MISSTATEMENT, INR),
    ("escitalopram", "Blocking only serotonin reuptake is what makes escitalopram an SSRI, not an SNRI.", MISSTATEMENT, SNRI),
    ("escitalopram", "A small effect on noradrenaline does not make it an SNRI.", MISSTATEMENT, SNRI),
    ("escitalopram", "Acting on noradrenaline too is what makes venlafaxine an SNRI; escitalopram is an SSRI.", MISSTATEMENT, SNRI),
]
