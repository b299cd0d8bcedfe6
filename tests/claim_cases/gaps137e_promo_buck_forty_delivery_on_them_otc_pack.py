"""Promotional wordings from eval/holdout216 (gf01) and holdout219 (gi08, gi12): two misses and two false errors, as
classes.

- A price per tablet in words, the cents told after the unit: "about a buck-forty a tablet" (gf01), "a dollar twenty a
  pill", "a quid fifty each". Not "a buck-forty" with no unit (a weight in slang), not "a pound a week".
- A sponsor's free delivery for listeners, told as on them: "Mention Harbor FM when you drop off your next prescription and
  the home delivery is on them, free" (gi08), "delivery's on the pharmacy". Not "the delivery on them was late", "delivery is
  on Tuesdays".
- "No prescription needed" of a medicine on a shop's shelf is true of an over-the-counter one, not a pitch: "Any drugstore or
  supermarket carries it, no prescription needed" (gi12, a false error). A seller's "no prescription needed" is still one.
- A pack named by its count beside its price stays a product listing, as the earlier sets annotate it ("The big 365-count
  tub ... usually runs about $17.99", gi12: annotated after scoring, logged in eval/holdout219/LOG.md). A helper's option
  that left the count to the price silenced twenty such annotated listings in older sets, so it was taken out.
"""

from __future__ import annotations

PRICE = "promotional.price"
SALES = "promotional.sales-language"
LISTING = "promotional.product-listing"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (gf01, gi08, gj03's pitch)
    (
        "sildenafil",
        "You need a prescription, full stop. At my neighborhood pharmacy the generic 100s come to about a buck-forty a tablet.",
        PRICE,
        "error",
    ),
    (
        "sertraline",
        "**BEV:** The Health Hour comes to you with support from Harbor Pharmacy on Front Street. Mention Harbor FM when you drop"
        " off your next prescription and the home delivery is on them, free, for the whole of December.",
        SALES,
        "error",
    ),
    (
        "omeprazole",
        "Stock up now: the on-site pharmacy in Building C has the 42-count boxes on buy-one-get-one-free until Friday, so grab a"
        " couple on your way out.",
        SALES,
        "error",
    ),
    # new wordings, other voices
    ("atorvastatin", "The generic works out at a dollar twenty a pill at most chains.", PRICE, "error"),
    ("cetirizine", "Our own brand is about a quid fifty each.", PRICE, "error"),
    ("metformin", "At the big-box store it runs a buck and a half a day.", PRICE, "error"),
    ("sertraline", "Tell them the Morning Show sent you and delivery's on the pharmacy all month.", SALES, "error"),
    ("atorvastatin", "Sign up with our sponsor this week and your deliveries will be on them until spring.", SALES, "error"),
    # a seller's "no prescription needed" is still a pitch
    ("sildenafil", "Order online today, no prescription needed.", SALES, "error"),
    ("sildenafil", "Our online pharmacy ships it from the supermarket warehouse, no prescription needed.", SALES, "error"),
    # another pitch in an over-the-counter medicine's sentence is still one
    ("cetirizine", "Every supermarket stocks it, no prescription needed, so stock up while stocks last.", SALES, "error"),
    # a pack count with no price or pitch in its sentence is still a listing
    ("loratadine", "Grab the 90-count bottle.", LISTING, "error"),
    # ... and beside its price (gi12's own wording, and the earlier sets' annotations)
    (
        "loratadine",
        "The big 365-count tub of the Kirkland version usually runs about $17.99 at the warehouse club, which works out to under"
        " five cents a day.",
        LISTING,
        "error",
    ),
    ("cetirizine", "The 100-count bottle is $12 at most chains.", LISTING, "error"),
    # ... and so is a listing with its strength beside a price (holdout140 dh06)
    (
        "tamsulosin",
        "A month's supply of the generic 0.4 mg (30 capsules) came up at $9.87 at one big-box pharmacy.",
        LISTING,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording: an over-the-counter medicine on the shelf (gi12)
    (
        "loratadine",
        "Any drugstore or supermarket carries it, no prescription needed, and the store brands have the same active ingredient"
        " as the name brand.",
        SALES,
    ),
    # other voices of the same
    ("cetirizine", "It's on the shelf at every supermarket, no prescription required.", SALES),
    ("ibuprofen", "No prescription needed: it's sold over the counter at any grocery store.", SALES),
    # near misses of the price and the delivery
    ("prednisone", "By the end he was a buck-forty, soaking wet.", PRICE),
    ("semaglutide", "Most people lose about a pound a week.", PRICE),
    ("sertraline", "The delivery on them was late, so call the pharmacy if it has not come.", SALES),
    ("sertraline", "Home delivery is on Tuesdays and Fridays.", SALES),
]
