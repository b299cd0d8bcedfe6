"""A claim reported as something someone said, corrected by the next sentence (or a later clause of its own
sentence), from the holdout39 scoring: one refutation concept (checks/lexicons/context.yml,
``refutes_previous``) that the misstatement check and the dependency-claim check share.

The correction is told as what someone who knows did: "My prescriber set me straight", "My psychiatrist soon
put me right", "The pharmacist corrected me", "I was quickly corrected", "Turns out she was wrong", "My GP said
otherwise", "..., but my nurse set me straight". Near misses that stay claims: "put me right back on it", "set
me up with a refill", "My doctor agreed", or no next sentence (the misstatement's side is in
tests/accuracy_cases/gaps39_misstatements.py).

Each case is the body of one article about one drug; the assertion is what its writer would see: the
finding of that rule with its severity, or none."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body): a claim reported, then corrected: quiet for both rules.
_CORRECTED = [
    (
        "clonazepam",
        "A friend swore Klonopin isn't habit-forming at low doses. "
        "My psychiatrist soon put me right: dependence can build even on small doses.",
    ),
    ("lorazepam", "Someone at church told me Ativan isn't addictive in small amounts. The pharmacist corrected me."),
    ("alprazolam", "Someone on the forum said Xanax isn't addictive if you only take it at night. Turns out she was wrong."),
    ("alprazolam", "I read that Xanax isn't addictive at low doses, but my GP set me straight."),
    ("zolpidem", "A coworker said Ambien isn't habit-forming. I was quickly corrected by my doctor."),
    ("diazepam", "My uncle insists Valium isn't addictive if you take it only at night. My doctor said otherwise."),
]

#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    ("alprazolam", "Xanax isn't addictive if the dose is small. My doctor put me right back on it after the surgery.", DEPENDENCY, "error"),
    (
        "clonazepam",
        "Someone at work told me Klonopin isn't addictive at low doses. My prescriber set me up with a refill.",
        DEPENDENCY,
        "error",
    ),
    ("alprazolam", "My cousin says Xanax isn't addictive at small doses. My doctor agreed.", DEPENDENCY, "error"),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [(drug, body, rule) for drug, body in _CORRECTED for rule in (MISSTATEMENT, DEPENDENCY)]
