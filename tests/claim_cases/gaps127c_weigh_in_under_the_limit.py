"""Weight cut for a weigh-in, from eval/holdout137 (de01, furosemide), as a class.

Class: a weight limit to get under at a weigh-in as the purpose of a dose ("he swallowed one at 9 p.m. so he could step on
the scale under the limit in the morning", "to weigh in under 70 kg", "so she could come in under the 57 kg limit"); a
clock time ("9 p.m.") between the dose and its purpose no longer hides the purpose. Furosemide is approved for oedema and
high blood pressure; weight loss in lay words is a warning. Silent: the daily weighing of heart failure, a dose kept under a
limit.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_FUROSEMIDE = "Furosemide is a water pill. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (de01)
    (
        "furosemide",
        _FUROSEMIDE + "Last spring one of our lightweight fighters was two and a half pounds over the night before his bout. A"
        " guy at another gym handed him a couple of his dad's Lasix tablets, and he swallowed one at 9 p.m. so he could step on"
        " the scale under the limit in the morning.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    ("furosemide", _FUROSEMIDE + "Fighters sometimes take Lasix to weigh in under the limit.", OFF_LABEL, "warning"),
    (
        "furosemide",
        _FUROSEMIDE + "She took one of her mum's Lasix the night before so she could come in under the 57 kg limit.",
        OFF_LABEL,
        "warning",
    ),
    (
        "furosemide",
        _FUROSEMIDE + "His coach handed him a Lasix on Friday night so he could get on the scales below 70 kg on Saturday.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "furosemide",
        _FUROSEMIDE + "Weigh yourself every morning: step on the scale before breakfast, and call us if you gain more than 2 pounds.",
        OFF_LABEL,
    ),
    (
        "furosemide",
        _FUROSEMIDE + "Take it in the morning so you are not up at night, and keep the dose under the limit your doctor set.",
        OFF_LABEL,
    ),
    ("furosemide", _FUROSEMIDE + "Heart failure patients step on the scale each morning to spot fluid building up.", OFF_LABEL),
    ("furosemide", _FUROSEMIDE + "Take one at 8 a.m. so you are not up all night going to the toilet.", OFF_LABEL),
]
