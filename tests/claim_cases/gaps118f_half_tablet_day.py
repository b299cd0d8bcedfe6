"""Dosage from eval/holdout118 cl04, as a class: a day's count of the article's drug's tablets with a half
tablet more at another part of the day, the drug not named in the sentence.

- "two of the 100 mg tablets with breakfast and half of another one at bedtime, so 250 a day in total" (sertraline,
  250 mg > 200 mg): "half of another one" is half a tablet more, not a whole one, and a day's total restated after
  it ("250 a day", "300 mg a day", "twice a day") is the same day, not another one.
- Kept silent: a day within the label (one tablet and a half, two 50 mg tablets and a half), the half tablet another
  medicine's (trazodone named in the sentence), a total judged too much, a dose of the past.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_SERTRALINE = "Zoloft (sertraline) is an SSRI for depression and panic disorder.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "sertraline",
        _SERTRALINE + "Where I ended up: two of the 100 mg tablets with breakfast and half of another one at bedtime, "
        "so 250 a day in total.",
        ABOVE_MAX,
        "error",
    ),
    ("sertraline", _SERTRALINE + "I take two 100 mg tablets in the morning and half of another one before bed.", ABOVE_MAX, "error"),
    ("sertraline", _SERTRALINE + "I am on two of the 100 mg pills at breakfast, plus half of another at night.", ABOVE_MAX, "error"),
    (
        "sertraline",
        _SERTRALINE + "Right now it is two of the 100 mg tablets after breakfast and half of another with dinner, 250 mg a day.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("sertraline", _SERTRALINE + "Now: one of the 100 mg tablets with breakfast and half of another one at bedtime.", ABOVE_MAX),
    ("sertraline", _SERTRALINE + "Now: two of the 50 mg tablets with breakfast and half of another one at bedtime.", ABOVE_MAX),
    ("sertraline", _SERTRALINE + "I take two of the 100 mg tablets with breakfast; my trazodone is half of one at bedtime.", ABOVE_MAX),
    (
        "sertraline",
        _SERTRALINE + "Two of the 100 mg tablets with breakfast and half of another one at bedtime would be too much for most people.",
        ABOVE_MAX,
    ),
    (
        "sertraline",
        _SERTRALINE + "I used to take two of the 100 mg tablets with breakfast, and now only half of one at bedtime.",
        ABOVE_MAX,
    ),
]
