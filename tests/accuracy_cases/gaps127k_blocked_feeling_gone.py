"""Loratadine told as a decongestant by the blocked feeling, in its own picture, gone after a dose (eval/holdout142
dj01: "I swallowed one little Claritin with my coffee, and by lunch the cement feeling was a memory"), as a class: the
cement, stuffed-up, blocked or clogged feeling or sensation "a memory", "history", "gone". Not the itchy feeling or
the sneezing gone (what it is for), a blocked feeling still there, nor one gone thanks to a spray told first.
"""

from __future__ import annotations

RULE = "accuracy.misstatement"
ITEM = "not-a-decongestant"

_CLARITIN = "Claritin is an antihistamine for hay fever.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "loratadine",
        _CLARITIN + "Two days in, my whole face felt like someone had packed wet cement behind my cheekbones. I swallowed one "
        "little Claritin with my coffee, and by lunch the\ncement feeling was a memory and I could smell the garlic bread again.",
        RULE,
        ITEM,
        "warning",
    ),
    ("loratadine", _CLARITIN + "Took a loratadine at breakfast and the stuffed-up feeling was history by ten.", RULE, ITEM, "warning"),
    ("loratadine", _CLARITIN + "My son had one Claritin before school and that blocked feeling was gone by lunch.", RULE, ITEM, "warning"),
    ("loratadine", _CLARITIN + "Claritin, and within the hour the clogged sensation had completely lifted.", RULE, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("loratadine", _CLARITIN + "I took a Claritin and the itchy feeling was a memory by lunch.", RULE, ITEM),
    ("loratadine", _CLARITIN + "One Claritin and the sneezing was history.", RULE, ITEM),
    ("loratadine", _CLARITIN + "Claritin did not help; the blocked feeling was still there at night.", RULE, ITEM),
    (
        "loratadine",
        _CLARITIN + "The blocked feeling was a memory by lunch, thanks to the nasal spray; the Claritin I took for the sneezing.",
        RULE,
        ITEM,
    ),
]
