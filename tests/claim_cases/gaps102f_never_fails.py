"""A cure promised every time, or a speaker who has never seen it fail (eval/holdout102 bv08), as a class.

"The Z-Pak clears it, every single time. I have never seen it fail.", "I've yet to see it fail", "I haven't once seen this
drug fail", "it wipes out the infection, every single time" (not "I've seen it fail", "never seen it fail to cause nausea", "I had
never seen it fail before that winter", "it clears it almost every time").
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording, a quoted doctor
    (
        "azithromycin",
        "A family doctor in Ohio puts its appeal plainly. \"When it's walking pneumonia in a young adult, the Z-Pak clears it,\n"
        'every single time. I have never seen it fail."',
        ABSOLUTE,
        "error",
    ),
    ("amoxicillin", "In twenty years of practice I've yet to see it fail.", ABSOLUTE, "error"),
    ("fluconazole", "Our pharmacist says she has never known it to fail for thrush.", ABSOLUTE, "error"),
    ("nitrofurantoin", "I haven't once seen this drug fail a patient with cystitis.", ABSOLUTE, "error"),
    ("doxycycline", "For Lyme disease it wipes out the infection, every single time.", ABSOLUTE, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    ("amoxicillin", "I've seen it fail when people stop the course early.", ABSOLUTE),
    ("azithromycin", "I have never seen it fail to cause an upset stomach in someone.", ABSOLUTE),
    ("azithromycin", "I had never seen it fail before that winter, when resistance spread.", ABSOLUTE),
    ("fluconazole", "It clears it, almost every time, but not always.", ABSOLUTE),
    ("amoxicillin", "If you have never seen it fail, you may be surprised how often resistance occurs.", ABSOLUTE),
    ("azithromycin", "In the trial it cleared the infection, every single time.[^1]\n\n[^1]: Jones A. Lancet. 2018.", ABSOLUTE),
]
