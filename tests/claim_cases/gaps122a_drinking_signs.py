"""Off-label use for alcohol use disorder told by the drinking's signs (eval/holdout121 co02), as a class.

- Heavy drinking told by its signs, given a drug not approved for it: the glass that became a bottle ('my "one glass after
  work" had quietly become most of a bottle, every single night'), most of a bottle every night, the morning shakes, not
  stopping at one glass (a warning: the link to the condition is the tool's inference).
- A statement closed by a teaser with a question mark, its answer told next, is no question: "My GP put me on baclofen,
  10mg three times a day, and honestly? By the second month ...", "..., and the result?", "..., and guess what?".

Not: a warning not to drink with the drug, "if you drink heavily, tell your doctor", naltrexone (approved for alcohol
dependence), a baby's bottle at night, a real question ending in "honestly?".
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_BACLOFEN = "Baclofen treats spasticity from multiple sclerosis and spinal cord injury. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "baclofen",
        _BACLOFEN + 'Here is the part nobody talks about. For years my "one glass after work" had quietly become most of a bottle, '
        "every single night, and the shakes in the morning were getting scary. My GP put me on baclofen, 10mg three times a "
        "day, and honestly? By the second month I was pouring one glass and leaving the rest. My brother-in-law takes it for "
        "exactly the same reason and swears by it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        _BACLOFEN + "By last winter she was getting through most of a bottle of vodka every night, so her doctor started her on baclofen.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        _BACLOFEN + "My nightly glass of wine had turned into a whole bottle. My doctor put me on baclofen, and the result? I pour "
        "one glass and stop.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Gabapentin treats nerve pain after shingles. His two beers after work had become two bottles of red a night. The clinic "
        "put him on gabapentin, and guess what? He is down to a glass on Fridays.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "Topiramate prevents migraines. She couldn't stop at one glass and woke with the shakes most mornings, so her GP "
        "prescribed topiramate.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    (
        "baclofen",
        _BACLOFEN + "Do not drink alcohol while you take baclofen: most of a bottle of wine every night with it could slow your breathing.",
        OFF_LABEL,
    ),
    ("baclofen", _BACLOFEN + "If you drink heavily, tell your doctor before you start baclofen.", OFF_LABEL),
    (
        "naltrexone",
        "Naltrexone treats alcohol dependence. Her one glass had become most of a bottle every night, so her GP started her on naltrexone.",
        OFF_LABEL,
    ),
    ("baclofen", _BACLOFEN + "My son still has a bottle every night before bed, and I take baclofen for my MS spasms.", OFF_LABEL),
    ("baclofen", _BACLOFEN + "Can I take baclofen for my drinking, honestly?", OFF_LABEL),
]
