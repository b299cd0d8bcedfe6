"""Metoprolol tartrate and succinate waved together as one medicine once both are named, or the swap urged (eval/holdout96
bp07: "Lopressor, Toprol XL, whatever the box says, it's all the same metoprolol. ... Swap away."): the
tartrate-succinate-interchangeable misstatement. Not with the difference told after it, not a swap forbidden, not
without both forms named.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "tartrate-succinate-interchangeable"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "metoprolol",
        "**bpdad_61** wrote: \"Lopressor, Toprol XL, whatever the box says, it's all the same metoprolol. When my pharmacy "
        'ran out of the XL last month I just took the plain ones once a day instead and felt no difference. Swap away."',
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("metoprolol", "Tartrate or succinate? Honestly, that's just the same drug with a different label.", MISSTATEMENT, ITEM, "warning"),
    (
        "metoprolol",
        "My chemist gives me Lopressor one month and Toprol-XL the next. They're really the same medicine.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "metoprolol",
        "Metoprolol tartrate, metoprolol succinate: switch freely if your pharmacy is out of one.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "metoprolol",
        "Lopressor or Toprol XL? It's the same metoprolol inside, but the XL releases it slowly over the whole day.",
        MISSTATEMENT,
        ITEM,
    ),
    ("metoprolol", "Lopressor and Toprol XL are not the same medicine: never swap one for the other on your own.", MISSTATEMENT, ITEM),
    ("metoprolol", "If you take Toprol XL, it's the same tablet every morning: do not crush it.", MISSTATEMENT, ITEM),
    ("metoprolol", "Tartrate or succinate: do not switch freely between them without asking your doctor.", MISSTATEMENT, ITEM),
]
