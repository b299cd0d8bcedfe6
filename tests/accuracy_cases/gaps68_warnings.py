"""Warnings and misstatements from eval/holdout68 (false errors), as classes.

- An imperative whose harm is told after it is a warning, not leave to stop: "Stop suddenly and they cannot restart
  quickly, which can cause weakness" (prednisone); a harmless outcome stays the misstatement ("stop suddenly and
  you'll be fine").
- A boxed warning told in one long sentence: "Older people with dementia who take antipsychotics like quetiapine for
  confusion, agitation or hallucinations have a higher risk of dying" (quetiapine's dementia mortality).
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"

_PREDNISONE = "Prednisone calms inflammation in polymyalgia. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("prednisone", _PREDNISONE + "Once the pain settles, stop suddenly and you'll be fine.", MISSTATEMENT, "safe-to-stop", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "prednisone",
        _PREDNISONE + "Stop suddenly and your adrenal glands cannot restart quickly, which can cause weakness and dizziness.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    ("prednisone", _PREDNISONE + "Stop it all at once and you may feel shaky, faint and sick.", MISSTATEMENT, "safe-to-stop"),
    (
        "quetiapine",
        "Quetiapine treats schizophrenia and bipolar disorder. Older people with dementia who take antipsychotics like"
        " quetiapine for confusion, agitation or hallucinations have a higher risk of dying. Quetiapine is not approved"
        " for them.",
        WARNING,
        "dementia-mortality",
    ),
]
