"""No need for more built up, and long use without getting hooked, as dependency claims (eval/holdout79 ay13, pregabalin:
"you don't build up a need for more of it, so you can take it for years without getting hooked", uncited).

Left alone: advice on the dose ("don't build up the dose too fast"), some people who do build up a need, a hedge by who
("many people take it for years without becoming dependent"), a condition after the claim, the claim refuted.
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

_PREGABALIN = "Pregabalin treats nerve pain. "
_GABAPENTIN = "Gabapentin treats nerve pain. "
_ZOLPIDEM = "Zolpidem treats insomnia. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "pregabalin",
        _PREGABALIN
        + "Nope, and that's the best part. Unlike the pain pills my uncle got stuck on, you don't build up a need for more of it, "
        "so you can take it for years without getting hooked.",
        DEPENDENCY,
        "error",
    ),
    ("zolpidem", _ZOLPIDEM + "Your body never builds up a craving for it.", DEPENDENCY, "error"),
    ("gabapentin", _GABAPENTIN + "You won't develop a need for higher doses over time.", DEPENDENCY, "error"),
    ("pregabalin", _PREGABALIN + "You can stay on it for as long as you like and never become addicted.", DEPENDENCY, "error"),
    ("zolpidem", _ZOLPIDEM + "Use them for months on end without becoming dependent.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("gabapentin", _GABAPENTIN + "Don't build up the dose too fast.", DEPENDENCY),
    ("pregabalin", _PREGABALIN + "Many people take it for years without becoming dependent.", DEPENDENCY),
    ("zolpidem", _ZOLPIDEM + "Some people build up a need for more of it.", DEPENDENCY),
    (
        "pregabalin",
        _PREGABALIN + "You can take it for years without getting hooked if you stick to the prescribed dose.",
        DEPENDENCY,
    ),
    ("gabapentin", _GABAPENTIN + "It is not true that you can take it for years without getting hooked.", DEPENDENCY),
]
