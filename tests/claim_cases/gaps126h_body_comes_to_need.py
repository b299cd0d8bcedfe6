"""Dependence denied as "something the body comes to need", or no worry about someone getting reliant: "gabapentin isn't
something the body comes to need, so there's no worry about her getting reliant on it" (eval/holdout126 ct10; the label
warns of misuse, dependence and withdrawal). Near misses: a worry asked about, a condition after it, a need with no
becoming, and the need affirmed."""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "gabapentin",
        "Our visiting GP's answer was reassuring: unlike the old sleeping tablets, gabapentin isn't something the body comes to "
        "need, so there's no worry about her getting reliant on it.",
        DEPENDENCY,
        "error",
    ),
    ("pregabalin", "It isn't something your body learns to need.", DEPENDENCY, "error"),
    ("tramadol", "There's no worry about him getting hooked.", DEPENDENCY, "error"),
    ("lorazepam", "There's no concern about you becoming dependent on it.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("gabapentin", "Tell us if there is any worry about her getting reliant on it.", DEPENDENCY),
    ("gabapentin", "There's no worry about her getting reliant on it if she takes it for a week.", DEPENDENCY),
    ("gabapentin", "It isn't something the body needs every day.", DEPENDENCY),
    ("gabapentin", "Gabapentin can be something the body comes to need.", DEPENDENCY),
]
