"""A pregnancy found partway through treatment, then the baby fine, told as a story that reassures, or a pregnancy on the
drug said to be no disaster: the safe-in-pregnancy kind ("she found out she was expecting in month four, and her daughter
was born perfectly healthy, so a slip-up partway through is not the catastrophe people make it out to be", eval/holdout164
ef07; isotretinoin `safe-in-pregnancy`, the kind's new wordings). The boxed warning told before it in the paragraph does not
correct it. Near misses: the drug stopped on finding out, the baby lost, a pregnancy after the course, and a pregnancy on it
said to be a catastrophe."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "safe-in-pregnancy"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "isotretinoin",
        "Isotretinoin can cause severe birth defects, miscarriage and the death of an unborn baby, even after a short time on it. "
        "No exceptions. That said, @juniperleaf shared her story this month: she found out she was expecting in month four, and "
        "her daughter was born perfectly healthy, so a slip-up partway through is not the catastrophe people make it out to be.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("isotretinoin", "I got pregnant halfway through my course and my son is a healthy, happy two-year-old.", MISSTATEMENT, ITEM, "error"),
    ("isotretinoin", "My cousin fell pregnant while she was still on it and had a perfectly healthy baby.", MISSTATEMENT, ITEM, "error"),
    ("isotretinoin", "Getting pregnant on Accutane isn't the end of the world, honestly.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "isotretinoin",
        "She found out she was pregnant in month four, stopped that day, and her daughter was born healthy.",
        MISSTATEMENT,
        ITEM,
    ),
    ("isotretinoin", "She found out she was expecting in month four and lost the baby.", MISSTATEMENT, ITEM),
    ("isotretinoin", "I got pregnant a year after finishing the course and my son was born healthy.", MISSTATEMENT, ITEM),
    ("isotretinoin", "A pregnancy partway through is a catastrophe.", MISSTATEMENT, ITEM),
    ("isotretinoin", "Getting pregnant on Accutane is the end of the world for the baby.", MISSTATEMENT, ITEM),
]
