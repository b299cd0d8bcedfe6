"""Two amounts of one drug put together by a verb of pairing, joined by a bare "with" (holdout75 au10: "Many of our
members pair the daily 5 mg with a 20 mg tablet on weekend nights" = 25 mg those days; tadalafil allows 20 mg):
"combine the everyday 5 mg with a 20 mg tablet", "stack their 100 mg with a 50 mg one", "tops up her 200 mg with a
50 mg tablet".

Still silent: the pairing forbidden ("Never pair ..."), "with" before no amount ("pair the daily 5 mg with a healthy
breakfast"), "compared with", a pair within the label, a switch from one amount to another."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
_ED = "Tadalafil treats erectile dysfunction. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "tadalafil",
        _ED + "Many of our members pair the daily 5 mg with a 20 mg tablet on weekend nights for an extra boost.",
        ABOVE_MAX,
        "warning",
    ),
    ("tadalafil", _ED + "Some men combine their everyday 5 mg with a 20 mg tablet before a big night.", ABOVE_MAX, "warning"),
    (
        "sildenafil",
        "Sildenafil treats erectile dysfunction. A few guys stack their 100 mg with a 50 mg one when they want to be sure.",
        ABOVE_MAX,
        "error",
    ),
    ("sertraline", "Sertraline treats depression. On bad weeks she tops up her 200 mg with a 50 mg tablet.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("tadalafil", _ED + "Never pair the daily 5 mg with a 20 mg tablet.", ABOVE_MAX),
    ("tadalafil", _ED + "Start with 5 mg; compared with 20 mg it has fewer side effects.", ABOVE_MAX),
    ("tadalafil", _ED + "Pair the daily 5 mg with a healthy breakfast.", ABOVE_MAX),
    ("tadalafil", _ED + "Your clinician may pair the daily 2.5 mg with a 5 mg tablet on weekends.", ABOVE_MAX),
    ("tadalafil", _ED + "Some men switch from the daily 5 mg to a 20 mg tablet on weekends.", ABOVE_MAX),
]
