"""One amount of a once-weekly medicine taken more than once a week, as a class (a helper's note of the thirty-fifth stop:
"She injects 10 mg twice a week" was silent).

Class: an amount of a medicine whose label doses it once a week only (tirzepatide, semaglutide's pens, methotrexate for
arthritis), followed within a few words by "twice a week", "two times weekly", "3x per week": the week's total is the
amount times that, held to the label's weekly maximum. Still silent: a week's total within the label, the schedule
forbidden ("never ... twice a week"), and a medicine dosed every day (its weekly schedule says nothing of a day's total).
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the helper's own wording (tirzepatide: 15 mg a week at most)
    ("tirzepatide", "She injects 10 mg twice a week.", ABOVE_MAX, "error"),
    # new wordings, other voices
    ("tirzepatide", "To speed things up, some readers use their 10 mg Mounjaro pen two times a week.", ABOVE_MAX, "error"),
    ("semaglutide", "My sister does her 2 mg Ozempic shot twice weekly now.", ABOVE_MAX, "error"),
    ("tirzepatide", "He was told 7.5 mg three times a week would work faster.", ABOVE_MAX, "error"),
    ("semaglutide", "Take your 1 mg Ozempic dose 3x per week if the scale stops moving.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # within the label: 7.5 mg twice a week is 15 mg, the maximum itself
    ("tirzepatide", "He uses a 7.5 mg pen two times weekly.", ABOVE_MAX),
    # forbidden
    ("tirzepatide", "Never inject 10 mg twice a week to catch up on a missed dose.", ABOVE_MAX),
    ("tirzepatide", "Don't take 10 mg twice a week, however slow the scale is.", ABOVE_MAX),
    # once a week: the label's own schedule
    ("tirzepatide", "She injects 10 mg once a week, on Sundays.", ABOVE_MAX),
    # a medicine dosed every day: twice a week says nothing about a day's total
    ("ibuprofen", "She takes 400 mg twice a week when her knee flares.", ABOVE_MAX),
]
