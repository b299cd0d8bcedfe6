"""Metformin said to damage the kidneys in lay words (holdout109 cc13), as a class: its misstatement kidney-damage.

"Over the years metformin slowly wears the kidneys out, which is why your doctor keeps testing them": only "metformin
damages/causes kidney damage" was read. Metformin is cleared by the kidneys (hence the tests), not labelled as a cause of
kidney damage. Now wearing them out or down, being hard or tough on them, taking a toll or putting strain on them,
ruining them, and kidney damage "from" metformin. Quiet: the kidneys clearing it, a dose lowered for weak kidneys, it
building up when the kidneys are damaged, contrast dye harming the kidneys, lactic acidosis in kidney disease, a denial.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "kidney-damage"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "metformin",
        "Many members asked about this one. Over the years metformin slowly wears the kidneys out, which is why your "
        "doctor keeps testing them.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("metformin", "Glucophage is hard on your kidneys, so drink plenty of water.", MISSTATEMENT, ITEM, "warning"),
    ("metformin", "Taking metformin for years takes a toll on the kidneys.", MISSTATEMENT, ITEM, "warning"),
    ("metformin", "Metformin puts a lot of strain on your kidneys.", MISSTATEMENT, ITEM, "warning"),
    ("metformin", "My aunt got kidney damage from metformin after ten years on it.", MISSTATEMENT, ITEM, "warning"),
    ("metformin", "In the long run metformin can quietly ruin your kidneys.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("metformin", "Your kidneys clear metformin, so we check them every year.", MISSTATEMENT, ITEM),
    ("metformin", "If your kidneys are weak, the metformin dose is lowered.", MISSTATEMENT, ITEM),
    ("metformin", "Metformin can build up if your kidneys are damaged.", MISSTATEMENT, ITEM),
    (
        "metformin",
        "Contrast dye used with metformin can harm the kidneys, so you may pause it around the scan.",
        MISSTATEMENT,
        ITEM,
    ),
    ("metformin", "X-ray dye can cause kidney injury; stop metformin before the scan.", MISSTATEMENT, ITEM),
    ("metformin", "Metformin is removed by the kidneys, which is why your doctor tests your kidney function.", MISSTATEMENT, ITEM),
    ("metformin", "Metformin can cause lactic acidosis in people with kidney disease.", MISSTATEMENT, ITEM),
    ("metformin", "Metformin does not damage your kidneys.", MISSTATEMENT, ITEM),
]
