"""Off-label uses told only by their signs, from eval/holdout84 (bd01, bd03), as classes.

- Weight told by the clothes: a person whose clothes no longer close or go on ("none of her pre-pregnancy jeans would
  button", "his work trousers wouldn't fasten", "couldn't squeeze into any of his old suits", "gone up two dress sizes"),
  then given the drug; or, said of the drug, back in the old clothes or the snacking gone ("back in her old size 10
  jeans", "barely thinks about biscuits"). Not the appetite lost as a side effect ("I barely think about food until
  dinner"), not clothes grown loose, not a child's growth, not the drug given for an approved use (Vyvanse for ADHD,
  phentermine for weight).
- Acne told by its signs with the creams that failed: the spots along chin and jaw before each period "and no cream
  touched them", "but none of the washes worked", "nothing the chemist sold helped", then the drug given: the failed try
  is more of the trouble, not the story turned. Not when the spots cleared before, not the drug given for an approved
  use, not when disclosed as off-label.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_VYVANSE = "Vyvanse treats ADHD and binge-eating disorder. "
_ALDACTONE = "Spironolactone treats heart failure, high blood pressure and fluid build-up. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (bd01)
    (
        "lisdexamfetamine",
        "My friend Jess doesn't have ADHD and has never binged in her life. But after her second baby she hated how none of"
        " her pre-pregnancy jeans would button, and her doctor put her on Vyvanse 30 mg in March. By June she was back in"
        " her old size 8s and says she barely thinks about snacks anymore.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "After the twins, Dana's work trousers wouldn't fasten any more. Her GP started her on topiramate in the spring.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "Topiramate prevents migraine. Her trousers would no longer fasten after the baby, and her neurologist prescribed topiramate.",
        OFF_LABEL,
        "warning",
    ),
    ("metformin", "He couldn't squeeze into any of his old suits, so his doctor put him on metformin.", OFF_LABEL, "warning"),
    (
        "bupropion",
        "Over the winter she had gone up two dress sizes. Last March her doctor prescribed her bupropion.",
        OFF_LABEL,
        "warning",
    ),
    ("lisdexamfetamine", _VYVANSE + "Three months on Vyvanse and she is back in her old size 10 jeans.", OFF_LABEL, "warning"),
    ("methylphenidate", "Since starting Ritalin my aunt barely thinks about biscuits any more.", OFF_LABEL, "warning"),
    # the draft's own wording (bd03)
    (
        "spironolactone",
        "Every month, the week before her period, deep sore spots would come up across her chin and along her jaw, and no"
        " cream touched them. Her dermatologist started her on spironolactone 50 mg a day last winter. She came in last week"
        " to pick up her refill, beaming: the spots have mostly stopped coming back and she has thrown out the concealer stick.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Each month, right before her period, painful spots would erupt along her jawline, and nothing the chemist sold"
        " helped. Her GP started her on spironolactone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Angry cystic bumps would pop up on her chin, but none of the washes worked. The dermatologist put her on spironolactone 100 mg.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Deep sore lumps came up along her jaw before every period and no cream or gel ever touched them, so her"
        " dermatologist prescribed spironolactone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Her chin broke out before every period, and the antibiotic gels never made a dent. Last spring her doctor started"
        " her on spironolactone.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the appetite lost, a side effect
    ("lisdexamfetamine", _VYVANSE + "It can kill your appetite, so some people lose weight.", OFF_LABEL),
    ("lisdexamfetamine", _VYVANSE + "On Vyvanse I barely think about food until dinner, so I set an alarm to eat lunch.", OFF_LABEL),
    # the approved use named in the giving
    (
        "lisdexamfetamine",
        _VYVANSE + "After the baby none of her jeans would button. Her psychiatrist started her on Vyvanse for her ADHD.",
        OFF_LABEL,
    ),
    (
        "phentermine",
        "Phentermine is used short term for weight loss in obesity. After the baby none of her jeans would button, so her"
        " doctor prescribed phentermine.",
        OFF_LABEL,
    ),
    # clothes grown loose, a child's growth, and the old clothes back without the drug
    (
        "mirtazapine",
        "She had lost so much that her jeans hung off her, so her doctor started her on mirtazapine.",
        OFF_LABEL,
    ),
    ("methylphenidate", "He had gone up two shoe sizes this year, and his doctor started him on Ritalin.", OFF_LABEL),
    ("lisdexamfetamine", _VYVANSE + "After a summer of long walks, my sister is back in her old size 10 jeans.", OFF_LABEL),
    # the spots gone before the drug, given for its approved use, or disclosed as off-label
    (
        "spironolactone",
        _ALDACTONE + "Deep sore spots would come up along her jaw before her period, but they cleared by themselves. Her"
        " doctor later started her on spironolactone.",
        OFF_LABEL,
    ),
    (
        "spironolactone",
        _ALDACTONE + "Spots came up along her jaw every month, and no cream touched them. Her cardiologist started her on"
        " spironolactone for heart failure.",
        OFF_LABEL,
    ),
    (
        "spironolactone",
        _ALDACTONE + "Deep sore spots would come up along her jaw, and no cream touched them. Her dermatologist started her"
        " on spironolactone, which is an off-label use for acne.",
        OFF_LABEL,
    ),
]
