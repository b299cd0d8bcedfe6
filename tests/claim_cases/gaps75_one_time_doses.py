"""A dose the label gives once (clopidogrel's 300 mg loading dose, `one_time: true`) is no allowance for a regimen
taken every day or several times a day (holdout76 av06: "each tablet is 75 mg. Take 1 tablet in the morning and
1 tablet in the evening, every day" = 150 mg a day; the maintenance maximum is 75 mg).

Still silent: the loading dose itself, told once ("4 tablets together (300 mg). This is one time only.", "a 300 mg
loading dose on day one"), the maintenance dose, and a daily total said not to be taken."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "clopidogrel",
        "From the second day, at home: each tablet is 75 mg. Take 1 tablet in the morning and 1 tablet in the evening, "
        "every day, with water.",
        ABOVE_MAX,
        "warning",
    ),
    ("clopidogrel", "After the first day, take two 75 mg tablets every day.", ABOVE_MAX, "error"),
    ("clopidogrel", "Keep going with 150 mg of clopidogrel daily after the stent.", ABOVE_MAX, "error"),
    ("clopidogrel", "Take 75 mg twice a day with food.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "clopidogrel",
        "In the hospital, on the first day, some patients receive 4 tablets together (300 mg). This is one time only.",
        ABOVE_MAX,
    ),
    ("clopidogrel", "On day one you get a 300 mg loading dose; after that, 75 mg once a day.", ABOVE_MAX),
    ("clopidogrel", "Take one 75 mg tablet every day.", ABOVE_MAX),
    ("clopidogrel", "Never take 150 mg a day.", ABOVE_MAX),
]
