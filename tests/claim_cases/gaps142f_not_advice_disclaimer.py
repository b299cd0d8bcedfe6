"""A disclaimer that says the text is not personal medical advice, or is not to be read as medical advice, read as no
disclaimer, from eval/holdout258 (hv11, a letter to a grandfather) and holdout260 (hx12, a dog walker's blog), as a class.

Class: the writer's own words for "this is not medical advice", with "personal", "individual" or "specific" before it, or the
text to be read "not as medical advice" ("This is what I've learned from my pharmacist, not personal medical advice, so check
with yours"; "read this as me explaining things, not as medical advice").

Silent (the error stays): medical advice named with no disclaimer ("Do not ignore medical advice to take it with food", "If
you are not getting medical advice about your dose, ask").
"""

from __future__ import annotations

DISCLAIMER = "disclaimer.missing"
_NAPROXEN = "Take naproxen with food.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("naproxen", _NAPROXEN + "Do not ignore medical advice to take it with food.", DISCLAIMER, "error"),
    ("naproxen", _NAPROXEN + "If you are not getting medical advice about your dose, ask.", DISCLAIMER, "error"),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    # the drafts' own wordings
    (
        "naproxen",
        _NAPROXEN + "I walk dogs; I'm not a medical person. This is what I've learned from my pharmacist, not personal medical"
        " advice, so check with yours.",
        DISCLAIMER,
    ),
    (
        "aspirin",
        "Take one aspirin a day.\n\nI'm still a student, Grandad, so read this as me explaining things, not as medical advice."
        " Dr. Levin and the pharmacist at the drugstore know your whole story; ask them anything.",
        DISCLAIMER,
    ),
    # new wordings in other voices
    (
        "naproxen",
        _NAPROXEN + "Everything below is a pharmacist's general tips, not individual medical advice.",
        DISCLAIMER,
    ),
    (
        "naproxen",
        _NAPROXEN + "Please take this newsletter as a neighbour's notes, not as professional advice.",
        DISCLAIMER,
    ),
    (
        "naproxen",
        _NAPROXEN + "These are the club secretary's notes and not to be taken as medical advice.",
        DISCLAIMER,
    ),
]
