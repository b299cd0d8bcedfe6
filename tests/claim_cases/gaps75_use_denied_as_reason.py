"""A use named, then denied as a reason to take the drug (eval/holdout75 au05, a false error), as a class.

- Later in its sentence or in the next one: "Some people tell me it helps them sleep. It can, but that is a side effect,
  not a reason to take it.", "..., but that's not what it's for", "Don't take it for that." Silent.
- Still reported: a use told as taking it for its side effect ("It's the drowsy side effect they're after"), a next
  sentence that only names a side effect, a reason denied for something else ("not a reason to skip your dose").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_CETIRIZINE = "Cetirizine treats hay fever and hives. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "cetirizine",
        _CETIRIZINE + "Some people take cetirizine to help them sleep. It's the drowsy side effect they're after.",
        OFF_LABEL,
        "error",
    ),
    (
        "cetirizine",
        _CETIRIZINE + "Lots of parents give cetirizine for insomnia. Drowsiness is a common side effect.",
        OFF_LABEL,
        "error",
    ),
    (
        "cetirizine",
        _CETIRIZINE + "Many people take cetirizine for anxiety. It is not a reason to skip your hay fever dose, though.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "cetirizine",
        _CETIRIZINE + "If it makes you sleepy, taking it at bedtime often solves the problem. Some people tell me it helps "
        "them sleep. It can, but that is a side effect, not a reason to take it.",
        OFF_LABEL,
    ),
    (
        "cetirizine",
        _CETIRIZINE + "You may find cetirizine helps you sleep, but that's not what it's for.",
        OFF_LABEL,
    ),
    (
        "cetirizine",
        _CETIRIZINE + "A few readers use cetirizine as a sleep aid. Please don't take it for that.",
        OFF_LABEL,
    ),
    (
        "cetirizine",
        _CETIRIZINE + "Cetirizine can help you drift off. That is a side effect and not a good reason to take it.",
        OFF_LABEL,
    ),
]
