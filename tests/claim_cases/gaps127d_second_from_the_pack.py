"""A second tablet the same day told as taken out of its pack (miss in eval/holdout137 de04): "I took my capsule at 7
a.m., and when it wore off around two I'd swallow a second one from the bottle", the 37.5 mg capsule named in the
paragraph before (75 mg of phentermine a day, maximum 37.5 mg). "From the bottle", "from the pack", "from the box": two
tablets that day. Near misses: another medicine "from the same family", a second tablet forbidden, two within the maximum.

Each case is the body of one article about one drug; the assertion is what its writer would see."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a dose the writer must see.
SHOULD = [
    (
        "phentermine",
        "My doctor started me on the 37.5 mg capsule in January, after my BMI came in at 34.\n\nBy week three the afternoon "
        "hunger was back with a vengeance. I took my capsule at 7 a.m., and when it wore off around two I'd swallow a second one "
        "from the bottle. Two a day got me through the evening snacking.",
        ABOVE_MAX,
        "error",
    ),
    ("phentermine", "She's on the 37.5 mg tablets. Most afternoons she takes another one from the pack.", ABOVE_MAX, "error"),
    ("zolpidem", "I use the 10 mg tablets. If I wake at 3 a.m. I take a second one from the box on my nightstand.", ABOVE_MAX, "error"),
    ("cetirizine", "My tablets are 10 mg. When the pollen is bad I pop another tablet from the packet after lunch.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    ("sertraline", "I'm on the 50 mg tablets. Prozac is another one from the same family.", ABOVE_MAX),
    ("phentermine", "She's on the 37.5 mg tablets. Never take a second one from the bottle the same day.", ABOVE_MAX),
    ("phentermine", "My doctor started me on the 15 mg capsule. In the afternoon I'd swallow a second one from the bottle.", ABOVE_MAX),
    ("zolpidem", "I use the 5 mg tablets. If I wake at 3 a.m. I take a second one from the box on my nightstand.", ABOVE_MAX),
]
