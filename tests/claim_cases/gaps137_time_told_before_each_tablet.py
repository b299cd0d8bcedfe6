"""Two tablets of one medicine at two parts of the day, each time told before its tablet, added as the day's total, as a
class (an end-of-stop spot check of the thirty-fifth stop: "Every morning she swallows a 54 mg tablet and at night a
36 mg tablet" was silent).

Class: a time of day told before a verb and the tablet's article ("Every morning she swallows a 54 mg tablet", "At
breakfast he has one 300 mg capsule"), then another time told right before another tablet ("and at night a 36 mg
tablet", "and at bedtime his 300 mg one"): the two are the day's doses and their sum is held to the label's maximum.
Before, a time was read before an amount only when nothing but a verb stood between them ("At night, 100 mg", "in the
morning she takes 20 mg"). Still silent: a day's total within the label, alternatives ("or"), doses on different days,
and the two amounts forbidden.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the spot check's own wording (methylphenidate ER: 72 mg a day at most)
    ("methylphenidate", "Every morning she swallows a 54 mg tablet and at night a 36 mg tablet.", ABOVE_MAX, "error"),
    # new wordings, other voices
    ("methylphenidate", "At breakfast he takes one 54 mg tablet, and at lunch a 27 mg tablet.", ABOVE_MAX, "error"),
    ("sertraline", "In the morning she takes a 100 mg tablet and at bedtime a 150 mg tablet.", ABOVE_MAX, "error"),
    ("citalopram", "Each morning I swallow a 40 mg tablet and in the evening a 20 mg tablet.", ABOVE_MAX, "error"),
    ("escitalopram", "At breakfast he has a 20 mg tablet, and at night a 10 mg tablet.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # within the label: 36 + 18 = 54 mg
    ("methylphenidate", "Every morning she swallows a 36 mg tablet and at noon an 18 mg tablet.", ABOVE_MAX),
    # alternatives
    ("methylphenidate", "Every morning she swallows a 54 mg tablet or, on school holidays, a 36 mg tablet.", ABOVE_MAX),
    # different days
    ("sertraline", "On Monday morning she took a 100 mg tablet and on Tuesday night a 150 mg tablet.", ABOVE_MAX),
    # forbidden
    ("methylphenidate", "Never swallow a 54 mg tablet in the morning and another 36 mg tablet at night.", ABOVE_MAX),
]
