"""Harm to the body or an organ denied outright, as an absolute claim, from eval/holdout168 (ej12, methotrexate), as a class.

Class: "at the small weekly doses used for joints it does the body no harm at all": "it does the body no harm", "won't do your
liver any harm", "does your kidneys no harm whatsoever", "won't do your baby any harm": no harm promised, its object the
body, an organ or a child, uncited (an error). Silent: a risk conceded right after it, a dose skipped as the subject, the
idiom of advice ("no harm to miss a week"), a promise nobody can make, a condition after it, and the claim cited.
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ej12)
    (
        "methotrexate",
        "As Marjorie's rheumatologist reassured her, at the small weekly doses used for joints it does the body no harm at all.",
        ABSOLUTE,
        "error",
    ),
    # new wordings, other voices
    ("atorvastatin", "My doctor says it won't do your liver any harm.", ABSOLUTE, "error"),
    ("lisinopril", "Honestly, this one does your kidneys no harm whatsoever.", ABSOLUTE, "error"),
    ("sertraline", "They won't do your baby any harm, the midwife promised.", ABSOLUTE, "error"),
    ("ibuprofen", "Taken with food, it does the stomach no harm at all.", ABSOLUTE, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    # a risk conceded after it
    ("methotrexate", "It does the body no harm at all, but it can harm the liver, so you need blood tests.", ABSOLUTE),
    # a skipped dose, not the medicine
    ("methotrexate", "Skipping one dose does the body no harm at all.", ABSOLUTE),
    # the idiom of advice
    ("methotrexate", "It does the body no harm to miss a week, but tell your doctor.", ABSOLUTE),
    # a condition after it
    (
        "methotrexate",
        "It does the body no harm at all if you keep to the weekly dose and have your blood tests.",
        ABSOLUTE,
    ),
    # a promise nobody can make
    ("methotrexate", "Nobody can promise it does the body no harm at all.", ABSOLUTE),
    # cited
    (
        "methotrexate",
        "At low weekly doses it does the body no harm in most people.[^1]\n\n[^1]: Smith J. Low-dose methotrexate. BMJ. 2019.",
        ABSOLUTE,
    ),
]
