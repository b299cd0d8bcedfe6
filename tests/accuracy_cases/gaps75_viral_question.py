"""Whether an infection is viral or bacterial, asked before the antibiotic is named, as a class.

"It matters whether the infection is viral or bacterial: doxycycline only works on bacteria" raises the question
the article then answers correctly; "it" there is not the drug, and a doctor checking "whether it is viral or
bacterial" is not the drug working on both. The drug itself said to work either way is still reported.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "antibiotics-for-viruses"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("amoxicillin", "Amoxicillin will see off a sore throat whether it's viral or not.", MISSTATEMENT, ITEM, "warning"),
    ("doxycycline", "In our clinic it clears chest infections, viral or bacterial, within a week.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "doxycycline",
        "It matters whether the infection is viral or bacterial: doxycycline only works on bacteria.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "azithromycin",
        "Your doctor will check whether it is viral or bacterial before prescribing azithromycin.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "amoxicillin",
        "It is important to know if the sore throat is viral or bacterial, because amoxicillin only helps the second.",
        MISSTATEMENT,
        ITEM,
    ),
]
