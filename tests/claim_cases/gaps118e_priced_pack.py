"""A count of tablets bought, told with its price, is a pack, not a dose (holdout116 cj04).

"Dev's 30 tablets of the 15 mg generic came to $18.70 at the pharmacy": a count and a strength followed by a price
("came to", "cost", "ran me", "was $12") past a few words naming the product or where it was bought ("generic", "Teva
tablets", "from the online pharmacy", "at Walmart"), or preceded by a purchase that names whose tablets they are ("I
paid $18 for Dev's 30 tablets of the 15 mg"), is a supply bought (450 mg is no day's dose).

Still reported: a count taken on a schedule whose cost is told after it ("three of the 15 mg tablets each morning,
which costs about $2 a day", "... every morning at $1 a tablet", "... every morning cost him $40 a month")."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("aripiprazole", "He takes three of the 15 mg tablets each morning, which costs about $2 a day.", ABOVE_MAX, "error"),
    ("aripiprazole", "He takes three of the 15 mg tablets every morning at $1 a tablet.", ABOVE_MAX, "error"),
    ("aripiprazole", "Three of the 15 mg generic tablets every morning cost him $40 a month.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording
    (
        "aripiprazole",
        "Brand Abilify is pricey without insurance, but generic aripiprazole is a\ndifferent story. Dev's 30 tablets of the 15 mg "
        "generic came to $18.70 at the\npharmacy by his work.",
        ABOVE_MAX,
    ),
    ("aripiprazole", "I paid $18 for Dev's 30 tablets of the 15 mg.", ABOVE_MAX),
    ("aripiprazole", "A bottle of 30 of the 20 mg generic was $12 at Walmart.", ABOVE_MAX),
    ("aripiprazole", "90 of the 10 mg Teva tablets from the online pharmacy ran me $30.", ABOVE_MAX),
    ("aripiprazole", "Her 28 tablets of the 10 mg brand cost $900 without insurance.", ABOVE_MAX),
    ("escitalopram", "We bought her 90 of the 10 mg at the drugstore for $14.", ABOVE_MAX),
]
