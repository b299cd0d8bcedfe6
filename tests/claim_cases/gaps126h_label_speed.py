"""A speed the drug's own label gives is not unsupported: albuterol relieves bronchospasm within minutes (VENTOLIN HFA PI
14), so "Two puffs usually bring relief within a few minutes." (eval/holdout123 cq01) is the label's time course
(`label_supports` of unsupported-claim.rapid-onset, scoped to a claim that gives the minutes). Near misses: seconds or an
instant effect (no label gives those), a speed set against other medicines, a speed with no time, and the same words said of
a medicine whose label gives no such speed."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

_NOTE = "Albuterol is the blue reliever inhaler. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("albuterol", _NOTE + "Ventolin works instantly.", RAPID, "error"),
    ("albuterol", _NOTE + "It opens your airways within seconds.", RAPID, "error"),
    ("albuterol", _NOTE + "It starts working faster than other asthma medicines.", RAPID, "error"),
    ("albuterol", _NOTE + "Ventolin works fast.", RAPID, "error"),
    ("montelukast", "Montelukast brings relief within a few minutes.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("albuterol", _NOTE + "Two puffs usually bring relief within a few minutes.", RAPID),
    ("albuterol", _NOTE + "Your chest loosens within a couple of minutes of two puffs.", RAPID),
    ("albuterol", _NOTE + "Most children breathe easier a few minutes after two puffs: relief within a few minutes is normal.", RAPID),
    ("albuterol", _NOTE + "It works in about five minutes.", RAPID),
]
