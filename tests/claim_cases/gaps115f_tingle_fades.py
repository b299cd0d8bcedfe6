"""Relief within minutes or the hour told by the symptom fading (eval/holdout115 ci01): "feel the tingle fade within the
hour", "the throbbing eases off within minutes", "the burning drains away in minutes"; not when to take it ("start it within
72 hours of the rash", "take it within an hour of"), nor a hedged course of a side effect ("nausea usually fades within an
hour")."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

_VALACYCLOVIR = "Valacyclovir treats cold sores. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "valacyclovir",
        "Start at the very first tingle or itch. Honestly, most of my customers feel the\ntingle fade within the hour of that"
        " first dose, and the sore never really gets\ngoing.",
        RAPID,
        "error",
    ),
    ("ibuprofen", "Ibuprofen treats pain. You'll feel the throbbing ease off within minutes.", RAPID, "error"),
    ("sumatriptan", "Sumatriptan treats migraine. The headache melts away within half an hour of the first tablet.", RAPID, "error"),
    ("omeprazole", "Omeprazole treats heartburn. You can feel the burning drain away in minutes.", RAPID, "error"),
    ("valacyclovir", _VALACYCLOVIR + "Take one and watch the stinging die down within the hour.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("valacyclovir", _VALACYCLOVIR + "Start it within 72 hours of the rash appearing.", RAPID),
    ("valacyclovir", _VALACYCLOVIR + "Take it within an hour of the first tingle.", RAPID),
    ("ibuprofen", "Ibuprofen treats pain. If the pain doesn't fade within the hour, call us.", RAPID),
    ("metformin", "Metformin treats type 2 diabetes. Nausea usually fades within an hour of a dose.", RAPID),
    ("valacyclovir", _VALACYCLOVIR + "The tingling may fade within a few days.", RAPID),
]
