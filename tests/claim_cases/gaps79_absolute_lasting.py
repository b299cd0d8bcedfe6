"""None of a kind of side effect, said with totality, as an absolute claim (eval/holdout79 ay12: "paroxetine has no lasting
side effects at all", uncited, in a hospital leaflet).

Left alone: a hedged "most people have no serious side effects", the idiom "no harm at all in asking", the claim refuted,
inside a condition or disowned.
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

_PAROXETINE = "Paroxetine treats depression and anxiety. "
_SERTRALINE = "Sertraline treats depression. "
_ATORVASTATIN = "Atorvastatin lowers cholesterol. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "paroxetine",
        _PAROXETINE + "Once your dose is right, paroxetine has no lasting side effects at all, "
        "so you can stay on it for as long as you need without worry.",
        ABSOLUTE,
        "error",
    ),
    ("sertraline", _SERTRALINE + "There are no long-term side effects whatsoever.", ABSOLUTE, "error"),
    ("paroxetine", _PAROXETINE + "You can come off it without any permanent side effects at all.", ABSOLUTE, "error"),
    ("atorvastatin", _ATORVASTATIN + "Statins leave no ill effects of any kind.", ABSOLUTE, "error"),
    ("sertraline", _SERTRALINE + "It has no serious or lasting side effects at all.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # told of most people (a probe of the class after the fix)
    ("sertraline", "Most people have no serious side effects at all.", ABSOLUTE),
    ("atorvastatin", _ATORVASTATIN + "Most people have no serious side effects.", ABSOLUTE),
    ("sertraline", _SERTRALINE + "There's no harm at all in asking your pharmacist.", ABSOLUTE),
    ("paroxetine", _PAROXETINE + "It is not true that there are no lasting side effects at all.", ABSOLUTE),
    ("paroxetine", _PAROXETINE + "If you have no lasting side effects at all after a month, keep going.", ABSOLUTE),
    ("sertraline", _SERTRALINE + "Nobody can promise no lasting side effects at all.", ABSOLUTE),
]
