"""Dosage from eval/holdout183 ey04 (atorvastatin), as a class: a pack collected, its tablets counted at their strength ("Repeat
prescription collected: 28 tablets of 40 mg") read as 28 tablets taken at once (1,120 mg, an error).

A count of tablets at a strength after words of collecting or handing over a pack ("collected", "picked up", "fetched", "handed
over", "issued", "arrived"), or after the pack named and a colon or a dash ("The new box: 28 tablets of 40 mg", "Picked up her
refill today - 30 tablets of 20 mg"), also written as a multiplication ("collected 28 x 40 mg"), is the pack's size, not a dose.
Still reported: a dose said after the pack in its own clause, and a count of tablets taken.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_MUM = "Mum takes one atorvastatin 40 mg tablet every morning with her other tablets.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "atorvastatin",
        _MUM + "Collected the new box today. The locum wants her to take three tablets of 40 mg every morning.",
        ABOVE_MAX,
        "error",
    ),
    ("atorvastatin", _MUM + "Repeat prescription collected, and from now on she takes 3 x 40 mg each day.", ABOVE_MAX, "error"),
    (
        "atorvastatin",
        _MUM + "The pharmacist handed over the box, but she swallowed four tablets of 40 mg at once by mistake.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (ey04)
    (
        "atorvastatin",
        _MUM + "**Friday 17th.** Repeat prescription collected: 28 tablets of 40 mg. Put the new box in the cupboard, not the dosette,"
        " until Sunday.",
        ABOVE_MAX,
    ),
    # other voices
    ("atorvastatin", _MUM + "Picked up her refill today - 30 tablets of 20 mg, the new lower strength.", ABOVE_MAX),
    ("atorvastatin", _MUM + "The chemist handed over 56 tablets of 40 mg in two boxes.", ABOVE_MAX),
    ("atorvastatin", _MUM + "Collected 28 x 40 mg from the pharmacy on Friday.", ABOVE_MAX),
    ("rosuvastatin", "Dad is on rosuvastatin 10 mg once a day.\n\nThe new box: 28 tablets of 10 mg, a different maker.", ABOVE_MAX),
    ("sertraline", "I take sertraline 50 mg each morning.\n\nMy prescription arrived: 30 tablets of 50 mg in a blister pack.", ABOVE_MAX),
]
