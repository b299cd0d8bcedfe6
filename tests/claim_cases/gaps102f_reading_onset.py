"""A measured reading said to fall within minutes or hours, or from the first tablet (eval/holdout100 bt13), as a class.

"Most people notice their blood pressure coming down within the first hour of the very first tablet", "your BP drops almost
immediately", "cholesterol starts falling from the first dose" (not a side effect: "blood pressure can drop too low within
hours of the first dose"; not hedged: "may fall within an hour, so stand up slowly"; not a time course in weeks).
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording, a list item
    (
        "amlodipine",
        "- The most you can take is 10 mg a day.\n"
        "- Most people notice their blood pressure coming down within the first hour of the very first tablet.",
        RAPID,
        "error",
    ),
    ("lisinopril", "Once you start, your BP drops almost immediately.", RAPID, "error"),
    ("atorvastatin", "Your cholesterol starts falling from the very first dose.", RAPID, "error"),
    ("losartan", "Readings come down within hours, so you'll see the difference on your home monitor tonight.", RAPID, "error"),
    ("amlodipine", "Many of our members say their blood pressure fell overnight.", RAPID, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    ("lisinopril", "Your blood pressure can drop too low within hours of the first dose, so sit down if you feel dizzy.", RAPID),
    ("doxazosin", "Your blood pressure may fall within an hour of the first dose, so stand up slowly.", RAPID),
    ("amlodipine", "Blood pressure comes down gradually over one to two weeks.", RAPID),
    ("atorvastatin", "Cholesterol usually falls within 2 to 4 weeks of starting.", RAPID),
    ("amlodipine", "If your blood pressure drops right away, tell your doctor.", RAPID),
    ("amlodipine", "Blood pressure came down within hours in one study [1].", RAPID),
]
