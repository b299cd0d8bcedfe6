"""A day of lisinopril given for heart failure, held to heart failure's 40 mg (holdout117 ck10).

"In our clinic, patients with a weak heart often build up to two 20 mg tablets each morning and one more 20 mg tablet
at night": lisinopril's entries are tagged with their use (blood pressure 80 mg a day, heart failure 40 mg), and "a
weak heart", "a weakened heart muscle" name heart failure, so the 60 mg day is above heart failure's maximum.

Still silent: heart failure's maximum (20 mg morning and night), alternatives ("or"), a forbidden day ("never"), the
same day for blood pressure (80 mg), "a weak heartbeat" (not heart failure), an article that names both uses without
tying the dose to one (held to the higher) is at most a warning."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "lisinopril",
        "- For heart failure, most people start on 5 mg, or 2.5 mg if their sodium is low.\n- The dose goes up slowly every few "
        "weeks.\n- In our clinic, patients with a weak heart often build up to two 20 mg tablets each morning and one more 20 mg "
        "tablet at night.\n- For high blood pressure the usual dose is 20 to 40 mg once a day.",
        ABOVE_MAX,
        "error",
    ),
    ("lisinopril", "For heart failure, some people take 20 mg in the morning and 30 mg at night.", ABOVE_MAX, "error"),
    ("lisinopril", "People with heart failure sometimes end up on three 20 mg tablets a day.", ABOVE_MAX, "error"),
    ("lisinopril", "For a weakened heart muscle, Dad takes 40 mg at breakfast and 10 mg with supper.", ABOVE_MAX, "error"),
    # both uses named, the dose tied to neither: within blood pressure's 80 mg, so a human looks
    (
        "lisinopril",
        "Lisinopril treats high blood pressure and heart failure. Some people take two 20 mg tablets each morning and one more at night.",
        ABOVE_MAX,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("lisinopril", "For heart failure the most is 20 mg in the morning and 20 mg at night.", ABOVE_MAX),
    ("lisinopril", "For heart failure, take 20 mg in the morning or 20 mg at night.", ABOVE_MAX),
    ("lisinopril", "For heart failure, never take two 20 mg tablets each morning and one more 20 mg tablet at night.", ABOVE_MAX),
    ("lisinopril", "For high blood pressure, two 20 mg tablets each morning and one more 20 mg tablet at night.", ABOVE_MAX),
    ("lisinopril", "Patients with a weak heartbeat may take two 20 mg tablets each morning and one more 20 mg tablet at night.", ABOVE_MAX),
    ("lisinopril", "For heart failure, start with 5 mg once a day. For high blood pressure, the dose can go to 80 mg a day.", ABOVE_MAX),
]
