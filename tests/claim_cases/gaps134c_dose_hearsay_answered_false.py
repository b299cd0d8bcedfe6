"""A dose told as hearsay that the article answers as false, as a class, from eval/holdout194 (fj09, citalopram: a false
error).

Class: an amount above the label reported as what others say or what the reader may come across ("You may read online
that citalopram can go up to 60 mg", "Some websites say you can take ...", "Many people believe ..."), or called a myth,
then said to be wrong: by the next sentence ("It can't, not any more: ...", "No, it can't.", "That is not true", "That's a
myth") or a later clause of its own. It is not a dose the article gives: dosage.above-max stays silent. Still reported:
the same hearsay left standing or followed by the writer's own overdose, and hearsay that denies (a bare "it can't" after
it agrees rather than answers).
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # hearsay left standing: the article's own word
    ("citalopram", "You may read online that citalopram can go up to 60 mg. It works well for many people.", ABOVE_MAX, "error"),
    ("citalopram", "Some people say you can't take more than 20 mg. I take 60 mg of citalopram every morning.", ABOVE_MAX, "error"),
    (
        "ibuprofen",
        "Some people say you can take four 200 mg tablets every four hours. It helps a lot.",
        ABOVE_MAX,
        "error",
    ),
    # hearsay and then a clause that goes on after "can't": no answer to it
    (
        "citalopram",
        "You may read online that citalopram can go up to 60 mg. It can't hurt to ask your doctor about it.",
        ABOVE_MAX,
        "error",
    ),
    # no hearsay at all: the dose is the writer's
    ("citalopram", "Citalopram can go up to 60 mg. It can't hurt to ask your doctor.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (fj09)
    (
        "citalopram",
        "You may read online that citalopram can go up to 60 mg. It can't, not any more: since 2011 the label says not to go"
        " above 40 mg a day, because of the heart.",
        ABOVE_MAX,
    ),
    # new wordings, other voices
    (
        "citalopram",
        "Some websites say you can take 60 mg of citalopram a day. That is not true: the top dose is 40 mg.",
        ABOVE_MAX,
    ),
    (
        "citalopram",
        "Many people believe citalopram can be pushed to 60 mg a day. That's a myth: the label stops at 40 mg.",
        ABOVE_MAX,
    ),
    ("citalopram", "You may hear that the dose can go up to 60 mg. No, it can't.", ABOVE_MAX),
    ("citalopram", "Myth: you can take 60 mg of citalopram a day.", ABOVE_MAX),
    (
        "ibuprofen",
        "Some people say you can take four 200 mg tablets every four hours. That is wrong: no more than 1,200 mg a day without a doctor.",
        ABOVE_MAX,
    ),
]
