"""A benefit in a count of days for a medicine whose label gives weeks: fluoxetine joins ``slow_benefit`` (PROZAC PI 2.1:
the full effect may be delayed until 4 weeks of treatment or longer), and feeling more like oneself counts like feeling
oneself again ("they feel brighter and more like themselves within two or three days of the first capsule", eval/holdout135
dc05): a warning. Near misses: weeks, a side effect settling in days, the same words of a painkiller."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "fluoxetine",
        "The doctor usually starts low (often 10 mg) and goes up slowly. Most of our students tell me they feel brighter and more "
        "like themselves within two or three days of the first capsule, which is lovely to see.",
        RAPID,
        "warning",
    ),
    ("fluoxetine", "You'll feel better within three days.", RAPID, "warning"),
    ("fluoxetine", "My daughter felt much more like herself in 2-3 days.", RAPID, "warning"),
    ("escitalopram", "Honestly, I started to feel more like myself within two days.", RAPID, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("fluoxetine", "It can take four to six weeks before people feel more like themselves.", RAPID),
    ("fluoxetine", "Most students feel more like themselves within two or three weeks.", RAPID),
    ("fluoxetine", "The nausea settles within two or three days of the first capsule.", RAPID),
    ("ibuprofen", "Most of our students feel brighter and more like themselves within two or three days.", RAPID),
]
