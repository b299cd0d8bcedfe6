"""Relief of the approved condition's own symptom is the approved use, as a class.

- "Valacyclovir treats shingles and can shorten the pain of the rash", "takes the edge off the pain of the outbreak", "It can
  also shorten the pain of the blisters": the shingles' pain, told after the approved use.
- Another pain relieved is still a use of its own: "can shorten the pain of a knee injury", "shorten back pain too", "take it
  for back pain too".
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("valacyclovir", "Valacyclovir treats cold sores and can shorten the pain of a knee injury.", OFF_LABEL, "error"),
    ("valacyclovir", "Valacyclovir treats shingles and can shorten back pain too.", OFF_LABEL, "error"),
    (
        "valacyclovir",
        "Valacyclovir treats shingles and can shorten the pain of the rash. Some people take it for back pain too.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("valacyclovir", "Valacyclovir treats shingles and can shorten the pain of the rash.", OFF_LABEL),
    ("valacyclovir", "Valacyclovir treats shingles and takes the edge off the pain of the outbreak.", OFF_LABEL),
    ("valacyclovir", "Valacyclovir treats shingles. It can also shorten the pain of the blisters.", OFF_LABEL),
    ("valacyclovir", "Valacyclovir treats cold sores and can ease the sting of the blisters.", OFF_LABEL),
]
