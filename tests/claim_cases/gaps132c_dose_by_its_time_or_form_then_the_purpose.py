"""The drug told by its dose of a time of day or as the tablets someone stays on, then an off-label purpose; and sleeplessness
lain in the dark until the small hours, from eval/holdout179 (eu09, clonazepam), holdout177 (es02, amphetamine mixed salts) and
holdout180 (ev03, quetiapine), as a class.

Class: in a sentence naming no drug, the drug is "the evening tablet", "the bedtime dose", "her morning capsule" (moved, given,
taken), or "the capsules" someone stays, is kept or keeps on ("she was welcome to stay on the capsules partly to help her slim
down", "kept him on the tablets"); the purpose after it is then that drug's use. And the night lain "in the dark" until two or
three in the morning is sleeplessness, so a bedtime prescription after it is a sleep use. Told in lay words or inferred from a
story: a warning. Silent: an approved use told the same way, the dose moved to spare a side effect, another drug named, and a
disclosure.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (eu09, es02, ev03)
    (
        "clonazepam",
        "The nights are still the hard part. She lies there wide awake past two, then she's up and down the landing until the"
        " birds start. So Dr. Castillo has moved the evening tablet to right before bed, to help her get off to sleep and stay"
        " down for the night, and it's working.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amphetamine mixed salts",
        "The edge it took off her appetite meant the evening grazing stopped. When she mentioned it at her three-month visit, her"
        " psychiatrist said she was welcome to stay on the capsules partly to help her slim down before her sister's wedding.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Marisol's husband, Dev, a baker, has spent years lying in the dark until two or three in the morning, then dragging"
        " himself to the ovens at five. Last winter their family doctor wrote him a prescription of his own: a small 25 mg"
        " quetiapine tablet at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    ("mirtazapine", "My GP gives me the bedtime dose so I can drift off without lying there for hours.", OFF_LABEL, "warning"),
    (
        "lisdexamfetamine",
        "Once the diet stalled, my doctor kept me on the capsules for another month so I could drop a dress size.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "Grandad lies in the dark till three most nights, so the nurse practitioner started him on trazodone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        "She keeps taking the tablets partly to shift a few pounds before the wedding.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the approved use told the same way
    (
        "clonazepam",
        "Dr. Castillo has moved the evening tablet to right before bed, to keep her panic attacks at bay overnight.",
        OFF_LABEL,
    ),
    (
        "amphetamine mixed salts",
        "Her psychiatrist said she was welcome to stay on the capsules to help with her ADHD at work.",
        OFF_LABEL,
    ),
    # the dose moved to spare a side effect
    (
        "bupropion",
        "Her doctor moved the evening tablet to the morning so it doesn't keep her awake.",
        OFF_LABEL,
    ),
    # another drug named in the sentence
    (
        "quetiapine",
        "Dev has spent years lying in the dark until two or three in the morning. His doctor prescribed zopiclone at bedtime.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "quetiapine",
        "Dev spent years lying in the dark until three. His doctor prescribed a small quetiapine tablet at bedtime, an off-label"
        " use for sleep.",
        OFF_LABEL,
    ),
]
