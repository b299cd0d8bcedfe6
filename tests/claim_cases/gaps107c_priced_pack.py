"""A pack with its price or count is not a dose (eval/holdout107 ca13, a false error), as a class.

- Tablets of a strength with a price after them, or a price before the count, are a pack bought: "90 tablets of 10 mg come
  to $9.87" is not 900 mg, nor "$9.87 for 90 tablets of 10 mg", "30 x 5 mg tablets for $4" (150 mg); a strength with no
  schedule and its price is the pack's ("a 30-day pack of 20 mg tablets costs $12").
- Still doses: "take 90 mg", "three 10 mg tablets a day" (also with what they cost a month after them).
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_AMLODIPINE = "Amlodipine treats high blood pressure. The usual dose is 5 mg once a day, and no more than 10 mg a day.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("amlodipine", _AMLODIPINE + "Some people take 90 mg.", ABOVE_MAX, "error"),
    ("amlodipine", _AMLODIPINE + "Some people take three 10 mg tablets a day.", ABOVE_MAX, "error"),
    ("amlodipine", _AMLODIPINE + "Three 10 mg tablets a day cost about $5 a month.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "amlodipine",
        _AMLODIPINE + "With the free coupon on our partner page, 90 tablets of 10 mg come to $9.87 at most big chains.",
        ABOVE_MAX,
    ),
    ("amlodipine", _AMLODIPINE + "A 30-day pack of 20 mg tablets costs $12 online.", ABOVE_MAX),
    ("amlodipine", _AMLODIPINE + "At our partner pharmacy, 30 x 5 mg tablets for $4.", ABOVE_MAX),
    ("amlodipine", _AMLODIPINE + "$9.87 for 90 tablets of 10 mg at most chains.", ABOVE_MAX),
]
