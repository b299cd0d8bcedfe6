"""A lift within a day or two told of most or many of a prescriber's patients, from eval/holdout200 (fp02, venlafaxine), as a
class.

Class: "most of my patients", "many of our clients" (not only "most patients") feeling or noticing the lift, calm or a change
within a day or two, in a couple of days or of starting ("Most of my patients feel the lift within a day or two," one
psychiatrist told us): an antidepressant takes weeks; uncited, an error. Silent: a time in weeks, and a side effect felt within
days.
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fp02)
    (
        "venlafaxine",
        '"Most of my patients feel the lift within a day or two," one psychiatrist told us, "and by the end of the first week'
        " they're sleeping and eating normally again.\"",
        RAPID,
        "error",
    ),
    # new wordings, other voices
    ("sertraline", "Most of our patients notice their mood lift within a day or two of starting.", RAPID, "error"),
    ("escitalopram", "Many of my clients feel calmer within a couple of days.", RAPID, "error"),
    ("duloxetine", "Most of the patients I see feel better within a day or two.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("sertraline", "Most of my patients feel the lift within four to six weeks.", RAPID),
    ("sertraline", "Most of my patients feel some nausea within a day or two, and it settles.", RAPID),
    ("venlafaxine", "Most of my patients feel the lift after a few weeks, not within a day or two.", RAPID),
]
