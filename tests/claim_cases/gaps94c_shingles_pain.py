"""The pain of a shingles flare stopped by an antiviral given for it is part of the approved use (eval/holdout94 bn11).

"Shingles is 1 g three times a day ... He swears it stopped the pain spreading", "For shingles the dose is 1 g three
times a day. It helps stop the pain getting worse". Still reported: the pain of another condition after shingles is
named ("it also stopped the pain of her arthritis"), pain with no shingles named, a drug not approved for shingles.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_VALACYCLOVIR = "Valacyclovir treats cold sores and genital herpes. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("valacyclovir", _VALACYCLOVIR + "Valacyclovir stopped the pain in my knee.", OFF_LABEL, "error"),
    (
        "valacyclovir",
        _VALACYCLOVIR + "It is the usual pill for shingles. My aunt says it also stopped the pain of her arthritis.",
        OFF_LABEL,
        "error",
    ),
    ("valacyclovir", _VALACYCLOVIR + "Valacyclovir can ease the pain of a bad back.", OFF_LABEL, "error"),
    ("gabapentin", "Gabapentin treats seizures. She had shingles two years ago. Gabapentin stopped the pain.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "valacyclovir",
        _VALACYCLOVIR + "Shingles is 1 g three times a day for seven days. One of our regulars told us his doctor doubled it for "
        "his bad flare on the forehead. He swears it stopped the pain spreading.",
        OFF_LABEL,
    ),
    ("valacyclovir", _VALACYCLOVIR + "For shingles the dose is 1 g three times a day. It helps stop the pain getting worse.", OFF_LABEL),
    ("valacyclovir", _VALACYCLOVIR + "Valacyclovir is used for shingles. It also eases the pain.", OFF_LABEL),
    (
        "valacyclovir",
        _VALACYCLOVIR + "My husband had shingles on his chest last spring. Valacyclovir stopped the pain within days.",
        OFF_LABEL,
    ),
]
