"""Plain loratadine credited with clearing a blocked nose or sinus pressure, told as the writer's story (eval/holdout113
cg13: "I took one Claritin with breakfast, and by the time I dropped the kids at school ... the pressure had drained
away", "Now it is the first thing I reach for when my head feels packed solid").

1. The drug taken, then the pressure, congestion or stuffiness gone, the blocked nose told in an earlier sentence.
2. The drug taken or reached for whenever the nose, sinuses or head are blocked, or named the go-to then.
Not Claritin-D (pseudoephedrine), not a runny nose or sneezing (its approved use), not a negation ("does nothing when my
nose is blocked", "did not budge"), not blood pressure.
"""

from __future__ import annotations

RULE = "accuracy.misstatement"
ITEM = "not-a-decongestant"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "loratadine",
        "I took one Claritin with breakfast, and by the time I dropped the kids at school I could smell the cut grass again "
        "and the pressure had drained away.",
        RULE,
        ITEM,
        "warning",
    ),
    ("loratadine", "Now it is the first thing I reach for when my head feels packed solid.", RULE, ITEM, "warning"),
    (
        "loratadine",
        "My husband pops a Claritin whenever he wakes up bunged up, and within the hour the congestion has cleared.",
        RULE,
        ITEM,
        "warning",
    ),
    ("loratadine", "I grab a Claritin whenever I'm stuffed up after a flight.", RULE, ITEM, "warning"),
    ("loratadine", "When my sinuses are blocked, Claritin is my go-to.", RULE, ITEM, "warning"),
    ("loratadine", "By lunchtime, after one loratadine, all that sinus pressure had eased off.", RULE, ITEM, "warning"),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    ("loratadine", "I took a Claritin, but the pressure in my sinuses did not budge.", RULE, ITEM),
    ("loratadine", "I took Claritin for a week and my blood pressure was fine the whole time.", RULE, ITEM),
    ("loratadine", "Claritin-D is what I take when I'm stuffed up.", RULE, ITEM),
    ("loratadine", "Plain Claritin does nothing when my nose is blocked.", RULE, ITEM),
    ("loratadine", "Claritin cleared my runny nose and the sneezing was gone by lunch.", RULE, ITEM),
    ("loratadine", "I reach for Claritin when my nose is runny and my eyes are itchy.", RULE, ITEM),
    ("loratadine", "It will not unblock a stuffy nose; for that you need a decongestant.", RULE, ITEM),
    ("loratadine", "I took one Claritin-D and the congestion cleared.", RULE, ITEM),
]
