"""No dependence promised with an adverb before the negation (eval/holdout99 bs10), as a class.

"Your body simply doesn't come to depend on it", "your brain just won't miss them", "the body really doesn't get used to
it" (not "your body can come to depend on it", "your body simply doesn't get used to it if you skip doses", "No one can
promise your body won't come to depend on it").
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (escitalopram's label warns of no dependence: a warning)
    (
        "escitalopram",
        'A psychiatrist we interviewed wanted readers to hear one thing clearly. "People worry they will get hooked. With this '
        "kind of medicine, your body simply doesn't come to depend on it the way it does with sleeping pills.\"",
        DEPENDENCY,
        "warning",
    ),
    ("diazepam", "Take it for as long as you need: your body just won't come to rely on it.", DEPENDENCY, "error"),
    ("alprazolam", "Our pharmacist's view is simple. Your brain really doesn't get used to these tablets.", DEPENDENCY, "error"),
    ("zolpidem", "At this dose the body honestly never starts to crave it, so there's nothing to worry about.", DEPENDENCY, "error"),
    ("tramadol", "For short courses, your system basically won't depend on the capsules.", DEPENDENCY, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    ("diazepam", "Your body can come to depend on it, so don't stop suddenly.", DEPENDENCY),
    ("diazepam", "Your body simply doesn't get used to it if you skip doses, so take it at the same time each day.", DEPENDENCY),
    ("alprazolam", "No one can promise your body won't come to depend on it.", DEPENDENCY),
    ("zolpidem", "Over a few weeks your body really does come to depend on it.", DEPENDENCY),
    (
        "tramadol",
        "In one review, the body simply didn't come to depend on it at low doses.[^1]\n\n[^1]: Smith J. Pain Med. 2019.",
        DEPENDENCY,
    ),
]
