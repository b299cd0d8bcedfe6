"""A reply that owns to hearing the claim often and then calls it false refutes the claim before it, from
eval/holdout154 (dv05, oxycodone; a false misstatement and a false unsupported dependency claim), as a class.

Class: the reply after a reported claim, in the next sentence or the first of the next paragraph (with or without its
speaker's label), opens "I hear that every week, and it isn't true", "We get asked that all the time, but it's a myth",
"I hear this a lot and it is simply wrong": the claim is quoted to be refuted. Still reported: a reply that agrees ("I hear
that a lot, and it's true"), one that only owns to hearing it ("We hear that every week."), the claim made outright.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
_OXY = "Oxycodone is an opioid pain medicine for pain severe enough to need an opioid.\n\n"
_LORAZEPAM = "Lorazepam is a benzodiazepine for anxiety.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "oxycodone",
        _OXY + "**HOST:** My cousin told me that if you're taking it for real pain, you can't get addicted.\n\n**GUEST:** I hear that"
        " a lot, and it's true for most people.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
    (
        "oxycodone",
        _OXY + "A caller told us that if you take oxycodone for real pain, you can't get addicted. We hear that every week.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
    ("oxycodone", _OXY + "If you take oxycodone for real pain, you can't get addicted.", MISSTATEMENT, "not-addictive", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (dv05)
    (
        "oxycodone",
        _OXY + "**HOST:** Frank's cousin told him that if you're taking it for real pain, you can't get addicted.\n\n**GUEST:** I"
        " hear that every week, and it isn't true. Anyone who takes oxycodone can become addicted, even at the dose the surgeon"
        " prescribed.",
        MISSTATEMENT,
        "not-addictive",
    ),
    # new wordings
    (
        "oxycodone",
        _OXY + "My neighbour says you can't get hooked on oxycodone if it's for real pain.\n\nPharmacist: We get asked that all the"
        " time, but it's a myth.",
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "lorazepam",
        _LORAZEPAM + "A friend told me lorazepam isn't addictive. I hear this a lot and it is simply wrong.",
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "oxycodone",
        _OXY + "People on the forum said oxycodone isn't addictive if a doctor prescribes it.\n\nWe see that claim all the time, and"
        " it's not true: anyone can become addicted.",
        MISSTATEMENT,
        "not-addictive",
    ),
]
