"""Minoxidil's regrowth said to last after stopping (eval/holdout118 cl06: "once you've got the coverage you wanted, you
can quit the foam. The new hairs are yours to keep at that point, so think of it as a one-year project, not a forever
thing"): the cure kind, the result told as "yours to keep", "here to stay" or going nowhere, at the head of a clause or
after stopping, and the treatment told as a project with an end. Not the hair lost after stopping, not the result kept
only while it is used, not a denial, not a lifelong commitment.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "cures-baldness"

_FOAM = "Minoxidil foam is approved for hereditary hair thinning on the top of the head. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "minoxidil",
        _FOAM + "Once you've got the coverage you wanted, you can quit the foam. The new hairs are yours to keep at that point, "
        "so think of it as a one-year project, not a forever thing.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("minoxidil", _FOAM + "Give it a year, then ditch the foam: the regrowth is here to stay.", MISSTATEMENT, ITEM, "warning"),
    (
        "minoxidil",
        _FOAM + "Once you've regrown what you lost, you can stop the foam and the hair you've grown won't go anywhere.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("minoxidil", _FOAM + "After you quit, the new hair is yours for keeps.", MISSTATEMENT, ITEM, "warning"),
    ("minoxidil", _FOAM + "Rogaine is a one-year project, not a forever thing.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("minoxidil", _FOAM + "If you stop, the new hair falls out within a few months.", MISSTATEMENT, ITEM),
    (
        "minoxidil",
        _FOAM + "Keep using it to keep the hairs: the new hairs are yours to keep only as long as you keep applying the foam.",
        MISSTATEMENT,
        ITEM,
    ),
    ("minoxidil", _FOAM + "As long as you keep using the foam, the new hairs are yours to keep.", MISSTATEMENT, ITEM),
    ("minoxidil", _FOAM + "The new hairs are not yours to keep: stop the foam and they go within months.", MISSTATEMENT, ITEM),
    ("minoxidil", _FOAM + "Think of it as a lifelong commitment, not a one-year project.", MISSTATEMENT, ITEM),
]
