"""A promise that an illness never comes back or is kept away for good (eval/holdout113 cg12): "lithium will stop manic
episodes from ever coming back", "keeps the mania away for good", "your depression will never return"; not a lowered chance,
a help, or a purpose ("helps keep episodes from coming back", "may lower the chance of ...", "to stop it from ever coming
back, finish the course")."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

_LITHIUM = "Lithium treats bipolar disorder. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("lithium", "Once your level is right, lithium will stop manic episodes from ever\ncoming back.", ABSOLUTE, "error"),
    ("lithium", _LITHIUM + "Stay on it and it keeps the mania away for good.", ABSOLUTE, "error"),
    ("sertraline", "Sertraline treats depression. Once you are on it, your depression will never return.", ABSOLUTE, "error"),
    ("sumatriptan", "Sumatriptan treats migraine. It prevents the attacks from ever coming back.", ABSOLUTE, "error"),
    ("lithium", _LITHIUM + "With lithium, episodes of mania won't ever come back.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("lithium", _LITHIUM + "Lithium helps keep episodes from coming back.", ABSOLUTE),
    ("lithium", _LITHIUM + "Lithium may lower the chance of manic episodes coming back.", ABSOLUTE),
    ("lithium", _LITHIUM + "Taken every day, it can help stop episodes from ever coming back.", ABSOLUTE),
    ("lithium", _LITHIUM + "Stopping lithium suddenly can make mania come back.", ABSOLUTE),
    ("amoxicillin", "Amoxicillin treats infections. To stop the infection from ever coming back, finish the course.", ABSOLUTE),
]
