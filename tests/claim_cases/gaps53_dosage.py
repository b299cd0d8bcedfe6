"""Dosage classes from the fourteenth stop: the same count again at each of several later parts of
the day, and a person moved up to a dose.

- "the big 1000 mg tablets, one with breakfast, one with lunch and one with dinner" (holdout46 i02):
  every count after the first is one more, so three tablets, 3,000 mg of metformin a day; the repeat
  had counted only the second.
- "my doctor moved me up to the 1000 mg tablets": a person moved up to a dose is on it; "up to" after
  me, him, her, us or them is no ceiling.

- A dose, or a dose taken again, judged too much later in its clause is a warning against it, not a dose
  given: "Taking your 15 mg tablet and then another one a few hours later would be far too much", "one
  more 1000 mg tablet at bedtime is way over the limit"; one shared reading of "judged unsafe" for
  amounts, counts and sums.

- Doses at two parts of the day with the second tablet said as "one": "two 100 mg tablets in the
  morning and a 50 mg one at night" (holdout53 b08: 250 mg of sertraline a day).
- One tablet named by its amount and product ("one 100 mg generic", "a 100 mg Viagra") in a paragraph
  naming no drug, then "another half tablet" or "another half" a few hours in, the clause going on
  with "and" (holdout54 a08: 150 mg of sildenafil in a day).

Near misses: the same list within the maximum, a ceiling said with "up to", a list of two; a sum that is
taken, or judged fine ("is not too much"), or the judgement on another amount after "but"."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "metformin",
        "At my last checkup my doctor moved me up to the big 1000 mg tablets, one with breakfast, one with lunch and one with dinner.",
        ABOVE_MAX,
        "error",
    ),
    ("metformin", "She takes the 1000 mg tablets, one with breakfast, one with lunch and one with supper.", ABOVE_MAX, "error"),
    ("metformin", "The nurse bumped him up to 1000 mg tablets: one at breakfast, one at lunch, and one at dinner.", ABOVE_MAX, "error"),
    ("metformin", "Her GP put her up to 3,000 mg a day last spring.", ABOVE_MAX, "error"),
    ("meloxicam", "I took my 15 mg tablet and then another one a few hours later.", ABOVE_MAX, "error"),
    ("meloxicam", "Taking 30 mg a day is not too much for most adults.", ABOVE_MAX, "error"),
    ("meloxicam", "Taking 30 mg a day is fine but 45 mg would be too much.", ABOVE_MAX, "error"),
    ("sertraline", "These days he's on two 100 mg tablets with breakfast and a 50 mg one at bedtime.", ABOVE_MAX, "error"),
    (
        "sildenafil",
        "Sildenafil is old.\n\nMy usual: one 100 mg generic about an hour before. If it's slow, I take another half and it gets there.",
        ABOVE_MAX,
        "error",
    ),
    (
        "sildenafil",
        "Sildenafil is old.\n\nHis routine is a 100 mg Viagra before dinner, then another half tablet a couple of hours later.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    ("metformin", "My doctor moved me up to the 850 mg tablets, one with breakfast, one with lunch and one with dinner.", ABOVE_MAX),
    ("metformin", "My doctor moved me up to the 1000 mg tablets, one with breakfast and one with dinner.", ABOVE_MAX),
    ("metformin", "Your doctor may go up to 2,550 mg a day, split over three meals.", ABOVE_MAX),
    ("metformin", "Some adults take up to 2,550 mg a day, one 850 mg tablet with each meal.", ABOVE_MAX),
    ("meloxicam", "Taking your 15 mg tablet and then another one a few hours later would be far too much.", ABOVE_MAX),
    ("meloxicam", "Swallowing a 15 mg tablet and a second one that afternoon is way over the limit.", ABOVE_MAX),
    ("metformin", "She takes 1000 mg twice a day, and one more 1000 mg tablet at bedtime would be too much.", ABOVE_MAX),
    ("meloxicam", "Adding a 7.5 mg tablet to your usual 15 mg counts as an overdose.", ABOVE_MAX),
    ("meloxicam", "Two of the 15 mg tablets in one hit isn't safe.", ABOVE_MAX),
    ("zolpidem", "Taking a 10 mg tablet and another one in the middle of the night is a really bad idea.", ABOVE_MAX),
    ("sertraline", "These days he's on two 50 mg tablets with breakfast and a 50 mg one at bedtime.", ABOVE_MAX),
    (
        "sildenafil",
        "Sildenafil is old.\n\nMy usual: one 50 mg generic about an hour before. If it's slow, I take another half and it gets there.",
        ABOVE_MAX,
    ),
    (
        "sildenafil",
        "Sildenafil is old.\n\nMy usual: one 100 mg generic about an hour before. Wait another half an hour before judging it.",
        ABOVE_MAX,
    ),
]
