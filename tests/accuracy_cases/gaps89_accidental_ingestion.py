"""The opioids' boxed accidental-ingestion warning told in lay words (eval/holdout89 bi02's false error: "One tablet
swallowed by a child can kill them. Lock the bottle up and get rid of leftovers at a pharmacy take-back.").

Still missing: a page that only says to keep tablets dry, or that a child's dose is different.
"""

from __future__ import annotations

MISSING = "safety-warnings.missing"
ITEM = "accidental-ingestion"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("hydrocodone-acetaminophen", "# Storage\n\nKeep the tablets in a dry cupboard.", MISSING, ITEM, "error"),
    ("oxycodone", "# Children\n\nOxycodone is not for children's coughs.", MISSING, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "hydrocodone-acetaminophen",
        "# Safety\n\n- **Kids and pets.** One tablet swallowed by a child can kill them. Lock the bottle up and get rid of leftovers "
        "at a pharmacy take-back.",
        MISSING,
        ITEM,
    ),
    ("oxycodone", "# Safety\n\nA single pill can be deadly to a toddler, so lock your tablets away.", MISSING, ITEM),
    ("oxycodone", "# Safety\n\nEven one tablet eaten by the dog or a grandchild could be fatal.", MISSING, ITEM),
]
