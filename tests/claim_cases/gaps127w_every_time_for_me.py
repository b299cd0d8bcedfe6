"""The writer's own "works every time for me" is a story of one person, read by others as a promise: a warning, not an
error (eval/holdout141 di04: "I take three regular-strength tablets every four hours ... Works every time for me."), as
helper h made "cleared it every time" of one's own episodes. Near misses: "works every time" said flat, or for everyone,
stays an error."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("aspirin", "I take three tablets when my back goes. Works every time for me.", ABSOLUTE, "warning"),
    ("aspirin", "It worked for me every single time.", ABSOLUTE, "warning"),
    ("ibuprofen", "Two of these before a long shift: does the trick for me every time.", ABSOLUTE, "warning"),
    ("sumatriptan", "For my migraines it works for me every time.", ABSOLUTE, "warning"),
    ("aspirin", "Works every time.", ABSOLUTE, "error"),
    ("aspirin", "It works every time, for everyone.", ABSOLUTE, "error"),
    ("ibuprofen", "Ibuprofen works for every single person who tries it.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("aspirin", "It doesn't work every time for me, so I keep a heat pack too.", ABSOLUTE),
    ("aspirin", "Take it every time the pain comes back, for me that is twice a week.", ABSOLUTE),
    ("ibuprofen", "It works for me most of the time.", ABSOLUTE),
]
