"""Alcohol use disorder told as the pull toward a drink, from eval/holdout138 (df09, baclofen), as a class.

Class: the pull or tug toward drink and the constant thinking about the next one ("it can quiet the constant thinking about
the next drink so that cutting back feels possible", "dulled the evening pull toward wine", "the nightly tug of the
bottle"). Baclofen is approved for spasticity only: a warning. Silent: a pull in the muscles, alcohol as a warning, thirst
for water, a tug toward sleep as a side effect.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (df09)
    (
        "baclofen",
        "Your friend isn't imagining things. Baclofen calms down some of the signals in the brain and spinal cord, and for"
        " people like you it can quiet the constant thinking about the next drink so that cutting back feels possible.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "baclofen",
        "My brother says baclofen finally dulled the evening pull toward wine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "Since she started baclofen the nightly tug of the bottle has gone, she says.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "Her doctor prescribed baclofen to ease the endless thinking about the next beer.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "baclofen",
        "Baclofen eased the pull in my hamstrings after my stroke.",
        OFF_LABEL,
    ),
    (
        "baclofen",
        "With baclofen, avoid alcohol: wine and beer add to the drowsiness.",
        OFF_LABEL,
    ),
    (
        "baclofen",
        "Drink plenty of water: on baclofen the evening thirst for water can be strong.",
        OFF_LABEL,
    ),
    (
        "baclofen",
        "The tug toward sleep in the evening is stronger on baclofen, so take care.",
        OFF_LABEL,
    ),
]
