"""Fibromyalgia told by its signs, the last of them a tiredness that no amount of sleep or rest fixes, then a drug given, from
eval/holdout162 (ed03, naltrexone), as a class.

Class: aching all over with tender spots, told on with a tiredness "no amount of sleep fixes", "no amount of rest ever
touches", "that no matter how early he goes to bed hangs on": what nothing fixes is more of the trouble, not a turn in the
story, and the sleep that fails to fix it is no sleeplessness (so the giving after it points back at the fibromyalgia, not at
insomnia). Naltrexone is not approved for fibromyalgia: told in lay words, a warning. Still reported: sleep lost ("only two
hours of sleep a night"). Silent: plenty of sleep that is not enough, then a drug for mood; pregabalin (approved for
fibromyalgia); the use disclosed; another drug given for it.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ed03)
    (
        "naltrexone",
        "Marisol's older sister, Inés, had a different reason to be curious. For six years she has lived with aching all over,"
        " tender spots across her shoulders, neck and hips that make a hug painful, and a bone-deep tiredness no amount of"
        " sleep fixes. Her rheumatologist started her on a tiny dose of naltrexone, 4.5 mg at bedtime, made up by a compounding"
        ' pharmacy, to take the edge off those flares. "Some weeks it\'s the difference between getting dressed and not," Inés'
        " says.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "naltrexone",
        "She has ached all over for years, with tender spots along her neck, shoulders and hips, and a tiredness that no amount"
        " of sleep fixes. Her GP started her on a low dose of naltrexone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "For a decade she has hurt everywhere, with tender points along her shoulders and hips, and an exhaustion no amount of"
        " sleep shifts. Her GP prescribed naltrexone at a tiny dose to take the edge off those bad weeks.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "Aching all over, tender spots across his neck and hips, and a fatigue that no matter how early he goes to bed hangs on"
        " all day. So his rheumatologist prescribed naltrexone, 3 mg at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    # sleep lost is still sleeplessness
    (
        "trazodone",
        "She gets only two hours of sleep a night. Her doctor started her on trazodone for it.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # plenty of sleep, not enough: no sleeplessness; the drug given for an approved use
    (
        "trazodone",
        "No amount of sleep seemed enough for him. His doctor prescribed trazodone to lift his mood.",
        OFF_LABEL,
    ),
    # pregabalin is approved for fibromyalgia
    (
        "pregabalin",
        "For six years she has lived with aching all over, tender spots across her shoulders, neck and hips, and a tiredness no"
        " amount of sleep fixes. Her rheumatologist started her on pregabalin.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "naltrexone",
        "For six years she has lived with aching all over, tender spots across her shoulders, neck and hips, and a tiredness no"
        " amount of sleep fixes. Her rheumatologist started her on low-dose naltrexone, an off-label use, to take the edge off"
        " those flares.",
        OFF_LABEL,
    ),
    # another drug given for it
    (
        "naltrexone",
        "For six years she has lived with aching all over, tender spots across her shoulders, neck and hips, and a tiredness no"
        " amount of sleep fixes. Her rheumatologist prescribes duloxetine for it, and she takes naltrexone for her drinking.",
        OFF_LABEL,
    ),
]
