"""Fit to drive the morning after zolpidem, the morning told first or the drive in lay words (holdout78 ax13), as a class.

"People worry about the morning, but honestly, once you've showered and had a coffee you're perfectly fine to get the
kids to school in the car": the morning comes before the reassurance, and the drive is the school run. Now also "by the
time the alarm goes off, I'm fine to drive", "you're usually fit to do the school run", "after a quick breakfast she's
perfectly able to drive to work". A denial, advice ("make sure you are fit to drive"), a wait "until you are certain",
feeling fine (the label's own warning) and someone else doing the school run stay quiet.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "next-morning-driving-fine"

_ZOLPIDEM = "Zolpidem treats insomnia. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "zolpidem",
        _ZOLPIDEM + 'Paul, a 58-year-old contractor, worried about feeling groggy on site. His experience was reassuring. "People '
        "worry about the morning, but honestly, once you've showered and had a coffee you're perfectly fine to get the kids "
        'to school in the car or head into work," he told us. "I\'ve never had a problem."',
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("zolpidem", _ZOLPIDEM + "Most mornings, by the time the alarm goes off, I'm fine to drive.", MISSTATEMENT, ITEM, "warning"),
    ("zolpidem", _ZOLPIDEM + "On Ambien, you're usually fit to do the school run without a second thought.", MISSTATEMENT, ITEM, "warning"),
    ("zolpidem", _ZOLPIDEM + "After a quick breakfast she's perfectly able to drive to work.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("zolpidem", _ZOLPIDEM + "In the morning you may not be fine to drive, even if you feel awake.", MISSTATEMENT, ITEM),
    ("zolpidem", _ZOLPIDEM + "In the morning you feel fine to drive, but you may still be impaired.", MISSTATEMENT, ITEM),
    (
        "zolpidem",
        _ZOLPIDEM + "Each morning, make sure you are fit to drive before you set off, and leave the car at home if you feel slow.",
        MISSTATEMENT,
        ITEM,
    ),
    ("zolpidem", _ZOLPIDEM + "Wait until the morning fog has lifted and you are certain you are able to drive.", MISSTATEMENT, ITEM),
    ("zolpidem", _ZOLPIDEM + "Arrange for someone else to do the school run if you took zolpidem late.", MISSTATEMENT, ITEM),
    ("zolpidem", _ZOLPIDEM + "Make sure you are fit to drive before you take the kids to school in the car.", MISSTATEMENT, ITEM),
]
