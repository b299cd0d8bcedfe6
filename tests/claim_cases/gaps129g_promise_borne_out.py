"""Missed class (twenty-eighth stop, helper g): a speed passed on as someone's promise, then said by the writer to have
come true in the rest of its sentence. "The nurse who came to check on him promised the tablets get to work almost straight
away, and they did" (eval/holdout154 dv02) was set aside as hearsay ("promised" opens a claim made by others); the
writer's "and they did" makes it the writer's own claim. Also "and sure enough it did", "and she was right".

Still silent: the promise left alone, denied after ("and they didn't", "which it does not"), or a "did" that is another
verb's ("and they did warn us about the drowsiness")."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "diazepam",
        "**Tuesday.** The nurse who came to check on him promised the tablets get to work almost straight away, and they did. "
        "Dad was loosened up and cracking jokes before I had finished the washing-up.",
        RAPID,
        "error",
    ),
    ("sumatriptan", "The leaflet at the chemist claims it works within minutes, and sure enough it did.", RAPID, "error"),
    ("lorazepam", "The pharmacist promised it would kick in straight away, and she was right.", RAPID, "error"),
    ("ibuprofen", "My sister swore it works instantly, and it really does.", RAPID, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("diazepam", "The nurse promised the tablets get to work almost straight away.", RAPID),
    ("diazepam", "The nurse promised the tablets get to work almost straight away, and they didn't.", RAPID),
    ("diazepam", "The nurse promised the tablets get to work almost straight away, and they did warn us about drowsiness.", RAPID),
    ("sumatriptan", "The website claims it works within minutes, which it does not.", RAPID),
]
