"""False-error class (twenty-eighth stop, helper h): a pack size told as the writer's own purchase read as a shop's
listing ("My last 30-count bottle of generic 5mg came to $28", holdout158 dz03): the pack is the one the writer (or
someone they know) bought, not an offer; its price is promotional.price's.

Still reported: the pack size as a shop's line or a call to buy it."""

from __future__ import annotations

LISTING = "promotional.product-listing"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("tadalafil", "Grab the 90-count bottle while it's in stock.", LISTING, "error"),
    ("hydroxyzine", "The 100 ct pack of hydroxyzine ships free.", LISTING, "error"),
    ("cetirizine", "Your 90-count bottle is waiting in the cart.", LISTING, "error"),
    ("ibuprofen", "Buy the 200-count bottle: it works out cheaper per tablet.", LISTING, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # the draft's own wording
    ("tadalafil", "Prices are all over the place. My last 30-count bottle of generic 5mg came to $28, way less than the brand.", LISTING),
    # other voices: the writer's usual pack, a relative's, one bought
    ("cetirizine", "I keep my usual 90-count bottle in the kitchen drawer.", LISTING),
    ("loratadine", "Our 100-count bottle lasted the whole family through hay fever season.", LISTING),
    ("ibuprofen", "Dad bought a 200-count bottle years ago and it's long past its date.", LISTING),
    ("omeprazole", "Her 42-count box ran out the week before the holiday.", LISTING),
]
