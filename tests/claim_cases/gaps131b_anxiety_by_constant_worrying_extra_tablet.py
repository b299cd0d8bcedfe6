"""Anxiety told as the worrying that fills the day, for an extra tablet of the drug named before, from eval/holdout167 (ei09,
quetiapine), as a class.

Class: the worrying itself told with how much of the day it fills ("the constant worrying that follows her through the day",
"his non-stop fretting", "the endless worrying"), as the purpose of a dose; the dose may name no drug, a second or extra tablet
of a strength ("her doctor has now added a second small 25 mg tablet in the afternoon", "another 50 mg tablet") after the drug
named earlier in the paragraph. Quetiapine is not approved for anxiety; told in lay words, a warning. Silent: worrying as an
adjective ("a worrying side effect"), the worrying negated, the extra tablet given for the approved bipolar disorder, another
drug's tablet, and the worrying told of a side effect.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ei09)
    (
        "quetiapine",
        "My daughter was diagnosed with bipolar disorder last year and takes Seroquel. Her doctor has now added a second small"
        " 25 mg tablet in the afternoon, to take the edge off the constant worrying that follows her through the day. Is that normal?",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "quetiapine",
        "My husband is on quetiapine for his bipolar disorder. His psychiatrist added another 25 mg tablet at lunchtime for his"
        " non-stop fretting.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Some of our residents take Seroquel at night. The GP sometimes adds an extra 25 mg tablet in the morning to settle the"
        " endless worrying.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "I was put on quetiapine for bipolar disorder. Now I take a small dose of it to ease the constant worrying too.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # "worrying" as an adjective
    (
        "quetiapine",
        "She takes Seroquel for bipolar disorder. Her doctor added a second 25 mg tablet in the afternoon, which is a worrying"
        " change if she gets drowsy at work.",
        OFF_LABEL,
    ),
    # the extra tablet for the approved use
    (
        "quetiapine",
        "She takes Seroquel. Her doctor has now added a second small 25 mg tablet in the afternoon, to keep the manic episodes of"
        " her bipolar disorder at bay.",
        OFF_LABEL,
    ),
    # another drug's tablet for the worrying
    (
        "quetiapine",
        "She takes Seroquel for bipolar disorder. For the constant worrying her doctor prefers talking therapy, not more medicine.",
        OFF_LABEL,
    ),
    # the worrying is the carer's, about a side effect
    (
        "quetiapine",
        "He takes quetiapine for schizophrenia. The constant worrying about his weight gain is mine, not his.",
        OFF_LABEL,
    ),
]
