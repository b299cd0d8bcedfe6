"""Nerve pain in the hands or feet (after chemotherapy) told only by its signs, from eval/holdout128 (cv05, duloxetine), as
a class.

Class: the cold felt in the fingers or feet ("her fingertips felt as if she were holding ice cubes all day", "his toes
feel like they're packed in ice") or electric jolts in them on a small task ("doing up buttons sent electric jolts into
her hands"), then the drug given (duloxetine is approved for diabetic nerve pain, not chemotherapy's). All lay words: a
warning. Silent: hands like ice after a walk in the snow, a static shock off a car door into one hand, an ice pack on a
knee, electric-shock sensations as a withdrawal effect.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (cv05)
    (
        "duloxetine",
        "The medicine's reputation has spread. After six rounds of chemotherapy for breast cancer, Maria Delgado, 58, found"
        " that her fingertips felt as if she were holding ice cubes all day, and doing up buttons sent electric jolts into her"
        " hands. Her oncologist started her on duloxetine, and within two months she was back to knitting.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: the cold in other words, the jolts on their own
    (
        "duloxetine",
        "Since his chemo finished, Tom says his toes feel like they're packed in ice, even in bed. His oncologist put him on duloxetine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "duloxetine",
        "Every time I fasten my coat, electric shocks shoot through my fingers, and it started halfway through my"
        " chemotherapy. My oncologist prescribed duloxetine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "duloxetine",
        "My hands felt like I was holding a bag of frozen peas all the time after the paclitaxel. The oncologist started me on duloxetine.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "duloxetine",
        "After the long walk home in the snow, her hands felt like ice. Her doctor started her on duloxetine for her depression.",
        OFF_LABEL,
    ),
    (
        "duloxetine",
        "He got an electric shock from the car door into one hand. His doctor started him on duloxetine for depression.",
        OFF_LABEL,
    ),
    ("duloxetine", "The ice pack felt like heaven on my knee. I take duloxetine for my low mood.", OFF_LABEL),
    (
        "duloxetine",
        "Duloxetine can cause electric shock sensations in your hands and feet if you stop it suddenly, so come off it slowly.",
        OFF_LABEL,
    ),
]
