"""A symptom said to go fast with the place it is felt between ("the burning in their feet settles within an hour of the very
first capsule", eval/holdout136 dd12) is the same speed claim as "the burning settles within an hour". Near misses: hedged
("may ease within an hour", "usually settles within the first few weeks"), a time it takes, a rash (a side effect)."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "pregabalin",
        "Honestly, that's the nice thing about it. A lot of people tell us the burning in their feet settles within an hour of "
        "the very first capsule.",
        RAPID,
        "error",
    ),
    ("gabapentin", "The tingling in my hands fades within minutes of the first dose.", RAPID, "error"),
    ("naproxen", "The ache in your back eases in minutes.", RAPID, "error"),
    ("duloxetine", "The pain in both legs goes away from the very first capsule.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("pregabalin", "The burning in your feet usually settles within the first few weeks.", RAPID),
    ("pregabalin", "The burning in their feet may ease within an hour.", RAPID),
    ("pregabalin", "The burning in your feet can take a few weeks to settle.", RAPID),
    ("pregabalin", "The rash on your legs settles within an hour.", RAPID),
]
