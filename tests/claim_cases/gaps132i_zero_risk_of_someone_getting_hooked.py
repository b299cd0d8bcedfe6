"""No risk of a person getting hooked, from eval/holdout175 (eq13, clonidine), as a class.

Class: "zero risk" or "none of the risks" of someone named between getting hooked, addicted or dependent ("zero risk of him
getting hooked on it") is a claim about dependence: unsupported-claim.dependency reports it, not unsupported-claim.absolute.
The absolute claim is still reported when the risk is of anything else or of nothing named.
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (eq13): a dependency claim
    (
        "clonidine",
        "That's the nice thing with this one. Unlike the stimulants, clonidine isn't habit-forming at all, so there's zero risk of"
        " him getting hooked on it.",
        DEPENDENCY,
        "error",
    ),
    # absolute claims still reported: the risk of anything else, or of nothing named
    ("clonidine", "With this one there's zero risk of him having a bad reaction.", ABSOLUTE, "error"),
    ("sertraline", "Honestly, there's zero risk.", ABSOLUTE, "error"),
    ("gabapentin", "It has none of the risks of the older pills.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (eq13): not an absolute claim
    (
        "clonidine",
        "That's the nice thing with this one. Unlike the stimulants, clonidine isn't habit-forming at all, so there's zero risk of"
        " him getting hooked on it.",
        ABSOLUTE,
    ),
    # other voices: someone named between
    ("gabapentin", "There's zero risk of your husband becoming addicted to it.", ABSOLUTE),
    ("pregabalin", "She told us there was zero risk of them getting dependent on it.", ABSOLUTE),
    ("buspirone", "With this one there's zero risk of you getting hooked.", ABSOLUTE),
]
