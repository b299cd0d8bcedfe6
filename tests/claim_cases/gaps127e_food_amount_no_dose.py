"""False error (holdout135 dc13): an amount of food, sugar, glucose or drink is no dose of the drug, with "of" or without
it: "eat or drink 15 grams fast sugar at once (half a glass of juice or normal soda, or 4 glucose tablets)" in a glipizide
handout was read as 15,000 mg of glipizide. Also "15 to 20 grams of fast-acting sugar", "15 g glucose gel", "16 g
dextrose tablets", "120 mL juice".

Still caught: an amount of the drug taken with sugar, juice or water ("Take 50 mg with a glass of juice", "3 grams with
water"), and the drug named after the amount ("60 mg glipizide with breakfast")."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("glipizide", "Take 50 mg with a glass of juice every morning.", ABOVE_MAX, "error"),
    ("glipizide", "He took 60 mg with sugar at breakfast to stop the lows, which made it worse.", ABOVE_MAX, "error"),
    ("metformin", "Take 3 grams with water each morning.", ABOVE_MAX, "error"),
    ("glipizide", "My uncle takes 60 mg glipizide with breakfast every day.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # the draft's own wording
    (
        "glipizide",
        "**Signs of low sugar:** shaking, sweating, fast heart, hungry, headache.\n\n**What to do:** eat or drink 15 grams fast "
        "sugar at once (half a glass of juice or normal soda, or 4 glucose tablets). Check again after 15 minutes.",
        ABOVE_MAX,
    ),
    # other voices: a range with "of", a gel, tablets of dextrose, a drink by volume
    ("glipizide", "If you feel shaky, take 15 to 20 grams of fast-acting sugar right away, then recheck.", ABOVE_MAX),
    ("glipizide", "Keep a tube handy: swallow 15 g glucose gel the moment you feel a low coming on.", ABOVE_MAX),
    ("glipizide", "Mum always carries sweets. When she goes low she chews 16 g dextrose tablets and sits down.", ABOVE_MAX),
    ("glipizide", "For a low, drink 120 mL juice or regular soda, then eat 15 g quick carbs if you are still shaky.", ABOVE_MAX),
    ("metformin", "Aim for about 30 grams fibre a day and take your tablets with the evening meal.", ABOVE_MAX),
]
