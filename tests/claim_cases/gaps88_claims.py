"""Classes behind eval/holdout88's claim misses (bh01, bh03, bh04, bh09):

1. A price in slang with the number in words ("about eleven bucks").
2. Nothing newer has done the job better, said without "than" ("nothing launched since has done a better job").
3. Levothyroxine's benefit told as coming in the first days or week: its label judges a dose over weeks, so "by the end of
   the first week most people feel like themselves again" is a speed claim (a warning, inferred from the drug).
4. People who take it as prescribed said not to go on to addiction ("do not go on to have problems with addiction").

Left alone: "saved me a few bucks", "if nothing else has done the job", a slow course told in weeks, a history question.
"""

from __future__ import annotations

PRICE = "promotional.price"
COMPARATIVE = "unsupported-claim.comparative"
FAST = "unsupported-claim.rapid-onset"
DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("ibuprofen", "The 500-count bottle ran me about eleven bucks last month.", PRICE, "error"),
    ("cetirizine", "A year's supply is twelve quid at the supermarket.", PRICE, "error"),
    (
        "fluoxetine",
        'The psychiatrist is unapologetic. "For most of my patients, nothing launched since has done a better job."',
        COMPARATIVE,
        "error",
    ),
    ("metformin", "Nothing newer has beaten it for most people.", COMPARATIVE, "error"),
    ("levothyroxine", "By the end of the first week most people feel like themselves again.", FAST, "warning"),
    ("levothyroxine", "Within a few days you'll be back to your old self.", FAST, "warning"),
    (
        "oxycodone",
        "Patients who use it only for the few days after an operation, exactly as we prescribe it, do not go on to have problems "
        "with addiction.",
        DEPENDENCY,
        "error",
    ),
    ("hydrocodone-acetaminophen", "People on it short-term never end up with a dependence problem.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("ibuprofen", "Buying the store brand saved me a few bucks.", PRICE),
    ("metformin", "If nothing else has done the job, your doctor may add insulin.", COMPARATIVE),
    ("levothyroxine", "It can take six to eight weeks before you feel like yourself again.", FAST),
    ("oxycodone", "Tell us if you have ever had problems with addiction.", DEPENDENCY),
]
