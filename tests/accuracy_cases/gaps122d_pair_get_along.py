"""An interaction pair said to get along, mix or go together fine (left from earlier stops), as a class.

"Omeprazole and clopidogrel get along fine", in an omeprazole or a clopidogrel article, and "It is fine to take with
clopidogrel" in an omeprazole article (the opening pronoun stands for the drug named before it, else the article's): the
CYP2C19 interaction declared harmless (clopidogrel's ppi-fine; omeprazole's own clopidogrel interaction). Near misses stay
silent: the pair forbidden, pantoprazole (no such interaction) named as the usual choice or as getting along, a negated
"don't get along", food allowed but not clopidogrel.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_OMEPRAZOLE = "Omeprazole reduces stomach acid. "
_CLOPIDOGREL = "Clopidogrel stops platelets sticking. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("omeprazole", _OMEPRAZOLE + "Omeprazole and clopidogrel get along fine.", MISSTATEMENT, "clopidogrel", "error"),
    ("clopidogrel", _CLOPIDOGREL + "Omeprazole and clopidogrel get along fine.", MISSTATEMENT, "ppi-fine", "warning"),
    ("omeprazole", _OMEPRAZOLE + "It is fine to take with clopidogrel.", MISSTATEMENT, "clopidogrel", "error"),
    ("omeprazole", "It is fine to take with clopidogrel.", MISSTATEMENT, "clopidogrel", "error"),
    ("clopidogrel", _CLOPIDOGREL + "Nexium and Plavix mix just fine, so keep both going.", MISSTATEMENT, "ppi-fine", "warning"),
    (
        "clopidogrel",
        _CLOPIDOGREL + "Lots of members take omeprazole with clopidogrel. The two get along just fine.",
        MISSTATEMENT,
        "ppi-fine",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("omeprazole", _OMEPRAZOLE + "Do not take omeprazole with clopidogrel.", MISSTATEMENT, "clopidogrel"),
    ("clopidogrel", _CLOPIDOGREL + "Pantoprazole is the usual choice with clopidogrel.", MISSTATEMENT, "ppi-fine"),
    ("clopidogrel", _CLOPIDOGREL + "Pantoprazole and clopidogrel get along fine.", MISSTATEMENT, "ppi-fine"),
    ("omeprazole", _OMEPRAZOLE + "Omeprazole and clopidogrel don't get along.", MISSTATEMENT, "clopidogrel"),
    ("omeprazole", _OMEPRAZOLE + "It is fine to take with food, but not with clopidogrel.", MISSTATEMENT, "clopidogrel"),
]
