"""The symptoms gone after the first tablet, a burning or a sting among them, two joined by "and", the time told first:
"already 2 or 3 hours after the first tablet, the burning and the pain go away" (eval/holdout125 cs13; valacyclovir heals in
days) is a speed claim. Near misses: a hedged course, the relief put off, and a side effect's course."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "valacyclovir",
        "Many patients tell us: already 2 or 3 hours after the first tablet, the burning and the pain go away.",
        RAPID,
        "error",
    ),
    ("valacyclovir", "After the first dose the stinging and the tingling stop.", RAPID, "error"),
    ("valacyclovir", "From the first tablet the blisters are gone.", RAPID, "error"),
    ("acyclovir", "With the very first capsule, your soreness or the itching eases.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("valacyclovir", "After the first dose the soreness usually settles within a few days.", RAPID),
    ("valacyclovir", "Don't expect the pain to go away after the first tablet.", RAPID),
    ("valacyclovir", "After the first dose the nausea usually settles within a few days.", RAPID),
]
