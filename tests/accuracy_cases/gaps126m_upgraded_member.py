"""A wrong drug class implied by making the drug an upgraded or newer version of a medicine of that class (misses in
eval/holdout127 cu13, holdout130 cx04), as a class (kind ``wrong-class``).

1. One of the class told upgraded, also as the reader is told to think of it: "Famotidine is the stuff in Pepcid. Think
   of it as a fancier Tums: it mops up the acid that's already sloshing around in there" (cu13), "see it as a posher
   Rolaids", "Pepcid is basically an upgraded Tums", "picture it as a prescription-strength Maalox". Not "fancier than
   Tums", "a fancier option", "Think of it as a fancier way to ...", "a better choice than Tums".
2. A newer version of one the writer was on: "amlodipine is just a newer version of my old atenolol, same family" (cx04),
   "Norvasc is basically an updated version of his old metoprolol", "it's a newer version of my usual lisinopril". Not
   "a newer version of my old blood pressure pill", "replaced my old atenolol", "a different medicine from my old atenolol".
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # 1. upgraded
    (
        "famotidine",
        "Famotidine is the stuff in Pepcid. Think of it as a fancier Tums: it mops up the acid that's already sloshing around in there.",
        MISSTATEMENT,
        "not-a-ppi-or-antacid",
        "warning",
    ),
    ("famotidine", "I like to see it as a posher Rolaids that lasts all evening.", MISSTATEMENT, "not-a-ppi-or-antacid", "warning"),
    ("famotidine", "Pepcid is basically an upgraded Tums, and it costs a little more.", MISSTATEMENT, "not-a-ppi-or-antacid", "warning"),
    (
        "famotidine",
        "Picture famotidine as a prescription-strength Maalox in a small white tablet.",
        MISSTATEMENT,
        "not-a-ppi-or-antacid",
        "warning",
    ),
    # 2. a newer version of one the writer was on
    (
        "amlodipine",
        "Been on it since spring. As far as I can tell amlodipine is just a newer version of my old atenolol, same family, "
        "which is why my resting pulse dropped into the fifties.",
        MISSTATEMENT,
        "wrong-class",
        "warning",
    ),
    ("amlodipine", "Norvasc is basically an updated version of his old metoprolol.", MISSTATEMENT, "wrong-class", "warning"),
    ("amlodipine", "The way my GP put it, it's a newer version of my usual lisinopril.", MISSTATEMENT, "wrong-class", "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # 1.
    ("famotidine", "Famotidine is fancier than Tums and lasts longer.", MISSTATEMENT, "not-a-ppi-or-antacid"),
    ("famotidine", "Think of it as a fancier way to keep heartburn away than chewing Tums.", MISSTATEMENT, "not-a-ppi-or-antacid"),
    ("famotidine", "Pepcid is a better choice than Tums if the burning comes back every night.", MISSTATEMENT, "not-a-ppi-or-antacid"),
    ("famotidine", "Think of it as a fancier option: it turns down the acid your stomach makes.", MISSTATEMENT, "not-a-ppi-or-antacid"),
    # 2.
    ("amlodipine", "Amlodipine is just a newer version of my old blood pressure pill.", MISSTATEMENT, "wrong-class"),
    ("amlodipine", "Amlodipine replaced my old atenolol last spring.", MISSTATEMENT, "wrong-class"),
    ("amlodipine", "Amlodipine is a different medicine from my old atenolol, so the pulse should not drop.", MISSTATEMENT, "wrong-class"),
]
