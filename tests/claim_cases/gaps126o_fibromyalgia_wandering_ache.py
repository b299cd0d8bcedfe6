"""Fibromyalgia told only by its signs, from eval/holdout127 (cu10, low-dose naltrexone), as a class.

Class: an ache that wanders around the whole body or from joint to joint, with a second sign in the same sentence (sleep
that never refreshes, waking as tired as at bedtime, a brain that fogs over, tender spots), before or after it ("an ache
that wanders around your whole body, ... along with sleep that never refreshes you and a brain that fogs over"), then the
drug given (naltrexone is approved only for alcohol and opioid dependence). All lay words: a warning. Silent: a flu's
aching that moves around the body, a fogged brain alone, the drug given for the drinking it is approved for.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (cu10)
    (
        "naltrexone",
        "Do you live with an ache that wanders around your whole body, your neck and shoulders one week and your hips and"
        " thighs the next, along with sleep that never refreshes you and a brain that fogs over by mid-afternoon? Our"
        " clinicians regularly prescribe low-dose naltrexone, 1.5 to 4.5 mg at bedtime, made up by a partner compounding"
        " pharmacy, for members living with exactly that kind of widespread pain.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: the ache moving from joint to joint, the second sign first
    (
        "naltrexone",
        "For three years her pain has moved from joint to joint, and she wakes as tired as she went to bed. Her doctor"
        " prescribed low-dose naltrexone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "The aching roams around my whole body, and my brain fogs over by lunch. My GP prescribed low-dose naltrexone, 1.5 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "I've got a brain that goes foggy every afternoon and a soreness that wanders from one spot to another all over. My"
        " doctor started me on low-dose naltrexone, 3 mg at bedtime.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "naltrexone",
        "With the flu, the aching moved around his whole body for three days. He takes naltrexone for alcohol dependence.",
        OFF_LABEL,
    ),
    (
        "naltrexone",
        "My brain fogs over when I'm tired. My doctor prescribed naltrexone to help me cut down on drinking.",
        OFF_LABEL,
    ),
    (
        "naltrexone",
        "The ache wanders around my body whenever I catch a cold. I take naltrexone for alcohol dependence, one tablet a day.",
        OFF_LABEL,
    ),
]
