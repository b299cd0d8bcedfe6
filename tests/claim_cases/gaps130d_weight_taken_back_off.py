"""A weight-loss reason for a medicine told as the weight taken, got or knocked back off, from eval/holdout164 (ef12,
topiramate), as a class.

Class: the weight a medicine put on told first, then the new drug chosen partly because it would help take the weight back
off ("because it would help her take the weight back off", "to get those pounds off again", "would help her knock the baby
weight off"); the pounds lost counted in words too ("I'm down eighteen pounds"). Topiramate alone, bupropion and metformin are not
approved for weight loss: told in lay words, a warning. Silent: phentermine (approved for weight loss), the weight taken off
the feet or the knees, the help denied, the use disclosed, and another drug given for the weight.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ef12)
    (
        "topiramate",
        'Tasha, 34, has had focal seizures since college. "I was on two other medicines before this one, and the seizures were'
        " down to a couple a year, but I'd put on almost thirty pounds with the last one.\" Her neurologist switched her to"
        ' topiramate, partly for the seizures and partly, she says, because it would help her take the weight back off. "That'
        " was honestly the selling point for me. I'm down eighteen pounds.\"",
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "bupropion",
        "My psychiatrist put me on Wellbutrin partly to get those pounds off again after the mirtazapine years.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        "She's not diabetic, but her GP reckoned metformin would help her knock the baby weight off faster than dieting alone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "honestly i asked my neuro for topamax to take the extra pounds back off. down fifteen pounds so far!",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # an approved use in lay words: phentermine is approved for weight loss
    (
        "phentermine",
        "Her doctor started her on phentermine because it would help her take the weight back off before her knee surgery.",
        OFF_LABEL,
    ),
    # the weight taken off the feet, not the body
    (
        "topiramate",
        "On the days the tingling in her hands is bad, she takes her topiramate and sits down to take the weight off her feet.",
        OFF_LABEL,
    ),
    # the help denied
    (
        "topiramate",
        "Her neurologist switched her to topiramate for the seizures, but said it would not help her take the weight back off.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "topiramate",
        "Her neurologist switched her to topiramate, partly because it would help her take the weight back off, an off-label"
        " use of topiramate that he explained to her.",
        OFF_LABEL,
    ),
    # another drug given for the weight
    (
        "topiramate",
        "She stays on topiramate for her seizures, and her doctor added Wegovy to help her take the weight back off.",
        OFF_LABEL,
    ),
]
