"""Comparative claims from the holdout62-64 scoring, as classes.

More of a result on one named medicine than on another, the rival named after "than ... on/with": "our patients drop
noticeably more pounds on Zepbound than they ever did on Wegovy" (holdout62 ah09), "I lost far more weight with
tirzepatide than with semaglutide", "people see bigger drops in blood sugar on Januvia than on metformin"
(unsupported-claim.comparative). Near misses: against placebo ("more weight on tirzepatide than on placebo"), another
dose of the same drug ("on the top dose than on the starting dose"), a day ("more on Saturdays than on Mondays"), cited.

Tablets counted by their strength on one named day of the week, so all of them that day: "two of the 20s on Friday
evening" (holdout62 ah07: 40 mg of tadalafil, above the 20 mg a day), "on a Saturday I swallow three of my 10s"
(dosage.above-max). Near misses: one of them that day ("one of the 20s on Friday evening"), at the maximum ("two of
the 10s on a Sunday"), forbidden ("never take two of the 20s on a Friday").

Each case is the body of one article about one drug; the assertion is what its writer would see: the finding of that
rule with its severity, or none."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"
ABOVE_MAX = "dosage.above-max"
_SOLD = "Cialis comes in 10 mg and 20 mg tablets. "

#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    ("tirzepatide", "Honestly, I lost far more weight with tirzepatide than with semaglutide.", COMPARATIVE, "error"),
    ("sitagliptin", "Our clinic sees bigger drops in blood sugar on Januvia than we ever did on Jardiance.", COMPARATIVE, "error"),
    ("tadalafil", "Most men get a lot more confidence on Cialis than they had with Viagra.", COMPARATIVE, "error"),
    ("tadalafil", _SOLD + "For a weekend away I take two of my 20s on Saturday night, to be safe.", ABOVE_MAX, "error"),
    ("tadalafil", _SOLD + "On a Sunday I'll often swallow three of the 10s with lunch.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the writer must not be shown as that rule.
SHOULD_NOT = [
    ("tirzepatide", "In the trial, people lost more weight on tirzepatide than on placebo.", COMPARATIVE),
    ("tirzepatide", "People lose more weight on the top dose than on the starting dose.", COMPARATIVE),
    ("ibuprofen", "I take more of it on Saturdays than on Mondays, after football.", COMPARATIVE),
    ("tadalafil", _SOLD + "For a weekend away I take one of my 20s on Saturday night.", ABOVE_MAX),
    ("tadalafil", _SOLD + "I take two of the 10s on a Sunday, which is 20 mg.", ABOVE_MAX),
    ("tadalafil", _SOLD + "Never take two of the 20s on a Friday night, however tempting.", ABOVE_MAX),
]
