"""Missed class (holdout121 co03): one tablet of a strength at each of several meals listed, the strength said once
("one 25 mg tablet with breakfast, one with lunch and one with your evening meal": 75 mg of carvedilol a day), for a use
named before it as "for blood pressure" (the hypertension entry's 50 mg, not heart failure's 100 mg).

Still silent: the same list within the maximum, a list of other days ("on Monday, one on Wednesday"), alternatives ("or
one at lunch"), a list for the use whose maximum it is within (heart failure), one more only if the doctor says."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's wording
    (
        "carvedilol",
        "For blood pressure, most people start on 6.25 mg twice a day. Over the following weeks your dose may go up to one 25 mg "
        "tablet with breakfast, one with lunch and one with your evening meal.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "carvedilol",
        "For his blood pressure Dad now takes a 25 mg Coreg tablet at breakfast, one at lunchtime and one with his supper.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "lisinopril",
        "For high blood pressure, she takes one 40 mg tablet with breakfast, one with lunch and one with dinner.",
        ABOVE_MAX,
        "warning",
    ),
    ("lisinopril", "For blood pressure he now takes one 40 mg tablet at breakfast, one at lunch and one at teatime.", ABOVE_MAX, "warning"),
    (
        "amlodipine",
        "My aunt swallows one 5 mg tablet at breakfast, one at lunch and one with her evening meal, and says her pressure is perfect.",
        ABOVE_MAX,
        "error",
    ),
    # the XL written at the amount states the form: its 20 mg, not the immediate-release tablets' 40 mg
    ("glipizide", "Some people end up on one 10 mg XL tablet with breakfast, one with lunch and one with dinner.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # within the maximum
    (
        "carvedilol",
        "For blood pressure, one 12.5 mg tablet with breakfast, one with lunch and one with your evening meal is sometimes used.",
        ABOVE_MAX,
    ),
    (
        "carvedilol",
        "For blood pressure, your dose may go up to one 12.5 mg tablet with breakfast and one with your evening meal.",
        ABOVE_MAX,
    ),
    # other days, alternatives
    ("carvedilol", "For blood pressure, some people take one 25 mg tablet on Monday, one on Wednesday and one on Friday.", ABOVE_MAX),
    (
        "amlodipine",
        "My aunt swallows one 5 mg tablet at breakfast, or one at lunch, or one with her evening meal, whichever suits.",
        ABOVE_MAX,
    ),
    # the use whose maximum it is within; "for blood pressure readings" is no use
    (
        "carvedilol",
        "For heart failure in people over 85 kg, the dose may go up to one 25 mg tablet with breakfast, one with lunch and one with "
        "your evening meal.",
        ABOVE_MAX,
    ),
    (
        "carvedilol",
        "For heart failure, the dose may go up to one 25 mg tablet with breakfast and one with your evening meal; check for blood "
        "pressure readings at home.",
        ABOVE_MAX,
    ),
    ("lisinopril", "For heart failure, one 10 mg tablet with breakfast, one with lunch and one with dinner is a common plan.", ABOVE_MAX),
    # only if the doctor says
    (
        "carvedilol",
        "For blood pressure, take one 25 mg tablet with breakfast, and one with lunch only if your doctor says so.",
        ABOVE_MAX,
    ),
]
