"""An antihistamine given to make a child sleep, told by not falling asleep (eval/holdout116 cj09).

A situation told in lay words opening the sentence, then the dose given in it, also as advice or to someone: "When the
child is turning in the bed and cannot fall asleep until late, ..., you can give one 10 mg tablet", "If my son can't get
to sleep, I give him half a tablet" (a sleep use of cetirizine, approved only for allergy and hives: a warning). Near
misses: drowsiness as a side effect, "take it at bedtime if it makes you sleepy" (advice for the approved use), the itch
keeping a child awake (the allergy's), a dose moved because the drug itself keeps you up.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
_CETIRIZINE = "Cetirizine relieves hay fever and hives. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (a translated clinic handout)
    (
        "cetirizine",
        _CETIRIZINE + "When the child is turning in the bed and cannot fall asleep until late, also when there is no allergy "
        "at the moment, you can give one 10 mg tablet (age 6 years and more) one hour before bed.",
        OFF_LABEL,
        "warning",
    ),
    ("cetirizine", "When your child cannot fall asleep, give one tablet of cetirizine an hour before bed.", OFF_LABEL, "warning"),
    (
        "cetirizine",
        "If my son can't get to sleep on a school night, I give him half a tablet of Zyrtec.",
        OFF_LABEL,
        "warning",
    ),
    (
        "cetirizine",
        _CETIRIZINE + "On nights when the little one won't settle and keeps getting up, we give her one 5 mg tablet.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("cetirizine", _CETIRIZINE + "Take it at bedtime if it makes you sleepy.", OFF_LABEL),
    ("cetirizine", _CETIRIZINE + "You can take cetirizine in the evening if it makes you drowsy during the day.", OFF_LABEL),
    ("cetirizine", _CETIRIZINE + "If itching keeps your child awake at night, you can give one 10 mg tablet before bed.", OFF_LABEL),
    ("cetirizine", _CETIRIZINE + "If the itch keeps him up at night, you can give one 10 mg tablet before bed.", OFF_LABEL),
    ("cetirizine", _CETIRIZINE + "Cetirizine can cause drowsiness in some children.", OFF_LABEL),
    ("cetirizine", _CETIRIZINE + "When you take cetirizine and cannot fall asleep, take the tablet in the morning instead.", OFF_LABEL),
]
