"""A dependence denied with no comparison (left from earlier stops): "Your body doesn't get dependent on venlafaxine",
"you don't become addicted to it"; not hedged ("most people don't become dependent"), not a condition ("you won't get
dependent if you take it for a few days"), not the withdrawal warning, nor a denial cited in its paragraph."""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

_VENLAFAXINE = "Venlafaxine treats depression. "

#: (drug, body, rule, severity): a finding the writer must see (a warning for a drug whose label warns of no dependence).
SHOULD = [
    ("venlafaxine", _VENLAFAXINE + "Your body doesn't get dependent on venlafaxine.", DEPENDENCY, "warning"),
    ("venlafaxine", _VENLAFAXINE + "You don't become addicted to it, whatever you've read.", DEPENDENCY, "warning"),
    ("sertraline", "Sertraline treats depression. Your brain never gets hooked on it.", DEPENDENCY, "warning"),
    ("alprazolam", "Alprazolam treats anxiety. You simply don't get dependent on a low dose.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("venlafaxine", _VENLAFAXINE + "You may get withdrawal symptoms if you stop suddenly.", DEPENDENCY),
    ("venlafaxine", _VENLAFAXINE + "It is not habit-forming in the way opioids are [1].", DEPENDENCY),
    ("venlafaxine", _VENLAFAXINE + "Most people don't become dependent on it.", DEPENDENCY),
    ("alprazolam", "Alprazolam treats anxiety. You won't get dependent if you only take it for a few days.", DEPENDENCY),
    ("venlafaxine", _VENLAFAXINE + "Your body gets used to it, so don't stop suddenly.", DEPENDENCY),
]
