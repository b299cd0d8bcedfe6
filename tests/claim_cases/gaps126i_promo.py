"""Promotional wordings from eval/holdout123, holdout125 and holdout126 (four misses, one false error), as classes.

- A price in words: "starts at four dollars for a month's supply" (holdout123 cq13), "twelve dollars and change for
  thirty tablets" (holdout125 cs01). Not "millions of dollars", "a few dollars".
- A discount code typed at checkout with no "in", and the share off in words: "type STEADY20 at checkout for twenty
  percent off your first box" (holdout125 cs09). Not "type your NHS number", "take half off the dose".
- Free tablets for signing up: "Start today and your first eight tablets are on us" (holdout125 cs08). Not "the first two
  tablets may make you dizzy", "lunch is on us".
- Money raised for a cause is not a price: "The garden party raised £412 for the minibus fund" (holdout126 ct10, a false
  error); a price beside it still is.
"""

from __future__ import annotations

PRICE = "promotional.price"
SALES = "promotional.sales-language"

_FLUOXETINE = "Fluoxetine treats depression. "
_TADALAFIL = "Tadalafil treats erectile dysfunction. "
_GABAPENTIN = "Gabapentin treats nerve pain after shingles. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    ("fluoxetine", _FLUOXETINE + "Generic fluoxetine starts at four dollars for a month's supply with our card.", PRICE, "error"),
    ("fluoxetine", _FLUOXETINE + "I paid twelve dollars and change for thirty tablets.", PRICE, "error"),
    (
        "tadalafil",
        _TADALAFIL + "Head to their site and type STEADY20 at checkout for twenty percent off your first box.",
        SALES,
        "error",
    ),
    ("tadalafil", _TADALAFIL + "Start today and your first eight tablets are on us.", SALES, "error"),
    # new wordings
    ("fluoxetine", _FLUOXETINE + "A month of the capsules runs about forty-five euros without insurance.", PRICE, "error"),
    ("fluoxetine", _FLUOXETINE + "Mine costs fifteen dollars a bottle at the big-box pharmacy.", PRICE, "error"),
    ("tadalafil", _TADALAFIL + "Sign up this week and the first 10 pills are free.", SALES, "error"),
    ("tadalafil", _TADALAFIL + "New members: your first four doses are on the house.", SALES, "error"),
    ("tadalafil", _TADALAFIL + "Key HARD15 at checkout and save fifteen percent off your order.", SALES, "error"),
    ("gabapentin", _GABAPENTIN + "The fair raised £412 for the minibus fund. A month of gabapentin costs £6.50 here.", PRICE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("gabapentin", _GABAPENTIN + "The garden party raised £412 for the minibus fund, and thank you for the bunting.", PRICE),
    ("gabapentin", _GABAPENTIN + "Residents donated $250 to the Christmas appeal.", PRICE),
    ("gabapentin", _GABAPENTIN + "The bake sale brought in £96 towards the activities fund.", PRICE),
    ("fluoxetine", _FLUOXETINE + "Depression costs the economy millions of dollars every year.", PRICE),
    ("fluoxetine", _FLUOXETINE + "Ask your pharmacist whether the generic could save you a few dollars.", PRICE),
    ("tadalafil", _TADALAFIL + "The first two tablets may make you dizzy, so sit down if you feel faint.", SALES),
    ("tadalafil", _TADALAFIL + "Come to the patient evening: lunch is on us.", SALES),
    ("tadalafil", _TADALAFIL + "Type your NHS number into the form before the consultation.", SALES),
    ("tadalafil", _TADALAFIL + "Never take half off the dose without asking.", SALES),
]

# holdout127 cu09 (second wave): the buy button, the bottle grabbed before the rush, and delivery that costs not a cent.
_LORATADINE = "Loratadine eases hay fever. "
SHOULD += [
    (
        "loratadine",
        _LORATADINE + "Hit the button below, grab the jumbo bottle before the spring rush cleans out the shelves, and you won't "
        "pay a cent for delivery.",
        SALES,
        "error",
    ),
    ("loratadine", _LORATADINE + "Tap the link to order today.", SALES, "error"),
    ("loratadine", _LORATADINE + "Delivery won't cost you a penny if you order before Friday.", SALES, "error"),
    ("loratadine", _LORATADINE + "Snag the 90-count pack while it lasts.", SALES, "error"),
]
SHOULD_NOT += [
    ("loratadine", _LORATADINE + "Grab the bottle from the cupboard and check the expiry date.", SALES),
    ("loratadine", _LORATADINE + "Store brand is the same drug. I grab the 325-count bottle at the big-box store.", SALES),
    ("loratadine", _LORATADINE + "Press the button on the nasal spray twice before the first use.", SALES),
    ("loratadine", _LORATADINE + "You won't pay anything for the consultation with your pharmacist.", SALES),
]
