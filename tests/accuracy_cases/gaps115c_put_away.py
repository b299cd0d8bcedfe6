"""A benzodiazepine said to be fine to stop by putting the tablets away (eval/holdout112 cf02: "when you feel ready you
can simply leave the tablets in the drawer and carry on"), as a class.

1. Leave to stop told as putting the pills away, with "just" or "simply": left in the drawer, put aside, binned.
2. The same after feeling ready or better: "once you feel fine, it's OK to put the pills aside".
Not a warning against it ("do not just leave them in the drawer; taper"), not the doctor lowering the dose, not storage
("put the bottle away out of children's reach", "leave them in the cupboard until you need one"), not a taper told
after it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "safe-to-stop"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "alprazolam",
        "**moss_and_stone** has been on 0.25 mg once a day for a year. The moderators' summary of that thread: on a small "
        "dose like that there is not much to it; when you feel ready you can simply leave the tablets in the drawer and "
        "carry on.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("alprazolam", "On a dose this small, you can just put the Xanax aside once the exams are over.", MISSTATEMENT, ITEM, "error"),
    ("lorazepam", "Once you feel better, it's fine to stick the tablets back in the drawer.", MISSTATEMENT, ITEM, "error"),
    ("clonazepam", "Honestly, you may simply leave the pills on the shelf; that's what I did.", MISSTATEMENT, ITEM, "error"),
    ("diazepam", "If you feel fine, you can leave the tablets in the cupboard and get on with life.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("alprazolam", "Do not just leave them in the drawer when you feel ready; taper with your doctor.", MISSTATEMENT, ITEM),
    ("alprazolam", "When you feel ready, your doctor will lower the dose slowly over several weeks.", MISSTATEMENT, ITEM),
    ("alprazolam", "You can simply put the bottle away out of children's reach after each dose.", MISSTATEMENT, ITEM),
    ("lorazepam", "You can just leave the tablets in the cupboard until you need one for a flight.", MISSTATEMENT, ITEM),
    (
        "clonazepam",
        "When you feel ready, you can simply leave the tablets in the drawer once your doctor has tapered you off.",
        MISSTATEMENT,
        ITEM,
    ),
    ("amoxicillin", "When you feel better you can simply leave the capsules in the drawer.", MISSTATEMENT, ITEM),
]
