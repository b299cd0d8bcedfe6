"""Cetirizine said to leave the head as clear as before, the non-drowsy claim in other words: "Cetirizine is one of the
newer antihistamines, and it leaves your head as clear as it was before you swallowed it." (eval/holdout149 dq03;
cetirizine `non-drowsy`). Near misses: clearer than the old pills, clear enough for most, and a nose left clear."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "non-drowsy"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "cetirizine",
        "Cetirizine is one of the newer antihistamines, and it leaves your head as clear as it was before you swallowed it.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("cetirizine", "Zyrtec keeps your mind sharp, so take it before the exam.", MISSTATEMENT, ITEM, "warning"),
    ("cetirizine", "I take cetirizine every morning in May and it leaves my head completely clear.", MISSTATEMENT, ITEM, "warning"),
    ("cetirizine", "Cetirizine keeps the brain fog-free, even on a long drive.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("cetirizine", "Cetirizine leaves your head clearer than the old allergy pills did.", MISSTATEMENT, ITEM),
    ("cetirizine", "For most people cetirizine leaves the head clear enough, but some do feel drowsy.", MISSTATEMENT, ITEM),
    ("cetirizine", "Cetirizine leaves your nose clear within an hour.", MISSTATEMENT, ITEM),
    ("cetirizine", "Cetirizine doesn't always leave your head clear: drowsiness may occur.", MISSTATEMENT, ITEM),
]
