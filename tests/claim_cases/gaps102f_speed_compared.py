"""A speed joined to another comparative is the comparative claim, not also a rapid-onset one (eval/holdout102 bv03), as a
class.

"Lorazepam works faster and more reliably than any of the newer anxiety pills", "it works faster and better than ibuprofen",
"starts working faster and more reliably than the older antihistamines" report once, as comparative (all-round
superiority); a speed alone stays a rapid-onset claim ("works faster than you might expect", "works faster than any of the
SSRIs", "works faster and lasts longer than you'd think").
"""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"
RAPID = "unsupported-claim.rapid-onset"

_LORAZEPAM = '"Lorazepam works faster and more reliably than any of the newer anxiety pills," she said.'
_IBUPROFEN = "For a bad toothache it works faster and better than paracetamol."
_CETIRIZINE = "It starts working faster and more reliably than the older antihistamines."
_DIAZEPAM = "Diazepam works more quickly and more effectively than the other benzodiazepines."

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording: the comparative claim
    ("lorazepam", _LORAZEPAM, COMPARATIVE, "error"),
    ("ibuprofen", _IBUPROFEN, COMPARATIVE, "error"),
    ("cetirizine", _CETIRIZINE, COMPARATIVE, "error"),
    ("diazepam", _DIAZEPAM, COMPARATIVE, "error"),
    # a speed alone is the speed claim
    ("ibuprofen", "It works faster than you might expect.", RAPID, "error"),
    ("sumatriptan", "The injection works faster than the tablets.", RAPID, "error"),
    ("naproxen", "It works faster and lasts longer than you'd think.", RAPID, "error"),
    ("sertraline", "It works far faster than any of the SSRIs.", RAPID, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    ("lorazepam", _LORAZEPAM, RAPID),
    ("ibuprofen", _IBUPROFEN, RAPID),
    ("cetirizine", _CETIRIZINE, RAPID),
    ("diazepam", _DIAZEPAM, RAPID),
]
