"""Two ways of taking the same medicine compared ("For hay fever, taking it every day through the season often works better
than waiting until you're miserable", eval/holdout133 da07) is advice on how to take it, not a comparative claim about the
drug. Near misses: another medicine after "than" (by name or "any other antihistamine"), the medicine itself as the subject
("It works better than waiting it out")."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("loratadine", "Taking it every day works better than ibuprofen.", COMPARATIVE, "error"),
    ("loratadine", "Taking it every day works better than taking Zyrtec.", COMPARATIVE, "error"),
    ("loratadine", "Taking it every day works better than any other antihistamine.", COMPARATIVE, "error"),
    ("loratadine", "It works better than waiting it out with plain painkillers.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "loratadine",
        "Many people notice it helping later the same day. For hay fever, taking it every day through the season often works "
        "better than waiting until you're miserable.",
        COMPARATIVE,
    ),
    ("loratadine", "Taking it every morning works better than saving it for bad days.", COMPARATIVE),
    ("fluticasone", "Using the spray every day is more effective than using it only when your nose is blocked.", COMPARATIVE),
    (
        "cetirizine",
        "Honestly, starting the tablets a week before the pollen arrives works far better than waiting for the sneezing to start.",
        COMPARATIVE,
    ),
    ("cetirizine", "Taking them regularly works better than popping one when the itching gets bad.", COMPARATIVE),
]
