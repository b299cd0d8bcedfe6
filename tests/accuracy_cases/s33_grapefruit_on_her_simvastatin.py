"""Grapefruit kept for years "on her simvastatin", told by the harm that never came ("Mum has had half a grapefruit every
morning for ten years on her simvastatin and never had a single ache": a spot check of 38a8856's class at the end of the
thirty-third stop; the drug's name after a possessive). Silent: grapefruit given up."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "simvastatin",
        "Mum has had half a grapefruit every morning for ten years on her simvastatin and never had a single ache.",
        MISSTATEMENT,
        "grapefruit-safe",
        "error",
    ),
    (
        "simvastatin",
        "Grapefruit juice at breakfast with his Zocor for years, and never so much as a twinge.",
        MISSTATEMENT,
        "grapefruit-safe",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "simvastatin",
        "He gave up grapefruit when he started on his simvastatin and never had a single ache.",
        MISSTATEMENT,
        "grapefruit-safe",
    ),
    (
        "simvastatin",
        "She stopped the grapefruit juice the week she began her simvastatin, and she has never had a twinge.",
        MISSTATEMENT,
        "grapefruit-safe",
    ),
]
