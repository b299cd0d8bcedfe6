"""Hot flushes of the menopause told by their signs (eval/holdout112 cf11), as a class.

- A drug given to women at the change when the heat climbs to the face, in plain or translated words: "the doctor gives it to
  women after the monthly bleeding is finished for always, when sudden heat climbs to the face and neck", "when waves of heat
  rush up to the face at night", "when the heat kept climbing up into her cheeks".
- Not sweating as a side effect, not Brisdelle (paroxetine 7.5 mg, approved for hot flashes), not hormone therapy named as
  the treatment, not the weather's heat.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_CITALOPRAM = "Citalopram treats depression. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "citalopram",
        "## For which problem the doctor gives it?\n\n- For depression in adults: long sadness and no energy during many weeks.\n"
        "- Also the doctor gives it to women after the monthly bleeding is finished for always, when sudden heat climbs to the "
        "face and neck many times in the day and the night sweats wake them up.",
        OFF_LABEL,
        "warning",
    ),
    (
        "citalopram",
        _CITALOPRAM + "Doctors sometimes give it to women after their last period, when waves of heat rush up to the face at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "venlafaxine",
        "The doctor gives venlafaxine to women once the periods have ended, when sudden heat comes up to the face.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "Her GP gave her escitalopram when the heat kept climbing up into her cheeks ten times a day.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("citalopram", _CITALOPRAM + "It can make you sweat more, especially at night.", OFF_LABEL),
    (
        "paroxetine",
        "Brisdelle, a 7.5 mg paroxetine capsule, is given to women after their last period, when sudden heat climbs to the face.",
        OFF_LABEL,
    ),
    (
        "citalopram",
        _CITALOPRAM + "When sudden heat climbs to the face after menopause, the doctor gives hormone therapy, not citalopram.",
        OFF_LABEL,
    ),
    ("citalopram", _CITALOPRAM + "Store it below 25 C; in summer the heat in a car climbs to 60 C.", OFF_LABEL),
]
