"""Tablet counts read at the strength named with them (eval/holdout90 bj13), as a class.

A tablet count or a ceiling in tablets is counted at the nearest amount named with it (its own sentence, else its
list item or paragraph: "Regular strength 325 mg: 1 or 2 tablets every 4 hours ... No more than 12 tablets in 24
hours" is 3,900 mg), before any strength named elsewhere in the article ("the extra strength 500 mg caplets" of
another section). The amount, not a strength the drug's entries list, is one tablet's when the tablets counted
beside it at once are within the label's largest single dose: a finding from it is a warning; an amount of a
whole dose ("1,000 mg: two caplets every 6 hours", "four Advil (that's 800 mg)") is no tablet's strength.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_ASPIRIN = "Aspirin relieves minor aches and pains and brings down a fever.\n\n"
_ELSEWHERE = "\n\nWhen my back flares up I reach for the extra strength 500 mg caplets, one at a time."
_DIPHENHYDRAMINE = "Diphenhydramine relieves sneezing and a runny nose from hay fever.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's true finding stays: two 500 mg caplets every 4 hours, around the clock (6,000 mg)
    (
        "aspirin",
        _ASPIRIN + "- Regular strength 325 mg: 1 or 2 tablets every 4 hours. No more than 12 tablets in 24 hours."
        "\n\nWhen my back flares up I go straight for the extra strength 500 mg caplets: two of them every 4 hours, around the clock.",
        ABOVE_MAX,
        "error",
    ),
    # counted at the amount of its own list item (16 x 325 mg = 5,200 mg), not the 81 mg named elsewhere
    (
        "aspirin",
        "Low-dose 81 mg tablets are for the heart only if a doctor says so.\n\n"
        "- Regular strength 325 mg: two tablets every 4 hours. Up to 16 tablets in 24 hours is fine.",
        ABOVE_MAX,
        "warning",
    ),
    ("aspirin", _ASPIRIN + "Plain aspirin 325 mg, 3 tablets every 4 hours, is what my gran swore by." + _ELSEWHERE, ABOVE_MAX, "warning"),
    (
        "diphenhydramine",
        _DIPHENHYDRAMINE + "The small pink 12.5 mg tablets are for children.\n\n"
        "Adult allergy tablets 25 mg: take 2 every 4 hours. You can have as many as 16 tablets a day.",
        ABOVE_MAX,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's chart: 12 x 325 mg = 3,900 mg, within 4,000 mg, not read at the 500 mg of another section
    (
        "aspirin",
        _ASPIRIN
        + "- Regular strength 325 mg: 1 or 2 tablets every 4 hours, or 3 every 6 hours. No more than 12 tablets in 24 hours."
        + _ELSEWHERE,
        ABOVE_MAX,
    ),
    (
        "aspirin",
        _ASPIRIN + "For the plain 325 mg tablets: take one or two every four hours, and never more than twelve tablets a day." + _ELSEWHERE,
        ABOVE_MAX,
    ),
    (
        "aspirin",
        _ASPIRIN + "1. Regular Strength (325 mg): 2 tablets every 4 hours as needed.\n2. Stop at 12 tablets in any 24 hours." + _ELSEWHERE,
        ABOVE_MAX,
    ),
    # an amount of a whole dose beside its tablets, not one tablet's strength
    ("aspirin", _ASPIRIN + "Adults: 1,000 mg: two caplets every 6 hours, no more than 8 caplets a day." + _ELSEWHERE, ABOVE_MAX),
    (
        "diphenhydramine",
        _DIPHENHYDRAMINE + "The 50 mg night-time softgels are for sleep.\n\n"
        "Allergy tablets 25 mg: 1 or 2 tablets every 4 to 6 hours. Do not take more than 12 tablets in 24 hours.",
        ABOVE_MAX,
    ),
    # a count said not to be taken
    ("aspirin", _ASPIRIN + "- Regular strength 325 mg: never take 16 tablets in 24 hours." + _ELSEWHERE, ABOVE_MAX),
]
