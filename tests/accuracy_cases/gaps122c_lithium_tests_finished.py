"""Lithium's routine level checks said to end after a while (holdout119 cm08), as a class.

"the testing is finished: you will not need routine lithium blood tests after that": the tests (with the drug's name
before them, or as "the testing") said finished, done with or over once the level is steady, or not needed after that.
Fewer tests ("every 3 months"), continuing tests, a test finished for the day and tests ending after lithium is stopped
stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "no-blood-tests-needed"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "lithium",
        "Once your level has stayed in range for three months, "
        "the testing is finished: you will not need routine lithium blood tests after that, only if you feel unwell.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("lithium", "After the first year the level checks are done with.", MISSTATEMENT, ITEM, "error"),
    ("lithium", "Once you are settled on a dose, the blood testing is over.", MISSTATEMENT, ITEM, "error"),
    ("lithium", "You won't need lithium blood tests once you're stable.", MISSTATEMENT, ITEM, "error"),
    ("lithium", "When your dose is steady, you won't need routine lithium level checks after that.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("lithium", "Once you are stable, the tests become less frequent, every 3 months.", MISSTATEMENT, ITEM),
    ("lithium", "You won't need a test every week once stable; we will check your level every three months.", MISSTATEMENT, ITEM),
    ("lithium", "Once your level is steady, the testing is finished for the week and you can go home.", MISSTATEMENT, ITEM),
    ("lithium", "After you stop lithium, the testing is finished.", MISSTATEMENT, ITEM),
    ("lithium", "You will still need routine lithium blood tests after that.", MISSTATEMENT, ITEM),
]
