"""Better than every other approach, the rivals not medicines ("It beats every behaviour plan, sensory room and social story we
have ever tried", eval/holdout134 db06): a comparative claim. Near misses: "beats" of a heart, "nothing beats" a habit, beating
a time."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "risperidone",
        "Honestly, in my fifteen years, nothing I have seen settles these children down the way risperidone does. It beats every "
        "behaviour plan, sensory room and social story we have ever tried.",
        COMPARATIVE,
        "error",
    ),
    ("risperidone", "It blows away all the diets I tried before.", COMPARATIVE, "error"),
    ("methylphenidate", "It outperforms every reward chart and study routine we've tried.", COMPARATIVE, "error"),
    ("sertraline", "It trumps any talking therapy out there.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("risperidone", "The heart beats every second.", COMPARATIVE),
    ("risperidone", "Nothing beats a good night's sleep.", COMPARATIVE),
    ("risperidone", "A behaviour plan is tried first, and the medicine is added if it is not enough.", COMPARATIVE),
    ("risperidone", "Her heart beat faster every time she took it.", COMPARATIVE),
]
