"""Prednisone's approved rheumatic and allergic uses in plain words, from eval/holdout199 (fo10, a false error), as a class.

Class: prednisone's label (INDICATIONS AND USAGE 2, Rheumatic Disorders) covers arthritis broadly (rheumatoid, psoriatic and
gouty arthritis, and also post-traumatic osteoarthritis, synovitis of osteoarthritis, epicondylitis), and section 5 (Allergic
States) covers seasonal allergic rhinitis: "for arthritis and lupus", an osteoarthritis flare and hay fever are approved uses,
not undisclosed off-label ones (the draft's "for arthritis and lupus" was an error). Still reported: uses outside the label
(acne, a common cold, migraine).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("prednisone", "She takes prednisone for her acne.", OFF_LABEL, "error"),
    ("prednisone", "Her GP gave her prednisone for a common cold.", OFF_LABEL, "error"),
    ("prednisone", "He takes prednisone for his migraines.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (fo10)
    (
        "prednisone",
        "Doctors use it for severe allergic reactions like a bad poison ivy rash, for asthma flares, for arthritis and lupus,"
        " and for a long list of other conditions.",
        OFF_LABEL,
    ),
    ("prednisone", "She was given prednisone for arthritis in her hands.", OFF_LABEL),
    ("prednisone", "Her doctor gave her a short course of prednisone for the osteoarthritis flare in her knee.", OFF_LABEL),
    ("prednisone", "His GP gave him prednisone for his hay fever when nothing else touched it.", OFF_LABEL),
]
