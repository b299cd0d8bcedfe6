"""An approval only one product of a pair has, said of both at once (eval/holdout95 bo06: "Ozempic and Wegovy are the
same molecule, and both are FDA-approved for weight loss"): the approved-for kind, built from the misstatement's
`subjects`. Not the approval given to the right product only, not another pair, not another use.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "ozempic-not-approved-for-weight-loss"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "semaglutide",
        "Ozempic and Wegovy are the same molecule, and both are FDA-approved for weight loss, so our clinicians prescribe "
        "whichever one your pharmacy has in stock.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("semaglutide", "Wegovy and Ozempic are both approved for weight management.", MISSTATEMENT, ITEM, "warning"),
    ("semaglutide", "Both Ozempic and Wegovy are licensed for obesity in adults.", MISSTATEMENT, ITEM, "warning"),
    (
        "semaglutide",
        "Ozempic, Wegovy: same active ingredient, and they are FDA approved for weight loss too.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("semaglutide", "Rybelsus and Wegovy come from one company and the two are approved for weight loss.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("semaglutide", "Ozempic and Wegovy are the same molecule, but only Wegovy is approved for weight loss.", MISSTATEMENT, ITEM),
    ("semaglutide", "Ozempic and Wegovy are not both approved for weight loss.", MISSTATEMENT, ITEM),
    ("semaglutide", "Ozempic and Rybelsus are both approved for type 2 diabetes.", MISSTATEMENT, ITEM),
    ("tirzepatide", "Wegovy and Zepbound are both approved for weight loss.", MISSTATEMENT, ITEM),
    (
        "semaglutide",
        "Ozempic and Mounjaro treat diabetes, while Wegovy and Zepbound are both approved for weight loss.",
        MISSTATEMENT,
        ITEM,
    ),
    ("semaglutide", "Ozempic and Wegovy both cause weight loss, but they are approved for different things.", MISSTATEMENT, ITEM),
]
