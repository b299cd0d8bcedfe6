"""An opioid placed outside the opioids by paraphrase (eval/holdout115 ci08: "Tramadol is a man-made pain reliever that
works more like an antidepressant on your brain's pain signals, which is why it sits in its own category away from the
morphine-type drugs"), as a class.

1. A category, class or group of its own, away from, separate from or other than the opioids or their medicines.
2. Said to work more like another kind of medicine than an opioid.
Not its own place within the opioids, not a serotonin action beside the opioid one ("like some antidepressants, but it is
an opioid"), not "weaker than morphine".
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-an-opioid"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "tramadol",
        "Short answer: not in the way people think. Tramadol is a man-made pain reliever that works more like an "
        "antidepressant on your brain's pain signals, which is why it sits in its own category away from the "
        "morphine-type drugs.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("tramadol", "Tramadol is in a class of its own, separate from the opioids.", MISSTATEMENT, ITEM, "error"),
    ("tramadol", "Ultram belongs to a different group from morphine and codeine.", MISSTATEMENT, ITEM, "error"),
    ("tramadol", "Honestly, it acts more like a mild antidepressant than an opioid.", MISSTATEMENT, ITEM, "error"),
    ("tramadol", "Tramadol falls into its own little category, well away from the narcotics.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("tramadol", "It also acts on serotonin, like some antidepressants, but it is an opioid.", MISSTATEMENT, ITEM),
    ("tramadol", "Tramadol is weaker than morphine, but it is still an opioid.", MISSTATEMENT, ITEM),
    ("tramadol", "Tramadol sits in its own category within the opioids because it also acts on serotonin.", MISSTATEMENT, ITEM),
    ("tramadol", "Tramadol is an opioid that also works like an antidepressant on pain signals.", MISSTATEMENT, ITEM),
    ("tramadol", "Tramadol is not in a different class from morphine: both are opioids.", MISSTATEMENT, ITEM),
]
