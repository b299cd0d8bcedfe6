"""Advice to drink or take the drug with plenty of water, with its days on the drug told after it, whose purpose is a side
effect of the drug avoided ("Drink plenty of water while taking topiramate, to help prevent kidney stones": a helper's note
at the thirty-third stop, made worse by a comma reading in 379f558), as a class: no use of the drug.

Still reported: the drug itself given for a trouble with water in the sentence ("She drinks plenty of water and takes
topiramate to lose weight").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("topiramate", "She drinks plenty of water and takes topiramate to lose weight.", OFF_LABEL, "error"),
    ("topiramate", "Take topiramate with plenty of water. It also helps you lose weight.", OFF_LABEL, "error"),
    ("topiramate", "Her doctor gave her topiramate for weight loss, with advice to drink lots of water.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("topiramate", "Drink plenty of water while taking topiramate, to help prevent kidney stones.", OFF_LABEL),
    ("topiramate", "Drink plenty of water each day while on topiramate to help prevent kidney stones.", OFF_LABEL),
    ("topiramate", "Take topiramate with plenty of water, which helps prevent kidney stones.", OFF_LABEL),
    ("topiramate", "Drinking extra fluids, especially in hot weather, lowers the chance of kidney stones.", OFF_LABEL),
]
