"""A day of a strength only one release form is sold at, held to that form's maximum (holdout116 cj08).

"For High Blood Pressure ... one 25 mg Coreg with breakfast, another 25 mg with lunch, and a third 25 mg with dinner":
carvedilol's entries list the strengths each form is sold at (tablets 3.125 to 25 mg, CR capsules 10 to 80 mg), so a
day of 25 mg doses is the tablets', above their 50 mg a day for blood pressure though within the capsules' 80 mg: a
warning, as for one dose of a strength sold only in some forms (methylphenidate's 10 mg tablets, gaps72_dosage_counts).
A day's tablets counted with the strength ("three 25 mg tablets a day") are of it too.

Still silent: the tablets' maximum (two 25 mg doses), alternatives ("or"), the same day for heart failure (100 mg),
the capsules' doses (40 mg twice, 80 mg once), a total for the day not told in tablets ("75 mg a day": within the CR
capsules' 80 mg), no use named (held to the highest maximum)."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "carvedilol",
        "## Carvedilol Dosage For High Blood Pressure\n\nThe label starts most adults at 6.25 mg twice a day and goes up every "
        "week or\ntwo. Take it with food, which helps with the dizziness.\n\nHere's what works for Dad after his last checkup: "
        "one 25 mg Coreg with\nbreakfast, another 25 mg with lunch, and a third 25 mg with dinner. His home\nreadings have never "
        "looked better.",
        ABOVE_MAX,
        "warning",
    ),
    ("carvedilol", "For high blood pressure he takes 25 mg three times a day.", ABOVE_MAX, "warning"),
    ("carvedilol", "To control blood pressure, Mum takes 25 mg at breakfast, 25 mg at lunch and 25 mg at dinner.", ABOVE_MAX, "warning"),
    ("carvedilol", "For hypertension he takes three 25 mg tablets a day.", ABOVE_MAX, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("carvedilol", "For high blood pressure, he takes 25 mg with breakfast and 25 mg with dinner.", ABOVE_MAX),
    ("carvedilol", "For high blood pressure, he takes 25 mg with breakfast or 25 mg with dinner.", ABOVE_MAX),
    ("carvedilol", "For heart failure, he takes 25 mg with breakfast, 25 mg with lunch and 25 mg with dinner.", ABOVE_MAX),
    ("carvedilol", "For high blood pressure, he takes one 40 mg capsule every morning and another 40 mg capsule at night.", ABOVE_MAX),
    ("carvedilol", "For high blood pressure he takes one 80 mg Coreg CR capsule every morning.", ABOVE_MAX),
    ("carvedilol", "For hypertension he takes 75 mg a day.", ABOVE_MAX),
    ("carvedilol", "He takes 25 mg with breakfast, 25 mg with lunch and 25 mg with dinner.", ABOVE_MAX),
]
