"""Dosage classes from the holdout51-52 scoring.

- Tablets of a combination strength counted as some of a supply: "two of the 10/325 tablets every four
  hours" (holdout51 d06), "a couple of her 10/325s", "one or two of his 7.5/325 tablets"; a count of the
  combination read like "two 10/325 tablets" (20 mg hydrocodone a dose, above one 10 mg tablet).
- A dose taken again some hours later, then one more amount added with "plus": "my 15 mg tablet and then
  another one a few hours later, plus a 7.5 mg" (holdout52 c05: 15 + 15 + 7.5 = 37.5 mg a day, above
  meloxicam's 15 mg); the repeat alone some hours later ("another one a couple of hours after") counts
  too.

Near misses: one tablet of the combination every four hours, the pharmacist's count within the maximum,
counts said not to be taken, the repeat the next day, and the sum at the maximum."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
HC = "hydrocodone-acetaminophen"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (HC, "The nurse wrote it down for us: two of the 10/325 tablets every four hours for the first few days.", ABOVE_MAX, "error"),
    (HC, "Her surgeon's plan was a couple of her 10/325s every six hours when the pain flared.", ABOVE_MAX, "error"),
    (HC, "My dad was told to take three of his Norco 7.5/325 tablets at a time.", ABOVE_MAX, "error"),
    (
        "meloxicam",
        "When my knee flared I swallowed a 15 mg tablet, then another one a couple of hours later, plus a 7.5 mg on top.",
        ABOVE_MAX,
        "error",
    ),
    ("meloxicam", "On the bad days he takes his 15 mg pill and another one a few hours later.", ABOVE_MAX, "error"),
    ("meloxicam", "I had my 7.5 mg tablet, then another one several hours later, plus a spare 7.5 mg from my bag.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    (HC, "The nurse wrote it down for us: one of the 10/325 tablets every four hours for the first few days.", ABOVE_MAX),
    (HC, "Never take two of the 10/325 tablets at once.", ABOVE_MAX),
    (HC, "One of the 5/325 tablets every four to six hours is the usual start.", ABOVE_MAX),
    ("meloxicam", "I take a 7.5 mg tablet in the morning, plus a 7.5 mg one at night, which is the 15 mg maximum.", ABOVE_MAX),
    ("meloxicam", "I took my 7.5 mg tablet and then another one a few hours later.", ABOVE_MAX),
    ("meloxicam", "I took my 15 mg tablet, and another one the next day, plus a 7.5 mg the day after.", ABOVE_MAX),
    ("meloxicam", "My 7.5 mg tablet plus a 7.5 mg one from the old box is the 15 mg maximum.", ABOVE_MAX),
    ("meloxicam", "Don't take your 15 mg tablet and then another one a few hours later.", ABOVE_MAX),
]
