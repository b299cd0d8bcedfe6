"""Advice that eases a side effect, pointed back at by the next clause, is not a use (eval/holdout94 bn10, a false error).

"Take it after food with a full glass of water; that helps with the nausea", "Take it in the morning; this way it
won't keep you awake at night", "swallow it with a meal; doing this cuts down on heartburn". Still reported: the drug
itself said to help ("; it helps with nausea too", "; this medicine also helps with nausea"), a dose pointed at for
another condition.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_VARENICLINE = "Varenicline helps people stop smoking. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("varenicline", _VARENICLINE + "It helps with nausea.", OFF_LABEL, "error"),
    ("varenicline", _VARENICLINE + "Take it twice a day; it helps with nausea too.", OFF_LABEL, "error"),
    ("varenicline", _VARENICLINE + "Take it after food; this medicine also helps with nausea.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("varenicline", _VARENICLINE + "Take it after food with a full glass of water; that helps with the nausea.", OFF_LABEL),
    ("varenicline", _VARENICLINE + "Swallow the tablet with a meal; doing this helps prevent nausea.", OFF_LABEL),
    ("varenicline", _VARENICLINE + "Have it after breakfast and after dinner: that way you avoid most of the nausea.", OFF_LABEL),
    ("bupropion", "Bupropion helps people stop smoking. Take it in the morning; this helps you sleep at night.", OFF_LABEL),
]
