"""Lyme disease told only by its signs, then the drug given (eval/holdout75 au02), as a class.

- The rash told by its ring spreading out from the bite, or like a target however long the telling between ("a red ring
  the size of a saucer had spread out around the bite, clear in the middle like a target"), then a walk-in service giving
  the drug in the next sentence ("Urgent care took one look and gave him amoxicillin", "the walk-in centre prescribed",
  "A&E gave her"). A warning: the condition is the tool's reading of the signs.
- Not Lyme: redness spreading from an infected bite (a skin infection), a ring told without the bite or a target, a ring
  that went away before anything was given, another medicine given.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_AMOXICILLIN = "Amoxicillin is an antibiotic for ear, throat, chest and skin infections. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "amoxicillin",
        _AMOXICILLIN + "Last June my brother came back from a camping weekend with a tick stuck on the back of his calf. About a "
        "week later a red ring the size of a saucer had spread out around the bite, clear in the middle like a target, and he "
        "felt achy. Urgent care took one look and gave him amoxicillin 500 mg three times a day for two weeks.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amoxicillin",
        _AMOXICILLIN + "After our hike a pink circle slowly spread out from the bite on my daughter's knee. The walk-in centre "
        "prescribed amoxicillin for three weeks.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amoxicillin",
        _AMOXICILLIN + "Three days after gardening she noticed a blotch on her thigh that kept growing, with a pale ring around "
        "a darker centre, rather like an archery target. A&E gave her amoxicillin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amoxicillin",
        _AMOXICILLIN + "His rash was the classic bull's-eye after a camping trip. The urgent care centre started him on amoxicillin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "amoxicillin",
        _AMOXICILLIN + "A mosquito bite on his ankle got infected and the redness spread out from the bite up his leg. Urgent "
        "care gave him amoxicillin for the skin infection.",
        OFF_LABEL,
    ),
    (
        "amoxicillin",
        _AMOXICILLIN + "A red ring spread out around the bite, but it faded by the next morning. Urgent care gave him "
        "amoxicillin for his ear infection a month later.",
        OFF_LABEL,
    ),
    (
        "amoxicillin",
        _AMOXICILLIN + "After a tick bite, a red ring spread out around the bite. Urgent care gave him doxycycline, not amoxicillin.",
        OFF_LABEL,
    ),
    (
        "amoxicillin",
        _AMOXICILLIN + "The urgent care doctor gave him amoxicillin for his strep throat.",
        OFF_LABEL,
    ),
]
