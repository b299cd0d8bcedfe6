"""An extra amount of the drug, told by its amount alone, given on wakeful nights so the person drifts off, from eval/holdout204
(ft02, risperidone), as a class.

Class: a dose told only as an extra amount ("another quarter of a milligram", "an extra half milligram", "a further 0.25 mg")
stands for the drug in a sentence that names none; given on the nights someone is still wide awake, for sleep told in lay words
("so he drifts off", "so she drifted off", "so he can drop off") - "drifts" and "drifted off" now count as "drifting off" does.
Risperidone and quetiapine are approved for psychosis, bipolar disorder and autism's irritability, not sleep; a
warning. Silent: the sleepiness as a side effect, another thing's extra amount, drifting off in a meeting, the approved use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ft02)
    (
        "risperidone",
        "Bad nights again. He was still bouncing on the bed and humming at half past twelve, and none of us sleep when Leo"
        " doesn't. I rang the clinic. Dr. Hale said that on the nights he's still wide awake at midnight, we can give him another"
        " quarter of a milligram so he drifts off. We've done it twice.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "quetiapine",
        "On the nights she was still pacing at one, the night nurse gave her an extra 25 mg so she drifted off.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "If he's still awake at eleven, the psychiatrist lets us give him a further 0.25 mg so he drifts off before midnight.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "The ward doctor told us they sometimes give her an extra 12.5 mg at night so she drifts off.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the sleepiness as a side effect
    (
        "risperidone",
        "Since the dose went up by another quarter of a milligram, he drifts off in the car and in class; the pharmacist said"
        " that sleepiness usually eases.",
        OFF_LABEL,
    ),
    # another thing's extra amount
    (
        "risperidone",
        "He takes risperidone in the morning. At night we give him another 500 mg of magnesium so he drifts off.",
        OFF_LABEL,
    ),
    # drifting off in a meeting, a side effect told
    (
        "risperidone",
        "The extra quarter of a milligram made him so tired that he drifted off through most of his lessons.",
        OFF_LABEL,
    ),
    # the approved use
    (
        "risperidone",
        "Dr. Hale said we can give him another quarter of a milligram for the irritability and aggression of his autism.",
        OFF_LABEL,
    ),
]
