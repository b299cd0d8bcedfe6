"""Raynaud's phenomenon told only by its signs, from eval/holdout123 (cq02, amlodipine), as a class.

Class: fingers or toes going white ("chalk-white", "snow-white", "paper-white": the shade joined by a hyphen), then blue
or red, set off by the cold told after a comma ("..., then blue, whenever she takes something out of the freezer"), or
the purpose told as the blood kept reaching the fingers ("to keep the blood reaching her fingertips", "to help get the
circulation back into their fingers"), then the drug given. All lay words: a warning. Silent: the same signs as a side
effect to report (atenolol, amlodipine), gloves worn for the same purpose, blood flowing "more easily" (how it lowers
blood pressure), circulation in the legs, blood to the heart muscle in angina (approved), white fingers from a fright that passed.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (cq02)
    (
        "amlodipine",
        "My neighbour Jean is a good example. Every winter her fingers go chalk-white, then blue, whenever she takes something"
        " out of the freezer or waits at the bus stop, and they throb bright red as they warm up. Her doctor now starts her on"
        " 5 mg of amlodipine each November to keep the blood reaching her fingertips, and she says it's made her mornings"
        " bearable.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: the shade joined by a hyphen, the cold after a comma
    (
        "amlodipine",
        "In January my fingers turned paper-white, then blue, every time I reached into the fridge at work, and they'd throb"
        " for ages afterwards. My GP suggested amlodipine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amlodipine",
        "When I hold a cold drink my fingertips go snow-white and numb, then burn red as they thaw. My rheumatologist"
        " prescribed amlodipine, and this winter has been much easier.",
        OFF_LABEL,
        "warning",
    ),
    # ... the purpose told as the blood kept reaching the fingers
    (
        "amlodipine",
        "Some people take a low dose of amlodipine through the colder months to help get the circulation back into their fingers.",
        OFF_LABEL,
        "warning",
    ),
    ("amlodipine", "Grandad takes amlodipine every winter to keep the blood flowing to his fingers and toes.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the signs as a side effect to report
    (
        "atenolol",
        "Atenolol can make your hands and feet feel cold. If your fingers go white or numb in the cold, tell your doctor.",
        OFF_LABEL,
    ),
    (
        "amlodipine",
        "Tell your doctor if your fingers or toes turn chalk-white, then blue, in the cold while you take amlodipine.",
        OFF_LABEL,
    ),
    # the purpose served by something else, or said of the blood pressure, the legs or the heart
    ("amlodipine", "Wear gloves to keep the blood reaching your fingertips on cold mornings.", OFF_LABEL),
    (
        "amlodipine",
        "Amlodipine relaxes your blood vessels so blood flows through them more easily, which lowers your blood pressure.",
        OFF_LABEL,
    ),
    ("amlodipine", "Exercise helps improve circulation in your legs, and amlodipine helps with your blood pressure.", OFF_LABEL),
    ("amlodipine", "Amlodipine is used for high blood pressure. It helps get blood flowing to the heart muscle in angina.", OFF_LABEL),
    # white fingers from fright, then the approved use
    (
        "amlodipine",
        "Her fingers went chalk-white with fright when the dog ran into the road, but they were pink again a minute later."
        " Her doctor started her on amlodipine for her blood pressure.",
        OFF_LABEL,
    ),
]
