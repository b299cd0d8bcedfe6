"""A use of other medicines read as the drug's, from eval/holdout183 (ey01, propranolol: a false error), as a class.

Class: insulin (left out of the drug names on purpose, an everyday word) or tablets used, injected or taken for diabetes, in a
clause before the drug named as the subject of a warning ("If you use insulin or tablets for diabetes, propranolol can hide
the racing pulse ..."; "if you're on insulin for your diabetes, metoprolol may mask ...", "people who inject insulin for
diabetes should know that propranolol can hide ...", "and insulin for diabetes" after the drug's own use): the use is
insulin's or the tablets', not the beta blocker's. Still reported: the drug's own off-label use beside insulin ("I take
propranolol for my anxiety, and insulin for diabetes") and a use of the drug with "use" ("If you use propranolol for stage
fright").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drug's own use beside insulin's
    ("propranolol", "I take propranolol for my anxiety, and insulin for diabetes.", OFF_LABEL, "error"),
    # "use" with the drug itself
    ("propranolol", "If you use propranolol for stage fright, try a dose at home first.", OFF_LABEL, "error"),
    # tablets of the drug itself
    ("propranolol", "I take propranolol tablets for my anxiety.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (ey01)
    (
        "propranolol",
        "**Low sugars.** If you use insulin or tablets for diabetes, propranolol can hide the racing pulse that usually tells you"
        " your sugar is falling, and the low can last longer.",
        OFF_LABEL,
    ),
    # new wordings, other voices
    ("metoprolol", "If you're on insulin for your diabetes, metoprolol may mask the shakiness of a low.", OFF_LABEL),
    (
        "propranolol",
        "People who inject insulin for diabetes should know that propranolol can hide the warning signs of a low.",
        OFF_LABEL,
    ),
    (
        "metoprolol",
        "Patients who use tablets or insulin for diabetes should know metoprolol can hide a racing heart during a low.",
        OFF_LABEL,
    ),
    ("propranolol", "If you take insulin for diabetes, propranolol can hide the signs of a low.", OFF_LABEL),
    ("propranolol", "I take propranolol for my migraines, and insulin for diabetes.", OFF_LABEL),
]
