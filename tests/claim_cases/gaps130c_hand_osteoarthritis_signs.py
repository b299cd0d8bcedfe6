"""Osteoarthritis of the hands told by its signs, the bony nodes on the finger joints or the wear and tear in a joint, from
eval/holdout161 (ec11, hydroxychloroquine), as a class.

Class: the hard, knobbly or bony swellings, lumps or nodes on the finger joints, knuckles or finger ends ("the hard, knobbly
swellings on her finger joints, the wear-and-tear kind", "bony lumps on my knuckles", "hard, bony nodes at the ends of his
fingers"), gnarled or knobbly fingers, or the wear and tear in a joint ("the wear and tear in her knees"), with a use verb.
Hydroxychloroquine and methotrexate are approved for rheumatoid arthritis, not osteoarthritis: told in lay words, a warning.
Silent: meloxicam (approved for osteoarthritis), knobbly knees or bony hands (a thin person's), the use disclosed, the help
denied, and wear and tear on a car.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ec11)
    (
        "hydroxychloroquine",
        "Marion, who has been in the group since 2015, told us her rheumatologist has now doubled her dose of it to treat the"
        ' hard, knobbly swellings on her finger joints, the wear-and-tear kind her mother had in her seventies. "My hands feel'
        ' less stiff in the mornings already," she said.',
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "hydroxychloroquine",
        "My GP upped my hydroxychloroquine to help with the bony lumps on my knuckles.",
        OFF_LABEL,
        "warning",
    ),
    (
        "hydroxychloroquine",
        "He takes hydroxychloroquine for his gnarled, knobbly fingers now, not just the lupus.",
        OFF_LABEL,
        "warning",
    ),
    (
        "hydroxychloroquine",
        "Her rheumatologist has her on Plaquenil for the wear and tear in her knees.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methotrexate",
        "Dad's GP wants to try methotrexate for the hard, bony nodes at the ends of his fingers.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # an approved use in lay words: meloxicam is approved for osteoarthritis
    (
        "meloxicam",
        "Her doctor put her on meloxicam for the hard, knobbly swellings on her finger joints.",
        OFF_LABEL,
    ),
    # knobbly knees and bony hands: a thin person's
    (
        "hydroxychloroquine",
        "As a child she had knobbly knees. Now she takes hydroxychloroquine for lupus.",
        OFF_LABEL,
    ),
    (
        "hydroxychloroquine",
        "She takes hydroxychloroquine for lupus; since the weight loss her hands look thin and bony.",
        OFF_LABEL,
    ),
    # rheumatoid arthritis, approved
    (
        "hydroxychloroquine",
        "Her rheumatologist prescribes hydroxychloroquine for the swollen, tender knuckles of her rheumatoid arthritis.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "hydroxychloroquine",
        "Her rheumatologist doubled her hydroxychloroquine, off-label, to treat the hard, knobbly swellings on her finger joints.",
        OFF_LABEL,
    ),
    # the help denied
    (
        "hydroxychloroquine",
        "Her rheumatologist said hydroxychloroquine would not help the bony lumps on her knuckles, and suggested a hand therapist.",
        OFF_LABEL,
    ),
    # wear and tear on a car
    (
        "hydroxychloroquine",
        "She takes hydroxychloroquine for lupus. The car's tyres show normal wear and tear in the treads.",
        OFF_LABEL,
    ),
]
