"""A wrong class stated with a hedge between commas (eval/holdout187 fc05: a miss), as a class.

A hedge set off by commas leaves the statement as it is: "it is, in effect, a gentle water tablet", "Lisinopril is,
basically, a water pill", "Buspirone is, essentially, a mild tranquilizer". Silent: the same hedge before a denial or the
right class ("it is, in effect, not a water tablet at all"; "Buspirone is, in short, an anxiety medicine").
"""

from __future__ import annotations

MISSTATED = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fc05)
    (
        "lisinopril",
        "Lisinopril lowers the pressure by helping you pass more water; it is, in effect, a gentle water tablet, which is why"
        " Frank jokes that he knows every restroom between here and the coast.",
        MISSTATED,
        "wrong-class",
        "warning",
    ),
    # other voices
    ("lisinopril", "Lisinopril is, basically, a water pill for your blood pressure.", MISSTATED, "wrong-class", "warning"),
    ("lisinopril", "Zestril is, more or less, a beta blocker with a different name.", MISSTATED, "wrong-class", "warning"),
    ("buspirone", "Buspirone is, essentially, a mild tranquilizer.", MISSTATED, "not-a-benzodiazepine", "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("lisinopril", "Lisinopril is, in effect, not a water tablet at all; it is an ACE inhibitor.", MISSTATED, "wrong-class"),
    ("lisinopril", "Lisinopril is, in short, an ACE inhibitor, and it is often given with a water pill.", MISSTATED, "wrong-class"),
    ("buspirone", "Buspirone is, in short, an anxiety medicine.", MISSTATED, "not-a-benzodiazepine"),
]
