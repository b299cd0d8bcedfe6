"""Asleep timed by a moment of the bedtime routine ("I'm out cold before I've finished brushing my teeth", eval/holdout131 cy09),
like "before I'd got home from the chemist": inferred, a warning. Near misses: a dosing time told by the same moments ("Take it
after you've finished brushing your teeth"), a condition."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "zolpidem",
        "Honestly? I'm out cold before I've finished brushing my teeth. Five minutes, tops.",
        RAPID,
        "warning",
    ),
    ("zolpidem", "She's fast asleep before she's finished her prayers.", RAPID, "warning"),
    ("eszopiclone", "I'm drifting off before I've even finished the crossword.", RAPID, "warning"),
    ("zolpidem", "You'll be asleep before you've washed your face.", RAPID, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("zolpidem", "Take it after you've finished brushing your teeth.", RAPID),
    ("zolpidem", "If you're still awake after you've finished the crossword, don't take another.", RAPID),
    ("zolpidem", "Brush your teeth and wash your face first, then take it in bed.", RAPID),
]
