"""Alcohol use disorder as the reason for the drug, the time of day before the trouble, from eval/holdout143 (dk11), as a class.

Class: "because" then the hour or the part of the day, then the pull to drink as the subject ("because by six o'clock every
evening the pull to open a bottle of wine used to be all she could think about", "because most nights the urge to drink",
"because every evening at six the craving for wine took over"), with no person between, the reason for being on it; also
after a sentence ending in a capital initialism ("My sister doesn't have MS. She's been on baclofen ...", which had run the
two sentences together). Baclofen is approved for spasticity: a warning. Silent: the spasms by night (approved), a side
effect by the evening as the reason to stop, alcohol as a warning at dinner.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (dk11)
    (
        "baclofen",
        "**@sunflower_jo:** *\"Slightly different one. My sister doesn't have MS. She's been on baclofen from her own doctor for"
        " about four months now, because by six o'clock every evening the pull to open a bottle of wine used to be all she could"
        ' think about. She takes 10 mg with dinner and says that pull has gone quiet."*',
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "baclofen",
        "He started baclofen last spring because most nights the urge to drink was all he could think about.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "My GP put me on baclofen because every evening at six the craving for wine took over.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "Dad doesn't have MS. He takes baclofen because by nine every night the craving for beer was unbearable.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("baclofen", "She takes baclofen because at night the spasms in her legs wake her.", OFF_LABEL),
    ("baclofen", "She stopped baclofen because every evening the drowsiness was too much.", OFF_LABEL),
    (
        "baclofen",
        "Take baclofen with dinner, and skip the wine: in the evening alcohol makes the drowsiness worse.",
        OFF_LABEL,
    ),
    ("baclofen", "He was put on baclofen because by the evening his legs were stiff as boards.", OFF_LABEL),
]
