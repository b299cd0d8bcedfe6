"""A dose or course said to be too small, short or low to get anyone hooked, told without a source (eval/holdout92 bl09:
"half a milligram is far too small a dose for anyone to get hooked on"): an uncited dependency claim. Not a dose too low
to work, a question, or a warning that even a short course can be enough.
"""

from __future__ import annotations

RULE = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "clonazepam",
        "My psychiatrist told me half a milligram is far too small a dose for anyone to get hooked on, so that's one worry "
        "I've crossed off the list.",
        RULE,
        "error",
    ),
    (
        "hydrocodone-acetaminophen",
        "Her surgeon's reply was that a five-day supply after a dental operation is far too short for anyone to get hooked.",
        RULE,
        "error",
    ),
    ("lorazepam", "At 0.5 mg the dose is simply too low to cause dependence.", RULE, "error"),
    ("oxycodone", "Three days of tablets isn't long enough to get addicted.", RULE, "error"),
    ("alprazolam", "A quarter of a tablet is nowhere near enough to get you hooked.", RULE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("clonazepam", "No dose is too small to get hooked on, so keep to the prescription.", RULE),
    ("oxycodone", "The dose was too low to control her pain after surgery.", RULE),
    ("lorazepam", "A week is too short for the tablets to work properly.", RULE),
    ("alprazolam", "Is half a milligram too small a dose to get hooked on?", RULE),
    ("oxycodone", "Even a few days can be long enough to become dependent.", RULE),
]
