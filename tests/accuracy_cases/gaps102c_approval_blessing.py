"""An approval claimed in idiom for one use among others, of a brand named at the head of the sentence (eval/holdout99
bs12: "Mounjaro was the first to arrive, and it now has the FDA's blessing both for type 2 diabetes and for anyone who
simply wants to slim down"), as a class of the shared approved-for kind.

1. The approval as a blessing, backing or endorsement, also of the brand named before "and it".
2. One use in a series: "both for type 2 diabetes and for weight loss".
3. The use told by who wants it: "anyone who simply wants to slim down", "people hoping to shed a few pounds".
Not the product that is approved (Zepbound), not a series that turns ("..., but not for weight loss"), not a blessing
for the approved use only.
"""

from __future__ import annotations

RULE = "accuracy.misstatement"
ITEM = "mounjaro-not-approved-for-weight-loss"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "tirzepatide",
        "Mounjaro was the first to arrive, and it now has the FDA's blessing both for type 2 diabetes and for anyone who "
        "simply wants to slim down, so your doctor can pick whichever pen is easier to get.",
        RULE,
        ITEM,
        "warning",
    ),
    ("tirzepatide", "Mounjaro has the regulators' backing for people who want to lose weight.", RULE, ITEM, "warning"),
    ("tirzepatide", "Mounjaro came out in 2022 and it has FDA approval for diabetes and also for weight loss.", RULE, ITEM, "warning"),
    ("tirzepatide", "Mounjaro now carries the FDA's endorsement for anyone hoping to shed a few pounds.", RULE, ITEM, "warning"),
    ("tirzepatide", "Mounjaro got the FDA's blessing for folks who are looking to slim down.", RULE, ITEM, "warning"),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    ("tirzepatide", "Mounjaro has the FDA's blessing for type 2 diabetes, but not for anyone who simply wants to slim down.", RULE, ITEM),
    ("tirzepatide", "Zepbound has the FDA's blessing for adults who want to lose weight and have obesity.", RULE, ITEM),
    ("tirzepatide", "Mounjaro was the first to arrive, and it has the FDA's blessing for type 2 diabetes only.", RULE, ITEM),
    ("tirzepatide", "Mounjaro does not have the FDA's blessing for people who want to slim down; Zepbound does.", RULE, ITEM),
    ("tirzepatide", "Mounjaro treats type 2 diabetes, and Zepbound has the FDA's backing for people who want to lose weight.", RULE, ITEM),
]
