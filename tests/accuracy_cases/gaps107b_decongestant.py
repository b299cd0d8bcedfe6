"""Plain loratadine sold as a decongestant (holdout107 ca05), as a class.

"It also opens up a stuffed, blocked nose, so I can breathe through it again by lunchtime. It is basically two
products in one": loratadine is labelled for a runny nose, sneezing and itchy eyes, not for a blocked nose (Claritin-D
adds pseudoephedrine). Told with the nose's words in a list ("a stuffy, bunged-up nose"), as help with congestion, or
as a decongestant's stand-in. Claritin-D, advice to ask about a decongestant, a runny or itchy nose, and a denial stay
silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-a-decongestant"

_CL = "Claritin is great for hay fever. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "loratadine",
        "What sold me, though, is that it also opens up a stuffed, blocked nose, so I can breathe through it again by "
        "lunchtime. It is basically two products in one.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("loratadine", _CL + "It clears a stuffy, bunged-up nose in an hour.", MISSTATEMENT, ITEM, "warning"),
    ("loratadine", _CL + "It unblocks a congested, stuffy nose too.", MISSTATEMENT, ITEM, "warning"),
    ("loratadine", _CL + "It helps with congestion as well.", MISSTATEMENT, ITEM, "warning"),
    (
        "loratadine",
        _CL + "It does the job of a decongestant too, so you can skip the Sudafed.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("loratadine", _CL + "With Claritin you don't need a separate decongestant.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    (
        "loratadine",
        _CL + "Claritin-D also clears a stuffy, blocked nose because it contains pseudoephedrine.",
        MISSTATEMENT,
        ITEM,
    ),
    ("loratadine", _CL + "For a stuffy nose, ask the pharmacist about a decongestant.", MISSTATEMENT, ITEM),
    ("loratadine", _CL + "It helps a runny, drippy nose and sneezing.", MISSTATEMENT, ITEM),
    ("loratadine", _CL + "It does not clear a stuffy, blocked nose.", MISSTATEMENT, ITEM),
    ("loratadine", _CL + "It clears up a runny, itchy nose.", MISSTATEMENT, ITEM),
    (
        "loratadine",
        _CL + "It does not help with congestion; you need a decongestant for that.",
        MISSTATEMENT,
        ITEM,
    ),
]
