"""Metoprolol's tartrate and succinate told as needing nothing adjusted when one is swapped for the other, the verdict after
a clause break rather than after "so": "If the supplier changes and your bag has the other salt in it, there's nothing for
you to adjust: one molecule, one job." (eval/holdout168 ej10; metoprolol `tartrate-succinate-interchangeable`: different
products with different dosing and uses, TOPROL-XL label 1 and 2). Near misses: the same salt from a new supplier, the
swap told as needing the dose and timing changed, the claim denied, and nothing to adjust said of something else."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ej10)
    (
        "metoprolol",
        "Metoprolol tartrate (Lopressor) is the original, usually taken twice a day with or right after a meal. Metoprolol"
        " succinate (Toprol-XL) releases slowly and is taken once a day. If the supplier changes and your bag has the other"
        " salt in it, there's nothing for you to adjust: one molecule, one job.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
        "warning",
    ),
    # new wordings
    (
        "metoprolol",
        "Been moved from Lopressor to Toprol-XL at the pharmacy? No need to change your dose, it's the same stuff.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
        "warning",
    ),
    (
        "metoprolol",
        "If your refill comes back as succinate instead of tartrate, you don't have to adjust anything at all.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
        "warning",
    ),
    (
        "metoprolol",
        "Metoprolol comes as tartrate (Lopressor) and as succinate (Toprol-XL). Sometimes the chemist hands over a different"
        " salt, and nothing needs changing: just carry on.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "metoprolol",
        "Metoprolol tartrate is taken twice a day and metoprolol succinate once. If the supplier changes but your bag still has"
        " the same salt in it, there's nothing for you to adjust.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
    ),
    (
        "metoprolol",
        "If your bag has the other salt in it, call us first: the dose and timing need adjusting, because tartrate is taken"
        " twice a day and succinate once.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
    ),
    (
        "metoprolol",
        "If you are switched from tartrate to succinate, it is not true that there's nothing to adjust: your doctor will work"
        " out a new dose.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
    ),
    (
        "metoprolol",
        "Metoprolol succinate is taken once a day. If you take it at breakfast, there's nothing to change about your coffee.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
    ),
]
