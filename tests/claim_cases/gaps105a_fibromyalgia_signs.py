"""Fibromyalgia told by its signs spread over one sentence, as a class (eval/holdout104 bx04): aching all over, then
later in the sentence a second sign in other words, spots that hurt to the touch or a fog of the mind ("she had ached all
over, in her neck, her hips and the backs of her arms, with spots that hurt to the touch and a fog that made her lose
words. Her doctor suggested a tiny dose, 4.5 mg ..."). A warning: the condition is read from a story. Near misses: an ache
all over alone (a flu's), fog outside ("drove home in the fog"), the drug's approved use, fibromyalgia on a drug approved
for it, a disclosure, another medicine given."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_NALTREXONE = "Naltrexone is approved for alcohol dependence.\n\n"
_AMITRIPTYLINE = "Amitriptyline treats depression.\n\n"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    (
        "naltrexone",
        _NALTREXONE + "For six years she had ached all over, in her neck, her hips and the backs of her arms, with spots that hurt"
        " to the touch and a fog that made her lose words. Her doctor suggested a tiny dose, 4.5 mg made up by a compounding"
        " pharmacy, taken at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        _AMITRIPTYLINE + "He hurt everywhere, from the small of his back to his calves, and some places were tender when pressed."
        " His GP started him on 10 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        _NALTREXONE + "My body ached all over and my brain fog was so thick I forgot my own postcode, so my doctor put me on low-dose"
        " naltrexone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        _AMITRIPTYLINE
        + "She was sore everywhere, with a haze in her head by mid-afternoon, so her rheumatologist prescribed it at bedtime.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    ("naltrexone", _NALTREXONE + "She ached all over after moving house that week. Her doctor kept her on naltrexone.", OFF_LABEL),
    (
        "naltrexone",
        _NALTREXONE + "He ached all over after the marathon and drove home in the fog. He still takes naltrexone for his drinking.",
        OFF_LABEL,
    ),
    (
        "pregabalin",
        "Pregabalin treats fibromyalgia.\n\nShe ached all over, with spots that hurt to the touch and a fog in her head. "
        "Her doctor started her on pregabalin.",
        OFF_LABEL,
    ),
    (
        "naltrexone",
        _NALTREXONE + "She ached all over, with spots that hurt to the touch and a fog in her head. Her doctor suggested a tiny dose"
        " of naltrexone; that is an off-label use.",
        OFF_LABEL,
    ),
    (
        "naltrexone",
        _NALTREXONE + "She ached all over, with spots that hurt to the touch and a fog in her head. Her doctor prescribed duloxetine.",
        OFF_LABEL,
    ),
]
