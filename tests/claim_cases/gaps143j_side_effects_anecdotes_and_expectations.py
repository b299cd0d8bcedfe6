"""Claims that are not claims, from eval/holdout267 (ie04 losartan) and holdout268 (if01 acetaminophen), false errors on defective
drafts, as a class.

Class: next to no side effects told as one person's own experience is an anecdote ("barely any side effects for me"); a
comparison with what people think is no comparison between treatments ("an overdose is easier than most people think").

Still reported: next to no side effects said of the medicine ("There are barely any side effects with losartan."), a comparison
with another medicine ("It is easier than ibuprofen on the stomach.").
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("losartan", "There are barely any side effects with losartan.", ABSOLUTE, "error"),
    ("acetaminophen", "For a headache it is easier than ibuprofen on the stomach.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wordings (ie04, if01)
    (
        "losartan",
        "Losartan is boring in the best way. One small pill a day, barely any side effects for me, and my numbers have sat around"
        " 125/80 for years.",
        ABSOLUTE,
    ),
    (
        "acetaminophen",
        "You can overdose on acetaminophen, and it is easier than most people think. If you take too much, call 911.",
        COMPARATIVE,
    ),
    # the same class in other words
    ("sertraline", "Honestly? Hardly any side effects with me, apart from a dry mouth the first fortnight.", ABSOLUTE),
    ("ibuprofen", "Taking two products with ibuprofen in them is easier than you'd think.", COMPARATIVE),
]
