"""Advice on taking it, then "it" after a comma for the advice (eval/holdout111 ce08, a false error on a venlafaxine
forum digest), as a class.

"Take it with breakfast, it helped the nausea": "it" is taking it with breakfast, a side effect eased, not venlafaxine
taken for nausea; likewise "; that helped the nausea" and a meal named by its time ("with your evening meal"). Still
a use: another condition after the same advice ("Take it with breakfast, it helps with my hot flushes"), the drug as
what helped ("It helped the nausea from my chemo"), a use told first.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
_VENLAFAXINE = "Venlafaxine treats depression and anxiety.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("venlafaxine", _VENLAFAXINE + "Take it with breakfast, it helps with my hot flushes.", OFF_LABEL, "error"),
    ("venlafaxine", _VENLAFAXINE + "It helped the nausea from my chemo.", OFF_LABEL, "error"),
    ("venlafaxine", _VENLAFAXINE + "My sister takes it for nausea, it helped her a lot.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "venlafaxine",
        _VENLAFAXINE + '"Totally normal for me the first fortnight. Take it with breakfast, it helped the nausea. I went up '
        'to 75 mg after a week."',
        OFF_LABEL,
    ),
    ("venlafaxine", _VENLAFAXINE + "Take it with breakfast; that helped the nausea.", OFF_LABEL),
    ("venlafaxine", _VENLAFAXINE + "I take mine with my evening meal, and it really helps the nausea.", OFF_LABEL),
]
