"""Part of one of someone else's tablets, taken for sleep, from eval/holdout201 (fq01, mirtazapine), as a class.

Class: the dose told as a part of one of someone else's tablets ("half of one of Mum's 15 mg tablets", "a quarter of one of my
husband's pills", "half of Dad's 25 mg tablet") stands for the drug in a sentence that names none, like "one of my mum's"; taken
on sleepless nights and told by the sleep it brings ("I'm gone within the hour", "out like a light"), a sleep use the label does
not give (mirtazapine, quetiapine, trazodone: depression or psychosis only). Told by its signs, a warning. Silent: a share of
someone's tablets ("half of Mum's tablets are gone"), the sleepiness as a side effect, the approved use, another drug's tablets.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fq01)
    (
        "mirtazapine",
        "I'm not proud of this one. On the nights when I'm lying there at two in the morning going over the care rota and the"
        " bills, I've started taking half of one of Mum's 15 mg tablets myself, and I'm gone within the hour.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "mirtazapine",
        "Some nights my wife takes a quarter of one of my 15 mg tablets, and she's out like a light.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "When the baby finally settles and I still can't, I take half of one of my husband's 25 mg tablets and I'm out within"
        " half an hour.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "Grandad admitted he'd been breaking off half of one of Nan's pills at bedtime, and he's been sleeping like a log.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a share of someone's tablets, no dose taken
    ("mirtazapine", "I counted the pack on Sunday: half of Mum's 15 mg tablets are already gone, so I rang the surgery.", OFF_LABEL),
    # the sleepiness as a side effect of her own dose
    (
        "mirtazapine",
        "Mum takes half of one of her 15 mg tablets at first, and it can make her sleepy the next morning.",
        OFF_LABEL,
    ),
    # the approved use, told in lay words
    (
        "mirtazapine",
        "The GP started Mum on half of one of the 15 mg tablets for her depression, the low, flat mood since Dad died.",
        OFF_LABEL,
    ),
    # another drug's tablets, named
    (
        "mirtazapine",
        "Mum takes mirtazapine. On bad nights I take half of one of my own zolpidem tablets and I'm gone within the hour.",
        OFF_LABEL,
    ),
]
