"""False-error class: a tablet count that is a purchase or a supply, not a dose. "I paid $9.80 for
30 tablets of the 10 mg" (holdout57 ac11) had been read as 300 mg taken at once. A count is a
pack when buying or paying comes before it ("bought", "ordered", "paid $X for"), or when a price
or a span of weeks follows the strength ("... of the 10 mg cost me $6", "... over a month").

Still reported: tablets taken together ("4 tablets of the 10 mg at once", "in one go"), and
a count per day kept for weeks ("4 tablets of 10 mg a day for two weeks")."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("cyclobenzaprine", "He paid for it himself and took 4 tablets of the 10 mg at once.", ABOVE_MAX, "error"),
    ("cyclobenzaprine", "Take 4 tablets of 10 mg a day for two weeks.", ABOVE_MAX, "error"),
    ("cyclobenzaprine", "I swallowed 5 tablets of the 10 mg in a few hours.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    ("cyclobenzaprine", "Generic is cheap: I paid $9.80 for 30 tablets of the 10 mg with a savings card.", ABOVE_MAX),
    ("cyclobenzaprine", "Forty tablets of the 10 mg cost me $6 at the warehouse store.", ABOVE_MAX),
    ("cyclobenzaprine", "We ordered 60 tablets of the 10 mg from the mail-order pharmacy.", ABOVE_MAX),
    ("cyclobenzaprine", "She got through 30 tablets of the 10 mg over a month.", ABOVE_MAX),
    ("baclofen", "My last refill was 90 tablets of the 10 mg for about $15.", ABOVE_MAX),
]
