"""Semaglutide called "a slow-release insulin that you only need to give yourself once a week" (eval/holdout90 bj11): a
relative clause after the wrong class does not make it describe something else; "the ... insulin that" still does.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "semaglutide",
        "Put simply, Ozempic is a slow-release insulin that you only need to give yourself once a week instead of every day.",
        MISSTATEMENT,
        "not-insulin",
        "warning",
    ),
    ("semaglutide", "Wegovy is a weekly insulin which you inject in the tummy.", MISSTATEMENT, "not-insulin", "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("semaglutide", "Ozempic is not a slow-release insulin that you give weekly.", MISSTATEMENT, "not-insulin"),
    ("semaglutide", "Ozempic is a medicine that helps your body release insulin.", MISSTATEMENT, "not-insulin"),
]
