"""Naltrexone's overdose warning told with the opioid as the subject, or as tolerance lost in lay words (eval/holdout104
bx04, a false error), as a class.

"Someone who takes large amounts of heroin or fentanyl to push past it can die of an overdose. And after a missed
shot, or once treatment ends, the body has lost its old tolerance: a dose that once felt ordinary can stop a person's
breathing." The opioid named is this warning's own (its wording names it), not another medicine the statement is
about; tolerance lost ("lost its old tolerance", "your tolerance will have dropped", "no longer used to opioids") and
the dose once ordinary now deadly give it too; "can stop a person's breathing" is a harm, not permission to stop.
Not a plain mention of the opioids, a denial ("you can't overdose on heroin"), or "lose weight".
"""

from __future__ import annotations

WARNINGS = "safety-warnings.missing"
OVERDOSE = "opioid-overdose"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("naltrexone", "Heroin ruined his twenties. Fentanyl is a strong opioid painkiller.", WARNINGS, OVERDOSE, "error"),
    ("naltrexone", "On naltrexone you can't overdose on heroin.", WARNINGS, OVERDOSE, "error"),
    ("naltrexone", "Naltrexone blocks heroin, so there is no risk of overdose.", WARNINGS, OVERDOSE, "error"),
    ("naltrexone", "The amount you used to take can be lowered once you settle.", WARNINGS, OVERDOSE, "error"),
    ("naltrexone", "Some people on it lose weight.", WARNINGS, OVERDOSE, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "naltrexone",
        "The blockade can be overpowered. Someone who takes large amounts of heroin or fentanyl to push past it can die of an overdose.",
        WARNINGS,
        OVERDOSE,
    ),
    (
        "naltrexone",
        "And after a missed shot, or once treatment ends, the body has lost its old tolerance: a dose that once felt "
        "ordinary can stop a person's breathing.",
        WARNINGS,
        OVERDOSE,
    ),
    ("naltrexone", "People who use fentanyl to try to beat the block risk a fatal overdose.", WARNINGS, OVERDOSE),
    ("naltrexone", "Taking a pile of oxycodone to get past the blockade can end in an overdose of oxycodone.", WARNINGS, OVERDOSE),
    ("naltrexone", "If you stop the shots, your tolerance will have dropped.", WARNINGS, OVERDOSE),
    ("naltrexone", "After a missed injection you are no longer used to opioids.", WARNINGS, OVERDOSE),
    ("naltrexone", "Once you stop the tablets, a hit you used to take could kill you.", WARNINGS, OVERDOSE),
]
