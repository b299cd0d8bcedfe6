"""Relief from the first dose or by the next morning (eval/holdout121 co10): the first dose told first, then the symptom gone
("from the first tablet the tiredness goes away"), tiredness and fatigue among the symptoms said to go fast, and waking full of
energy the next morning ("already the next morning you wake up with normal energy"). Near misses: a time course of weeks,
a side effect the next morning, an instruction for the next morning, a hedged label time course ("most people feel better
within a few days"), a denial or a condition, a cited claim."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

_LEVOTHYROXINE = "Levothyroxine replaces thyroid hormone when the thyroid is underactive. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "levothyroxine",
        _LEVOTHYROXINE + "Good news for you: from the first tablet the tiredness goes away, and already the\n"
        "next morning you wake up with normal energy.",
        RAPID,
        "error",
    ),
    ("levothyroxine", _LEVOTHYROXINE + "After the very first dose the exhaustion lifts.", RAPID, "error"),
    ("ibuprofen", "Ibuprofen is a painkiller. From the first tablet, the pain melts away.", RAPID, "error"),
    ("levothyroxine", _LEVOTHYROXINE + "The next morning you'll wake up full of energy.", RAPID, "error"),
    ("levothyroxine", _LEVOTHYROXINE + "With the first tablet your fatigue disappears.", RAPID, "error"),
    ("levothyroxine", _LEVOTHYROXINE + "For most people the tiredness vanishes within hours.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("levothyroxine", _LEVOTHYROXINE + "The tiredness goes away over a few weeks.", RAPID),
    ("zolpidem", "Zolpidem treats insomnia. You may wake up groggy the next morning.", RAPID),
    ("levothyroxine", _LEVOTHYROXINE + "Take the first tablet the next morning, before breakfast.", RAPID),
    ("amoxicillin", "Amoxicillin treats bacterial infections. Most people feel better within a few days.", RAPID),
    ("levothyroxine", _LEVOTHYROXINE + "Don't expect the tiredness to go away from the first tablet.", RAPID),
    ("zolpidem", "Zolpidem treats insomnia. Do not drive the next morning if you wake up with low energy.", RAPID),
    (
        "levothyroxine",
        _LEVOTHYROXINE + "In one small study, the tiredness eased from the first tablet.[^1]\n\n[^1]: Smith J. Thyroid. 2019.",
        RAPID,
    ),
]
