"""A time in minutes after the teller swallows a dose, then what is felt: "15-20 min after I swallow one I can feel my brain
click into gear" (eval/holdout123 cq03) is a speed told in a story (inferred: a warning). Near misses: a side effect felt
then, a racing heart, and a time of an hour or more."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "amphetamine mixed salts",
        "**3/** the IR tablets are honestly wild. 15-20 min after I swallow one I can feel my brain click into gear.",
        RAPID,
        "warning",
    ),
    ("alprazolam", "Ten minutes after taking it I feel calm again.", RAPID, "warning"),
    ("methylphenidate", "Twenty minutes after he takes a tablet he can feel the fog lift.", RAPID, "warning"),
    ("lorazepam", "A few minutes after I pop one, I notice the panic draining away.", RAPID, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("amphetamine mixed salts", "Twenty minutes after I take one I feel sick, so I eat first.", RAPID),
    ("amphetamine mixed salts", "15 minutes after I take it I can feel my heart racing.", RAPID),
    ("alprazolam", "Two hours after I take one I feel calmer.", RAPID),
]
