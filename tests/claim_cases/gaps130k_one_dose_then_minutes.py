"""One dose, then a time of twenty minutes or less and the result, as a speed claim, from eval/holdout166 (eh04,
sumatriptan), as a class.

Class: "pop one and fifteen minutes later you're back to being a functioning human": a dose taken, then a few minutes and
the reader (or the symptom) well again, told flat, is a claim of fast action (uncited: an error). Silent: an instruction to
wait or lie down for some minutes, a longer time, a side effect hedged, the claim cited, and a question.
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (eh04)
    (
        "sumatriptan",
        "Today we're talking about the little tablet that rescued my twenties: sumatriptan. Pop one and fifteen minutes later"
        " you're back to being a functioning human.",
        RAPID,
        "error",
    ),
    # new wordings
    ("sumatriptan", "Take a tablet and within ten minutes the migraine's gone.", RAPID, "error"),
    ("lorazepam", "Honestly, I swallow one and five minutes later I'm fine.", RAPID, "error"),
    ("ibuprofen", "Neck two of these and twenty minutes later your back stops screaming.", RAPID, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    ("sumatriptan", "Take one and wait thirty minutes before you decide whether you need another.", RAPID),
    ("sumatriptan", "Take a tablet and ten minutes later you may feel flushed or tingly; that passes.", RAPID),
    ("sumatriptan", "Take one and lie down for ten minutes in a dark room.", RAPID),
    ("sumatriptan", "Take one and two hours later, if the headache comes back, you may take a second.", RAPID),
    ("sumatriptan", "Pop one and fifteen minutes later you're back to being a functioning human [2].", RAPID),
    ("sumatriptan", "Does it really work if you pop one and fifteen minutes later you're up and about?", RAPID),
]
