"""A combination strength ("10/325") with its tablets counted apart from it (holdout65 ak13), as a class.

1. The strength only named, then the tablets of each time and a ceiling for the day counted after it in its own
   sentence: "for the strongest 10/325 tablets, the usual dose is one or two tablets every 4 to 6 hours, up to
   eight a day" (20 mg of hydrocodone a dose, 80 mg a day; the 10/325 label allows one tablet, six a day). In a
   sentence naming two strengths, each count belongs to the strength named last before it.
2. A day's tablets counted before the strength, above six: "eight 10/325 tablets a day" (the count words stopped at six).

Still silent: the same counts of the 5/325 strength (its label allows two a dose, eight a day), the 10/325 rule
stated rightly, a count said not to be taken."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
NORCO = "hydrocodone-acetaminophen"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        NORCO,
        "For the strongest 10/325 tablets, the usual dose is one or two tablets every 4 to 6 hours, up to eight a day.",
        ABOVE_MAX,
        "warning",
    ),
    (
        NORCO,
        "With the lower 5/325 strength, one or two tablets at a time and no more than eight in a day is the limit; "
        "with the 10/325 tablets it is the same, no more than eight in a day.",
        ABOVE_MAX,
        "warning",
    ),
    (NORCO, "My surgeon wrote for Norco 10/325 and said I could take up to 10 tablets in 24 hours.", ABOVE_MAX, "warning"),
    (NORCO, "By the second week he was taking eight 10/325 tablets a day.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (NORCO, "With the 5/325 tablets, one or two every 4 to 6 hours, up to eight a day.", ABOVE_MAX),
    (NORCO, "For the 10/325 strength, take one tablet every 4 to 6 hours, no more than six a day.", ABOVE_MAX),
    (
        NORCO,
        "With the 5/325 strength, one or two tablets at a time and no more than eight in a day; with 10/325, one tablet at a "
        "time and no more than six in a day.",
        ABOVE_MAX,
    ),
    (NORCO, "Take six 10/325 tablets a day at most.", ABOVE_MAX),
]
