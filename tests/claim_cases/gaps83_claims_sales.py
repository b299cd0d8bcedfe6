"""Three older misses as classes: relief told as a change that starts at once (eval/holdout81 ba06: "the fog starts
clearing straight away"), a drug that never lets "a patient" down (holdout80 az07), and the prescription promised before
a clinician has looked (holdout80 az05: "approval is basically a sure thing once you finish the form").

Left alone: a hedged time course ("usually starts clearing after six to eight weeks"), "you haven't let anyone down if
you slip", a regulator's approval ("FDA approval is a formality for generics"), "approval is not guaranteed".
"""

from __future__ import annotations

FAST = "unsupported-claim.rapid-onset"
ABSOLUTE = "unsupported-claim.absolute"
SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("levothyroxine", "Once you swallow that first tablet the fog starts clearing straight away.", FAST, "error"),
    ("sertraline", "Most readers tell us their mood starts lifting within a day or two.", FAST, "error"),
    ("lithium", 'A psychiatrist put it plainly: "For preventing relapse, lithium never lets a patient down."', ABSOLUTE, "error"),
    ("varenicline", "In twenty years it has never let a single smoker down, and it won't let any member down either.", ABSOLUTE, "error"),
    (
        "hydroxyzine",
        "Skip the waiting room: most members have a prescription before lunch, and approval is basically a sure thing once you finish "
        "the form.",
        SALES,
        "error",
    ),
    ("finasteride", "Guaranteed approval, or your money back.", SALES, "error"),
    ("sildenafil", "We are proud of our 98% approval rate.", SALES, "error"),
    ("phentermine", "Nearly everyone gets approved on the same day.", SALES, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("levothyroxine", "The fog usually starts clearing after six to eight weeks on the right dose.", FAST),
    ("varenicline", "You haven't let anyone down if you slip; set a new quit date.", ABSOLUTE),
    ("sildenafil", "FDA approval is a formality for generics once they match the brand.", SALES),
    ("finasteride", "Approval is not guaranteed: a doctor reviews every form.", SALES),
]
