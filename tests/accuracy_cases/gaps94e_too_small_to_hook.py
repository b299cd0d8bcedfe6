"""A dose or course said to be too small, short or low to get anyone hooked (eval/holdout92 bl09: "half a milligram is
far too small a dose for anyone to get hooked on"; eval/holdout94 bn08: "a five-day supply after a dental operation is
far too short for anyone to get hooked"): the no-dependence kind, an error for a drug with an abuse or dependence
boxed warning. Not a negation before it ("No dose is too small to get hooked on"), a question, a dose too low to work.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "clonazepam",
        "My psychiatrist told me half a milligram is far too small a dose for anyone to get hooked on, so that's one worry "
        "I've crossed off the list.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
    (
        "hydrocodone-acetaminophen",
        "Her surgeon's reply was that a five-day supply after a dental operation is far too short for anyone to get hooked, "
        "and Jess says that took the fear away.",
        MISSTATEMENT,
        "not-addictive-short-term",
        "error",
    ),
    ("lorazepam", "At 0.5 mg the dose is simply too low to cause dependence.", MISSTATEMENT, "not-addictive", "error"),
    (
        "oxycodone",
        "Three days of tablets after surgery isn't long enough to get addicted, my surgeon said.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
    ("alprazolam", "A quarter of a tablet is nowhere near enough to get you hooked.", MISSTATEMENT, "not-addictive", "error"),
    ("tramadol", "One tablet a night is too little for anyone to become reliant on it.", MISSTATEMENT, "not-addictive", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("clonazepam", "No dose is too small to get hooked on, so keep to the prescription.", MISSTATEMENT, "not-addictive"),
    ("oxycodone", "The dose was too low to control her pain after surgery.", MISSTATEMENT, "not-addictive"),
    ("lorazepam", "A week is too short for the tablets to work properly.", MISSTATEMENT, "not-addictive"),
    ("hydrocodone-acetaminophen", "Never assume a five-day supply is too short to get hooked.", MISSTATEMENT, "not-addictive-short-term"),
    ("alprazolam", "Is half a milligram too small a dose to get hooked on?", MISSTATEMENT, "not-addictive"),
    ("oxycodone", "Even a few days can be long enough to become dependent.", MISSTATEMENT, "not-addictive"),
]
