"""A supply of tablets priced in words is no dose, from eval/holdout208 (fx09, paroxetine) and eval/holdout210 (fz03, aspirin),
as a class.

Class: tablets counted at a strength, then what they cost, the sum in words or past a hedge or two ("Thirty of the 20 mg
tablets usually run about nine dollars", "three hundred of the 81mg coated tablets came to just under six bucks", "ran us
roughly twelve dollars", "are about four bucks", "less than ten quid"): a purchase, not tablets taken. Reported still: a count
taken on a schedule, whatever a month of it costs, and tablets taken in a day with a price told after the schedule.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # a day's tablets, priced after the schedule: still a dose
    (
        "paroxetine",
        "Take four of the 20 mg tablets a day; a month of them costs forty dollars.",
        ABOVE_MAX,
        "error",
    ),
    (
        "aspirin",
        "Her neighbour takes twenty of the 325 mg tablets a day for her hips, which costs about two dollars.",
        ABOVE_MAX,
        "error",
    ),
    (
        "ibuprofen",
        "He swallows four of the 400 mg tablets three times a day, and a bottle runs about eight bucks.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wording (fx09, fz03)
    (
        "paroxetine",
        "The generic is one of the cheaper ones. Thirty of the 20 mg tablets usually run about nine dollars at the chain"
        " pharmacies with a discount card.",
        ABOVE_MAX,
    ),
    (
        "aspirin",
        "At our local warehouse club, three hundred of the 81mg coated tablets came to just under six bucks, so a whole year of"
        " daily aspirin costs less than a sandwich.",
        ABOVE_MAX,
    ),
    # new wordings, other voices
    ("paroxetine", "Ninety of the 20 mg tablets ran us roughly twelve dollars last month.", ABOVE_MAX),
    ("paroxetine", "Sixty of the 20 mg tablets are about four bucks with a coupon.", ABOVE_MAX),
    ("ibuprofen", "A hundred of the 400 mg tablets cost less than ten quid at the supermarket.", ABOVE_MAX),
    ("sertraline", "Ninety of the 100 mg tablets came to a little over fifteen dollars at the big-box store.", ABOVE_MAX),
]
