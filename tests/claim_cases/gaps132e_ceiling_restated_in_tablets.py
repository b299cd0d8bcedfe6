"""A day's ceiling said again in tablets of a strength, from eval/holdout176 (er09, famotidine) and eval/holdout182 (ex07,
sumatriptan), as a class.

Class: a ceiling for the day restated as tablets at a strength is that ceiling, not one dose taken at once: after a ceiling
in tablets ("Don't take more than 2 tablets in 24 hours, so two of the 20 mg tablets is the daily limit", "No more than 2
tablets in 24 hours, i.e. two of the 20 mg tablets") or in mg, given as an example ("no more than 200 mg in 24 hours, so for
example two 100 mg tablets", "e.g. four 50 mg tablets", "so say six 200 mg tablets"), or named the day's ceiling after it
("Two 100 mg tablets is your 24-hour maximum"). Still reported: a restated ceiling above the label's day ("Three 100 mg
tablets is the daily limit"), an example that is more than the ceiling, a zolpidem ceiling of 10 mg "say two of the 10 mg
tablets", and tablets named the most at one time above the label's single dose.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("sumatriptan", "Three 100 mg tablets is the daily limit, my neurologist said.", ABOVE_MAX, "error"),
    ("sumatriptan", "Four of the 50 mg tablets, and that's the most you can take at one time.", ABOVE_MAX, "error"),
    ("sumatriptan", "The label lets you take up to 200 mg in a day, so for example three 100 mg tablets.", ABOVE_MAX, "error"),
    (
        "zolpidem",
        "The most you should take is 10 mg a night, so say two of the 10 mg tablets if the first doesn't work.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wordings (er09, ex07)
    (
        "famotidine",
        "- **Pepcid AC (10 mg) or Maximum Strength (20 mg):** one tablet with a glass of water when you have symptoms, or 15 to"
        " 60 minutes before food that gives you heartburn. Don't take more than 2 tablets in 24 hours, so two of the 20 mg"
        " tablets is the daily limit.\n- **Don't use the OTC version for more than 14 days in a row** without talking to your"
        " doctor.",
        ABOVE_MAX,
    ),
    (
        "sumatriptan",
        "Dosing, because you always ask. Tablets come in 25, 50 and 100 mg. If the headache comes back, you can take another"
        " dose two hours after the first. The label says no more than 200 mg in 24 hours, so for example two 100 mg tablets,"
        " and that's the ceiling.",
        ABOVE_MAX,
    ),
    # new wordings, other voices
    ("sumatriptan", "Two 100 mg tablets is your 24-hour maximum, spread out at least two hours apart.", ABOVE_MAX),
    ("sumatriptan", "Never take more than 200 mg in a day, e.g. four 50 mg tablets spread over the day.", ABOVE_MAX),
    ("ibuprofen", "The OTC limit is 1,200 mg in 24 hours, so say six 200 mg tablets across the day.", ABOVE_MAX),
    ("famotidine", "No more than 2 tablets in 24 hours, i.e. two of the 20 mg tablets.", ABOVE_MAX),
    (
        "famotidine",
        "Pepcid AC Maximum Strength: two of the 20 mg tablets is the most anyone should take in a day.",
        ABOVE_MAX,
    ),
    (
        "acetaminophen",
        "Don't go over 8 caplets in 24 hours, so eight of the 500 mg caplets is the most for the whole day.",
        ABOVE_MAX,
    ),
    # another drug's tablets
    ("sumatriptan", "Don't take more than 2 tablets in 24 hours, so two of the 500 mg naproxen tablets is the daily limit.", ABOVE_MAX),
]
