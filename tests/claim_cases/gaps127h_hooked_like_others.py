"""The people on one form or medicine said not to get hooked the way those on another do ("the XR crowd just doesn't end up
hooked like the IR crowd does", "it doesn't pull you back for more the way the instant stuff does", eval/holdout132 cz09): a
claim of less dependence. Near misses: the same said to happen, hedged ("Most people don't get hooked like that"), a condition,
a denial under "don't assume"."""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "amphetamine-mixed-salts",
        "IR hits harder and wears off by lunch. XR is smoother. And honestly, the XR crowd just doesn't end up hooked like the IR "
        "crowd does. That's why I switched.",
        DEPENDENCY,
        "error",
    ),
    (
        "amphetamine-mixed-salts",
        "The way the beads work, it doesn't pull you back for more the way the instant stuff does.",
        DEPENDENCY,
        "error",
    ),
    ("methylphenidate", "Kids on the patch don't get hooked the way kids on the tablets do.", DEPENDENCY, "error"),
    ("methylphenidate", "The extended-release kids never end up addicted like the ones on the short-acting pills.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("amphetamine-mixed-salts", "People on the XR can get hooked just like people on the IR do.", DEPENDENCY),
    ("amphetamine-mixed-salts", "Most people don't get hooked like that.", DEPENDENCY),
    ("amphetamine-mixed-salts", "If you don't get hooked like some people do, count yourself lucky.", DEPENDENCY),
    ("amphetamine-mixed-salts", "Don't assume XR users don't get hooked like IR users do.", DEPENDENCY),
]
