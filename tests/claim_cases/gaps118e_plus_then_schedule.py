"""Two strengths joined by "plus" with the time of day told after the second (holdout116 cj04).

"These days he takes two of the 15 mg tablets plus one 5 mg tablet every morning with breakfast": amounts joined by a
word that adds them ("plus", "+", "along with") with no time of day between, the second told with the time of day or
schedule of both, are one dose taken then (35 mg of aripiprazole each morning, above 30 mg a day). When the schedule
is so many times a day, the day holds at least the first once and the second's day ("one 15 mg tablet plus one 10 mg
tablet twice a day": 35 mg at least).

Still silent: a sum at the maximum, alternatives ("or"), a forbidden sum ("never"), a hypothetical the writer warns
against, a dose given up before the other ("used to take 30 mg, and now ..."), a bare "and" without "together"."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "aripiprazole",
        "Dev's story, since people always ask: after a rough spring his psychiatrist\nbumped him up. These days he takes two of "
        "the 15 mg tablets plus one 5 mg\ntablet every morning with breakfast, and honestly he's been the steadiest we've\n"
        "seen him in years.",
        ABOVE_MAX,
        "error",
    ),
    ("aripiprazole", "My dose is two 10 mg tablets + one 15 mg tablet in the morning.", ABOVE_MAX, "error"),
    ("aripiprazole", "He takes a 30 mg tablet along with a 10 mg tablet at bedtime.", ABOVE_MAX, "error"),
    ("aripiprazole", "Her psychiatrist has her on one 15 mg tablet plus one 10 mg tablet twice a day.", ABOVE_MAX, "error"),
    ("escitalopram", "Mum swallows a 20 mg tablet plus a 10 mg tablet every night before bed.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("aripiprazole", "He takes one of the 15 mg tablets plus one 15 mg tablet every morning.", ABOVE_MAX),
    ("aripiprazole", "He takes one 15 mg tablet plus one 5 mg tablet every morning.", ABOVE_MAX),
    ("aripiprazole", "He takes two of the 15 mg tablets or one 5 mg tablet every morning.", ABOVE_MAX),
    ("aripiprazole", "Never take two of the 15 mg tablets plus one 5 mg tablet every morning.", ABOVE_MAX),
    ("aripiprazole", "He used to take 30 mg, and now takes one 5 mg tablet every morning.", ABOVE_MAX),
    ("aripiprazole", "If your doctor ever suggested two of the 15 mg tablets plus one 5 mg tablet every morning, ask why.", ABOVE_MAX),
    ("escitalopram", "She takes a 10 mg tablet and a 5 mg tablet every night.", ABOVE_MAX),
]
