"""The nerve pain shingles leaves (postherpetic neuralgia) given a drug approved only for the outbreak, as a class.

- Valacyclovir treats shingles, not the pain that lingers after it: "give valacyclovir for nerve pain after shingles", "for
  the burning pain that lingers for months after shingles", "for post-shingles pain", "helps with shingles nerve pain".
- Not the outbreak itself or its own pain ("for shingles pain and the shingles rash", "the pain during the outbreak eases as
  it heals"), not gabapentin or pregabalin (approved for it).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_VALACYCLOVIR = "Valacyclovir treats shingles. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("valacyclovir", _VALACYCLOVIR + "Some doctors also give valacyclovir for nerve pain after shingles.", OFF_LABEL, "error"),
    (
        "valacyclovir",
        _VALACYCLOVIR + "Some people take it for the burning pain that lingers for months after shingles.",
        OFF_LABEL,
        "error",
    ),
    ("valacyclovir", _VALACYCLOVIR + "My GP kept me on it for post-shingles pain.", OFF_LABEL, "error"),
    ("valacyclovir", "Valacyclovir treats shingles, and a pharmacist told me it also helps with shingles nerve pain.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("valacyclovir", _VALACYCLOVIR + "The pain during the outbreak eases as it heals.", OFF_LABEL),
    ("valacyclovir", "Valacyclovir is taken for shingles pain and the shingles rash.", OFF_LABEL),
    ("gabapentin", "Gabapentin is prescribed for nerve pain after shingles.", OFF_LABEL),
    ("pregabalin", "Pregabalin treats the burning pain that lingers after a bout of shingles.", OFF_LABEL),
]
