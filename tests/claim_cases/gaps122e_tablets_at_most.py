"""Missed class (holdout122 cp05): tablets taken every so many hours, then a ceiling in tablets with no day said ("one
every four hours as long as the burning lasts, up to five tablets"), the strength named in the sentence before (Maximum
Strength 20 mg): five tablets, 100 mg of famotidine a day, above the prescription 80 mg (a heartburn page's dose: not held
to Zollinger-Ellison's 640 mg).

Still silent: the ceiling within the maximum, a ceiling of days ("for up to five days"), a ceiling of tablets at a time,
the smaller strength's tablets within its maximum."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's wording
    (
        "famotidine",
        "For everyday heartburn, take one Maximum Strength 20 mg tablet with water when the burning starts, or 15 to 60 minutes "
        "before a meal you know sets you off. On a bad day you can take one every four hours as long as the burning lasts, up "
        "to five tablets.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "ibuprofen",
        "The tablets are 200 mg. When the pain is bad, take two every four hours, but no more than twelve tablets.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "famotidine",
        "Our heartburn tablets are 20 mg each. Take one every four hours while symptoms continue, to a maximum of five tablets.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "naproxen",
        "Aleve caplets are 220 mg. Take one every 4 hours while the pain lasts, up to five caplets, if you need to.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # within the maximum
    ("famotidine", "Our heartburn tablets are 20 mg. Take one every four hours while the burning lasts, up to two tablets.", ABOVE_MAX),
    ("famotidine", "Pepcid AC tablets are 10 mg. Take one every four hours while the burning lasts, up to four tablets.", ABOVE_MAX),
    # days, tablets at a time
    ("famotidine", "Our heartburn tablets are 20 mg. Take one every twelve hours for up to five days.", ABOVE_MAX),
    (
        "famotidine",
        "Our heartburn tablets are 20 mg. Take one every twelve hours, up to two tablets at a time if your doctor says.",
        ABOVE_MAX,
    ),
]
