"""QT prolongation told in lay words (eval/holdout99 bs01, a false error on a clean citalopram leaflet), as a class.

- The heart's rhythm or its electrical signal said to be changed or upset is the QT warning (the shared warning kind
  `qt-prolongation`, on every drug whose label warns of QT prolongation): "Higher amounts can change the electrical
  signal that keeps your heart beating in time", "may upset the heart's electrical activity", "can throw your
  heartbeat out of step", "can disturb the electrical rhythm that keeps the heart beating steadily".
- Not a mere mention of the heart's signal ("Your heart runs on an electrical signal ..."), a denial ("does not change
  the electrical signal of your heart"), a question, another medicine's effect ("Sotalol can change ..."), nor a fast
  or pounding heartbeat alone (a symptom of other things too).
"""

from __future__ import annotations

WARNINGS = "safety-warnings.missing"

_CITALOPRAM = (
    "Citalopram treats depression. Ask your doctor before you stop it; the dose is lowered slowly. It can bring on "
    "thoughts of suicide in young people.\n\n"
)
_ONDANSETRON = "Ondansetron prevents nausea and vomiting from chemotherapy. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("citalopram", _CITALOPRAM + "Your heart runs on an electrical signal that keeps it beating in time.", WARNINGS, "error"),
    ("citalopram", _CITALOPRAM + "Citalopram does not change the electrical signal of your heart.", WARNINGS, "error"),
    ("citalopram", _CITALOPRAM + "Does citalopram change the electrical signal of your heart?", WARNINGS, "error"),
    ("citalopram", _CITALOPRAM + "Sotalol can change the electrical signal of your heart.", WARNINGS, "error"),
    ("citalopram", _CITALOPRAM + "Get help at once if you feel your heart racing or pounding.", WARNINGS, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "citalopram",
        _CITALOPRAM + "Higher amounts can change the electrical signal that keeps your heart beating in time. That is why we "
        "never go above 40 mg in one day. Get help at once if you feel your heart racing or pounding, or if you faint.",
        WARNINGS,
    ),
    ("citalopram", _CITALOPRAM + "At high doses it may upset the heart's electrical activity.", WARNINGS),
    ("citalopram", _CITALOPRAM + "Too much can throw your heartbeat out of step.", WARNINGS),
    ("citalopram", _CITALOPRAM + "It can interfere with the electrical system of your heart.", WARNINGS),
    ("citalopram", _CITALOPRAM + "On big doses the heart's rhythm can go haywire.", WARNINGS),
    (
        "ondansetron",
        _ONDANSETRON + "In rare cases it can disturb the electrical rhythm that keeps the heart beating steadily.",
        WARNINGS,
    ),
]
