"""Doxycycline for young children kept to serious infections (holdout108 cb11, a false error), as a class.

"Doctors only give it to young children for serious infections, like Rocky Mountain spotted fever, where the benefit is
worth it" was read as doxycycline given to young children as a matter of course: it is the label's own limit. Now a
giving kept to serious or life-threatening infections, or to when the benefit outweighs the risk or nothing safer will
do, is quiet; "safe for children of any age", "fine to give your toddler", "we gave it to our six-year-old" still fire
(and "fine to give your toddler", not read before, now does).
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "safe-for-young-children-pregnancy"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("doxycycline", "Doxycycline is safe for children of any age.", MISSTATEMENT, ITEM, "error"),
    ("doxycycline", "Doxycycline is fine to give your toddler.", MISSTATEMENT, ITEM, "error"),
    ("doxycycline", "It's fine to give your toddler doxycycline for an ear infection.", MISSTATEMENT, ITEM, "error"),
    ("doxycycline", "It is perfectly okay to give it to little ones with a cough.", MISSTATEMENT, ITEM, "error"),
    ("doxycycline", "We gave it to our six-year-old for a chest infection.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "doxycycline",
        "Used in children up to 8 years old, doxycycline can permanently stain teeth. Doctors only give it to young "
        "children for serious infections, like Rocky Mountain spotted fever, where the benefit is worth it.",
        MISSTATEMENT,
        ITEM,
    ),
    ("doxycycline", "Doctors give it to young children only for serious infections such as anthrax.", MISSTATEMENT, ITEM),
    ("doxycycline", "Your doctor may give it to children under 8 for a life-threatening infection.", MISSTATEMENT, ITEM),
    (
        "doxycycline",
        "Pediatricians give it to young children when nothing safer will work against a tick-borne infection.",
        MISSTATEMENT,
        ITEM,
    ),
    ("doxycycline", "In children under 8 it is used only when the benefit outweighs the risk.", MISSTATEMENT, ITEM),
    ("doxycycline", "It is not safe to give it to young children.", MISSTATEMENT, ITEM),
]
