"""Missed class (holdout121 co08): tablets of a strength at one meal and another of it at another meal, the strength
written with the release form's suffix and no word for tablets ("two 10 mg XL tablets at breakfast and another 10 mg XL
with his evening meal": 30 mg of glipizide XL a day, above its 20 mg), told as a customer's story. The XL written
at the amount states the form (an error), as "600 mg a day for the XR tablets" does (gaps124b_release_form_named).

Still silent: the same within the maximum, another tablet the next morning, one said not to be taken, a dose only
if the doctor says."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's wording
    (
        "glipizide",
        "**Extended-release (XL) tablets:** these release the medicine slowly over the day. Swallow them whole with breakfast. My "
        "customer Frank, whose sugars were stubborn, was moved up to two 10 mg XL tablets at breakfast and another 10 mg XL with "
        "his evening meal, and his numbers finally settled.",
        ABOVE_MAX,
        "error",
    ),
    (
        "glipizide",
        "Extended-release tablets are the once-a-day kind. One reader takes two 10 mg XL tablets with breakfast plus another "
        "10 mg XL at teatime.",
        ABOVE_MAX,
        "error",
    ),
    ("zolpidem", "Her sister takes two 5 mg tablets at bedtime and another 5 mg around 3 a.m. when she wakes.", ABOVE_MAX, "error"),
    ("amlodipine", "He was bumped up to two 5 mg tablets at breakfast and another 5 mg with dinner.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # within the maximum
    ("glipizide", "My customer was moved up to one 10 mg XL tablet at breakfast and another 10 mg XL with his evening meal.", ABOVE_MAX),
    ("glipizide", "She is on two 5 mg XL tablets at breakfast and another 5 mg XL with her evening meal.", ABOVE_MAX),
    # another day, not taken, only if the doctor says
    ("glipizide", "He took two 10 mg XL tablets at breakfast one day and another 10 mg XL the next morning.", ABOVE_MAX),
    ("glipizide", "Take two 10 mg XL tablets at breakfast; do not take another 10 mg XL with your evening meal.", ABOVE_MAX),
    (
        "glipizide",
        "Take one 10 mg XL tablet at breakfast, and another 10 mg XL with dinner only if your doctor says so.",
        ABOVE_MAX,
    ),
]
