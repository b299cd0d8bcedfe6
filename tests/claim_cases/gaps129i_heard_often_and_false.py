"""A reply that owns to hearing the claim often and then calls it false refutes the dependency claim before it, from
eval/holdout154 (dv05, oxycodone; a false error), as a class (the misstatement side is in
``tests/accuracy_cases/gaps129i_heard_often_and_false.py``).

Class: "I hear that every week, and it isn't true", "We get asked that all the time, but it's a myth", "I hear this a lot
and it is simply wrong" after a reported "you can't get addicted". Still reported: a reply that agrees ("I hear that a
lot, and it's true"), one that only owns to hearing it ("We hear that every week.").
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "oxycodone",
        "**HOST:** My cousin told me that if you're taking it for real pain, you can't get addicted.\n\n**GUEST:** I hear that a lot,"
        " and it's true for most people.",
        DEPENDENCY,
        "error",
    ),
    (
        "oxycodone",
        "A caller told us that if you take oxycodone for real pain, you can't get addicted. We hear that every week.",
        DEPENDENCY,
        "error",
    ),
    ("oxycodone", "If you take oxycodone for real pain, you can't get addicted.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (dv05)
    (
        "oxycodone",
        "**HOST:** Frank's cousin told him that if you're taking it for real pain, you can't get addicted.\n\n**GUEST:** I hear that"
        " every week, and it isn't true. Anyone who takes oxycodone can become addicted, even at the dose the surgeon prescribed.",
        DEPENDENCY,
    ),
    # new wordings
    (
        "oxycodone",
        "My neighbour says you can't get hooked on oxycodone if it's for real pain.\n\nPharmacist: We get asked that all the time,"
        " but it's a myth.",
        DEPENDENCY,
    ),
    ("lorazepam", "A friend told me lorazepam isn't addictive. I hear this a lot and it is simply wrong.", DEPENDENCY),
    (
        "oxycodone",
        "People on the forum said oxycodone isn't addictive if a doctor prescribes it.\n\nWe see that claim all the time, and it's"
        " not true: anyone can become addicted.",
        DEPENDENCY,
    ),
]
