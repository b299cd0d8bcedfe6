"""Weight loss told by the scale and the pounds (eval/holdout112 cf05), as a class.

- A drug given after the weight gained is told by the scale or the pounds, not the word "weight loss": "after menopause the
  scale crept up 30 pounds and nothing moved it. A clinic doctor prescribed her 10 mg of Adderall", "the number on the
  bathroom scales kept climbing", "he had put on two stone"; or given to stop the eating: "to switch off the snacking",
  "to shut off the late-night grazing".
- Not weight or appetite lost as a side effect ("you may eat less and lose a few pounds"), not weight gained on another
  medicine ("put on 20 pounds on quetiapine"), not a drug approved for it (phentermine, Wegovy), not a warning against it.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_ADDERALL = "Adderall treats ADHD. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "amphetamine-mixed-salts",
        "Not everyone who asks for it has ADHD. Denise, a 52-year-old nurse, told us that after menopause the scale crept up "
        '30 pounds and nothing moved it. A clinic doctor prescribed her 10 mg of Adderall each morning "to switch off the '
        'snacking." She lost 22 pounds by summer and says she would do it again.',
        OFF_LABEL,
        "warning",
    ),
    (
        "amphetamine-mixed-salts",
        "After her second baby the number on the bathroom scales kept climbing. Her GP prescribed Adderall to curb the evening snacking.",
        OFF_LABEL,
        "warning",
    ),
    ("topiramate", "Her neurologist put her on topiramate to shut off the late-night grazing.", OFF_LABEL, "warning"),
    (
        "metformin",
        "Since lockdown he had put on two stone, and nothing his trainer tried shifted it. His doctor started him on metformin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amphetamine-mixed-salts",
        _ADDERALL + "The scale went up another 15 pounds after Christmas, so her doctor prescribed Adderall.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("amphetamine-mixed-salts", _ADDERALL + "You may eat less and lose a few pounds on Adderall.", OFF_LABEL),
    ("amphetamine-mixed-salts", _ADDERALL + "Do not use it to lose weight or to switch off the snacking.", OFF_LABEL),
    ("amphetamine-mixed-salts", _ADDERALL + "Some people gain 5 pounds back after stopping it.", OFF_LABEL),
    (
        "phentermine",
        "After menopause the scale crept up 30 pounds and nothing moved it. Her doctor prescribed phentermine to switch off the snacking.",
        OFF_LABEL,
    ),
    ("semaglutide", "The scale had crept up 40 pounds since her knee surgery. Her doctor prescribed Wegovy.", OFF_LABEL),
    (
        "aripiprazole",
        "Aripiprazole treats schizophrenia. She put on 20 pounds on quetiapine. Her doctor switched her to aripiprazole.",
        OFF_LABEL,
    ),
]
