"""A product for animals compared with the medicine for people: a safety warning, not a comparative claim
(eval/holdout101 bu13), as a class.

"Ivermectin made for horses, cattle or sheep is far stronger than the tablets for people", "Horse paste is much stronger
than human tablets", "the veterinary versions are way stronger than anything a doctor prescribes" (not the medicine itself
set against other medicines: "Ivermectin is far stronger than the older worm tablets", "Unlike horse paste, the tablets
work far better than the older worm medicines").
"""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("ivermectin", "Ivermectin is far stronger than the older worm tablets.", COMPARATIVE, "error"),
    (
        "ivermectin",
        "Unlike horse paste, the tablets work far better than the older worm medicines.",
        COMPARATIVE,
        "error",
    ),
    ("ivermectin", "Forget the animal wormers: ivermectin tablets work far better than the older lice lotions.", COMPARATIVE, "error"),
    ("ivermectin", "Made for people, it is much safer than the older lice treatments.", COMPARATIVE, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    # the draft's own wording
    (
        "ivermectin",
        "## Never use animal ivermectin\n\nIvermectin made for horses, cattle or sheep is far stronger than the tablets for "
        "people. People who took it have had vomiting, low blood pressure, confusion, seizures and coma.",
        COMPARATIVE,
    ),
    ("ivermectin", "Horse paste is much stronger than the human tablets, so never take it.", COMPARATIVE),
    ("ivermectin", "The veterinary versions are way stronger than the tablets a doctor prescribes.", COMPARATIVE),
    ("ivermectin", "Ivermectin sold for cattle is far stronger than the tablets for people.", COMPARATIVE),
    ("praziquantel", "Dog wormers are much stronger than the tablets for people, and not safe to swallow.", COMPARATIVE),
]
