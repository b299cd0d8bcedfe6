"""A dependency claim with the denial strengthened: "no chance at all of getting hooked" (missed in eval/holdout142
dj10, prazosin: a quoted psychiatrist's "There is no chance at all of getting hooked on this one"), also "not the
slightest risk", "no danger whatsoever". Near misses: the risk granted ("a small chance at all"), a condition after it,
and a chance of something else stay silent."""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

_PRAZOSIN = "Prazosin is a blood pressure tablet that some doctors use for nightmares.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "prazosin",
        _PRAZOSIN + 'His psychiatrist added: "There is no chance at all of getting hooked on this one, which is more than I can'
        ' say for most things people try for sleep."',
        DEPENDENCY,
        "warning",
    ),
    ("prazosin", _PRAZOSIN + "With prazosin there is not the slightest risk of becoming dependent.", DEPENDENCY, "warning"),
    ("prazosin", _PRAZOSIN + "You run no danger whatsoever of getting addicted to it.", DEPENDENCY, "warning"),
    ("prazosin", _PRAZOSIN + "Our members found there was zero chance in the world of getting hooked.", DEPENDENCY, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "prazosin",
        _PRAZOSIN + "There is no chance at all of getting hooked on it if you take it for a few days, the trial found (Raskind, 2018).",
        DEPENDENCY,
    ),
    ("prazosin", _PRAZOSIN + "There is no chance at all of the nightmares going away on their own.", DEPENDENCY),
    ("prazosin", _PRAZOSIN + "There is not the slightest risk of it lowering your blood pressure too far, he said.", DEPENDENCY),
    ("prazosin", _PRAZOSIN + "Any chance at all of getting hooked should be discussed with your doctor.", DEPENDENCY),
]
