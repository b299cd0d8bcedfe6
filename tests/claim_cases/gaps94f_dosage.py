"""Doses of one day told by the part of the day, from eval/holdout92-93 (two misses), as classes.

- A count "of <strength>" at one part of the day, then bare counts at later parts: "2 tablets of 20 mg in the morning, 1 at
  lunch, 2 at evening" (100 mg), "two 500 mg tablets at breakfast, two at lunch and two with dinner" (not "or", not "the
  next day").
- The part of the day before each count, or "again" before it: "in the morning take 2 tablets of 20 mg, at lunch 1 tablet
  of 20 mg, and at evening again 2 tablets of 20 mg, every day" (a closing "every day" is each part's, not a day's total),
  "4 tablets of 80 mg in the morning and 4 tablets of 80 mg again in the afternoon" (640 mg; not at the maximum, not the
  next day).
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_FAMOTIDINE = "Famotidine treats ulcers and reflux (GERD). "
_FUROSEMIDE = "Furosemide treats swelling (edema). "
_METFORMIN = "Metformin treats type 2 diabetes. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    (
        "famotidine",
        _FAMOTIDINE + "Our doctor writes a stronger plan: in the morning take 2 tablets of 20 mg, at lunch 1 tablet of 20 mg, "
        "and at evening again 2 tablets of 20 mg, every day for 12 weeks.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "furosemide",
        _FUROSEMIDE + "The doctor sometimes tells to take 4 tablets of 80 mg in the morning and 4 tablets of 80 mg again in the "
        "afternoon, until the water goes.",
        ABOVE_MAX,
        "error",
    ),
    # new wordings
    ("famotidine", _FAMOTIDINE + "For reflux, take 2 tablets of 20 mg in the morning, 1 at lunch, 2 at evening.", ABOVE_MAX, "warning"),
    ("metformin", _METFORMIN + "She takes two 500 mg tablets at breakfast, two at lunch and two with dinner.", ABOVE_MAX, "error"),
    ("furosemide", _FUROSEMIDE + "He takes 4 tablets of 80 mg in the morning, 2 at lunch and 2 in the evening.", ABOVE_MAX, "error"),
    (
        "furosemide",
        _FUROSEMIDE + "At breakfast take 4 tablets of 80 mg, and at teatime again 4 tablets of 80 mg, every day.",
        ABOVE_MAX,
        "error",
    ),
    ("furosemide", _FUROSEMIDE + "Take 320 mg with breakfast and 320 mg once more at night.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("famotidine", _FAMOTIDINE + "Take two 20 mg tablets in the morning and one at bedtime.", ABOVE_MAX),
    ("famotidine", _FAMOTIDINE + "Take 2 tablets of 20 mg in the morning or 1 at lunch and 1 at night.", ABOVE_MAX),
    ("famotidine", _FAMOTIDINE + "Take 2 tablets of 20 mg in the morning, 2 at evening the next day.", ABOVE_MAX),
    ("furosemide", _FUROSEMIDE + "Take 4 tablets of 80 mg in the morning and 4 tablets of 80 mg again the next day.", ABOVE_MAX),
    ("furosemide", _FUROSEMIDE + "In the morning take 2 tablets of 80 mg, and at night again 2 tablets of 80 mg.", ABOVE_MAX),
    ("furosemide", _FUROSEMIDE + "In the morning take 2 tablets of 40 mg, and in the afternoon 2 tablets of 40 mg, every day.", ABOVE_MAX),
    ("furosemide", _FUROSEMIDE + "Take 300 mg in the morning and 300 mg again in the afternoon.", ABOVE_MAX),
]
