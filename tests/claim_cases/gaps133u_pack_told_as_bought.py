"""A pack count told as bought, collected or used up is a story, not a shop's listing (eval/holdout190 ff03: a false error;
the thirtieth stop's "N-count bottle" false errors in holdout168, 172 and 174), as a class.

`promotional.product-listing`'s `not_after`: a pack size after a purchase, a collection or its use told earlier in the
sentence ("The finance committee bought the large 500-count bottles at the wholesale club", "We went through a 100-count
bottle in a month") is not a listing; its price, if any, stays promotional.price's. Still a listing: the pack put to the
reader ("Grab the 90-count bottle", "Order the 100-count bottle today", "The 90-count bottle is our best seller").
"""

from __future__ import annotations

LISTING = "promotional.product-listing"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("ibuprofen", "Grab the 90-count bottle.", LISTING, "error"),
    ("loratadine", "Order the 100-count bottle today and save.", LISTING, "error"),
    ("cetirizine", "The 90-count bottle is our best seller.", LISTING, "error"),
    ("aspirin", "We bought some last year. The big 500-count bottles are back in stock.", LISTING, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (ff03)
    (
        "aspirin",
        "The parish nurse's cupboard now holds the 81 mg and 325 mg tablets. The finance committee bought the large 500-count"
        " bottles at the wholesale club, so the cupboard is well stocked through Easter.",
        LISTING,
    ),
    # other voices
    ("ibuprofen", "We went through a 100-count bottle in a month during his back flare.", LISTING),
    ("loratadine", "Mum picked up the big 200-count bottle at the warehouse store in March.", LISTING),
    ("cetirizine", "When I collected the 90-count pack, the pharmacist went over the dose with me.", LISTING),
]
