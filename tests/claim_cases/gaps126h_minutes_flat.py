"""A time of twenty minutes or less said flat for the medicine to work: "mine works in about ten minutes" (eval/holdout126
ct13; alprazolam peaks in 1 to 2 hours) is a speed claim. Near misses: a hedged time, a side effect kicking in, a time
course of half an hour or more, and a time the label gives (albuterol)."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("alprazolam", "**3/11** How it feels: mine works in about ten minutes. Shoulders drop, chest unclenches.", RAPID, "error"),
    ("alprazolam", "Honestly it kicks in after 15 minutes.", RAPID, "error"),
    ("zolpidem", "The tablets take effect in 5-10 minutes.", RAPID, "error"),
    ("sumatriptan", "In my experience it starts working in under fifteen minutes.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("alprazolam", "It usually works in 15 minutes.", RAPID),
    ("alprazolam", "The drowsiness kicks in after ten minutes, so don't drive.", RAPID),
    ("alprazolam", "It should start to work within 20 minutes.", RAPID),
    ("ibuprofen", "It works in 30 to 60 minutes.", RAPID),
]
