"""Minoxidil put away once the hair is back, the new hair said to stay (holdout82 bb13), as a class.

"Once your hair has filled back in ... you can put the foam away and the new hairs stay put. Think of it as a course
of treatment rather than a lifelong habit": the label says new hair is lost within months of stopping, so stopping
with the result kept, or a course with an end, is a cure in other words. The hair said to fall out after, the result
kept only while it is used, and "a lifelong commitment, not a course" stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "cures-baldness"

_MINOXIDIL = "Minoxidil treats hair loss. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "minoxidil",
        _MINOXIDIL + "Once your hair has filled back in, usually after a year or so, you can put the foam away and the new "
        "hairs stay put. Think of it as a course of treatment rather than a lifelong habit.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("minoxidil", _MINOXIDIL + "Think of it as a course of treatment rather than a lifelong habit.", MISSTATEMENT, ITEM, "warning"),
    (
        "minoxidil",
        _MINOXIDIL + "After a year my crown had grown back, so I could stop the foam and my new hair stays.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "minoxidil",
        _MINOXIDIL + "Once your hair has come back in you can put the bottle away, and the regrown hair won't fall out.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("minoxidil", _MINOXIDIL + "Minoxidil is a lifelong commitment, not a quick course.", MISSTATEMENT, ITEM),
    (
        "minoxidil",
        _MINOXIDIL + "Once your hair has filled in you may want to put the foam away, but the new hairs stay only while you use it.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "minoxidil",
        _MINOXIDIL + "Once your hair has filled in you can put the foam away and the new hairs fall out within months.",
        MISSTATEMENT,
        ITEM,
    ),
    ("minoxidil", _MINOXIDIL + "If you stop, the new hair falls out; it is not a course of treatment.", MISSTATEMENT, ITEM),
]
