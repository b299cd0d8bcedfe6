"""An interaction listed under a heading that forbids taking it with the drug (eval/holdout101 bu05, a false error),
as a class.

- A heading that forbids taking, mixing or combining something with the medicine warns for the list under it:
  "Medicines you must never take with it", "Never mix these with tizanidine", "Medicines never to be taken with it",
  "Contraindications", "Off-limits while on tizanidine".
- Not a heading that allows ("Medicines you can take with it"), nor one that forbids something else ("Never miss a
  dose", "Never take a double dose").
"""

from __future__ import annotations

INTERACTIONS = "interactions.missing"

_TIZANIDINE = (
    "Tizanidine eases muscle spasticity. Alcohol makes you very drowsy with it, so avoid drinking. Tell your doctor if "
    "you take blood pressure medicines, amiodarone or the pill.\n\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("tizanidine", _TIZANIDINE + "## Medicines you can take with it\n\n- Fluvoxamine\n- Ciprofloxacin", INTERACTIONS, "error"),
    (
        "tizanidine",
        _TIZANIDINE + "## Never miss a dose\n\n- Keep it by your toothbrush.\n- If you are also on ciprofloxacin or "
        "fluvoxamine, keep taking those too.",
        INTERACTIONS,
        "error",
    ),
    (
        "tizanidine",
        _TIZANIDINE + "## Never take a double dose\n\n- Fluvoxamine is for depression.\n- Cipro is an antibiotic.",
        INTERACTIONS,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "tizanidine",
        _TIZANIDINE + "## 3. Medicines you must never take with it\n\n- Fluvoxamine (a medicine for depression or obsessive "
        "thoughts).\n- Ciprofloxacin (an antibiotic).",
        INTERACTIONS,
    ),
    ("tizanidine", _TIZANIDINE + "## Never mix these with tizanidine\n\n- Fluvoxamine\n- Cipro", INTERACTIONS),
    (
        "tizanidine",
        _TIZANIDINE + "## Medicines never to be taken with it\n\n- fluvoxamine, an antidepressant\n- ciprofloxacin, an antibiotic",
        INTERACTIONS,
    ),
    ("tizanidine", _TIZANIDINE + "## Contraindications\n\n- Fluvoxamine\n- Ciprofloxacin", INTERACTIONS),
    ("tizanidine", _TIZANIDINE + "## Off-limits while on tizanidine\n\n- Fluvoxamine (Luvox)\n- Ciprofloxacin (Cipro)", INTERACTIONS),
]
