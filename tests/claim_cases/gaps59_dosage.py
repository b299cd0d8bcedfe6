"""Missed class: tablets taken together, then the whole handful repeated on a schedule ("I take four of
the regular 200s together and repeat that every four hours", holdout59 ae02: 4,800 mg of ibuprofen a
day). Two readings were missing: a plain adjective before a strength's number ("the regular 200s",
"the usual 200s"), and "repeat that / do it again" between "together" and how often.

Still silent: the repeat forbidden ("do not repeat that for six hours") and a label dose repeated
("one 200 mg tablet, and repeat it every six hours if needed")."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("ibuprofen", "When my back goes, I swallow four of the usual 200s together and repeat it every four hours.", ABOVE_MAX, "error"),
    # 2,400 mg a day: above the OTC label, within the prescription maximum (3,200 mg): a warning
    ("ibuprofen", "I take two 200 mg tablets together and repeat that every four hours.", ABOVE_MAX, "warning"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    ("ibuprofen", "Take two 200 mg tablets together and do not repeat that for six hours.", ABOVE_MAX),
    ("ibuprofen", "Take one 200 mg tablet and repeat it every six hours if needed.", ABOVE_MAX),
    ("ibuprofen", "I take one of the regular 200s every six hours on a bad day.", ABOVE_MAX),
]
