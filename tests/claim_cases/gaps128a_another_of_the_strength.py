"""False-error class (noticed at the twenty-sixth stop, helper n): a bare number after "another" said of a dose taken
again, read as a count of tablets. "She swallows a 15 mg tablet with breakfast, then another 15 with dinner" was read as
fifteen more tablets (240 mg of meloxicam); "another 7.5 at night" as seven more (60 mg); "take a 400 mg tablet, then
another 400 four hours later" as 16,400 mg of ibuprofen. A number that is the tablet's strength is one more tablet of
it; a number that cannot be a count (a decimal, or more than twelve) is an amount in the strength's unit; a small whole
number is still a count ("then four more at night"), and so is the dose's own count again ("two 2 mg tablets ... then
another 2").

Still reported: the same wordings above the label maximum, and counts that are."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the wording as helper n found it: twice the maximum of 15 mg, an error still (30 mg, not 240 mg)
    (
        "meloxicam",
        "Mobic tablets are 7.5 mg or 15 mg. She swallows a 15 mg tablet with breakfast, then another 15 with dinner.",
        ABOVE_MAX,
        "error",
    ),
    # other voices: a decimal strength above the maximum, a count more, a strength in micrograms
    ("meloxicam", "Grandad takes two 7.5 mg tablets in the morning and another 7.5 at teatime.", ABOVE_MAX, "error"),
    ("meloxicam", "I take a 7.5 mg tablet at breakfast and then 4 more at night when the knees are bad.", ABOVE_MAX, "error"),
    ("meloxicam", "Mum takes a 15 mg Mobic at breakfast and another 15 before bed.", ABOVE_MAX, "error"),
    ("zolpidem", "She takes one 10 mg tablet at bedtime and another 10 at 3 a.m. if she wakes.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("meloxicam", "She takes one 7.5 mg tablet in the morning and another 7.5 at night.", ABOVE_MAX),
    ("meloxicam", "A 7.5 mg tablet with breakfast, then another 7.5 with dinner, is the most the label allows.", ABOVE_MAX),
    ("ibuprofen", "Take a 400 mg tablet, then another 400 four hours later if you still need it.", ABOVE_MAX),
    ("ibuprofen", "A 200 mg tablet first; another 200 after lunch if the headache comes back.", ABOVE_MAX),
    ("amlodipine", "He took a 5 mg tablet in the morning and another 2.5 at night for a week.", ABOVE_MAX),
    ("levothyroxine", "She takes one 50 mcg tablet each morning; her sister takes another 50 at the same time of day.", ABOVE_MAX),
]
