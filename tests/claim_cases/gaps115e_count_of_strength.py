"""A count of tablets of a strength, "N of the X mg <form>" (chewables too), counts N, not X, as a class.

"three of the 4 mg chewables a day" is three 4 mg tablets (12 mg of montelukast a day, above 10 mg), not four
tablets: the unit before a form ("4 mg chewables") is no word naming the tablets counted, and "chewables" is a word
for them before how often ("a day", "daily", "every day").
Kept silent: one a day, a child's dose within its maximum, a warning not to give them, a pack, a list of doses by age.
"""

from __future__ import annotations

ABOVE = "dosage.above-max"

_MONTELUKAST = "Montelukast prevents asthma attacks and eases hay fever.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("montelukast", _MONTELUKAST + "For hay fever my doctor has me on three of the 4 mg chewables a day.", ABOVE, "error"),
    ("montelukast", _MONTELUKAST + "Some parents give three of the 5 mg chewables every day.", ABOVE, "error"),
    ("montelukast", _MONTELUKAST + "He takes 3 of the 4 mg chewables daily.", ABOVE, "error"),
    # a child's: at most 4 mg from 2 to 5
    ("montelukast", _MONTELUKAST + "My daughter is three years old. She gets two of the 4 mg chewables a day.", ABOVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("montelukast", _MONTELUKAST + "My daughter is three years old. She gets one of the 4 mg chewables a day.", ABOVE),
    ("montelukast", _MONTELUKAST + "She takes two of the 5 mg chewables a day, which is what her doctor said.", ABOVE),
    ("montelukast", _MONTELUKAST + "Never give three of the 4 mg chewables a day.", ABOVE),
    ("montelukast", _MONTELUKAST + "The 4 mg chewables come in a box of 28; one a day is the dose.", ABOVE),
    (
        "montelukast",
        _MONTELUKAST + "Adults take one 10 mg tablet a day; children 2 to 5 take one of the 4 mg chewables a day.",
        ABOVE,
    ),
]
