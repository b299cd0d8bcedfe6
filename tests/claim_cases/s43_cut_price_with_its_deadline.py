"""A cut price told with its deadline, or a push while it lasts, in a pharmacy's or a shop's voice (the forty-third stop's own
spot check, after holdout271-278's offers): sales language, an error. Silent: a price comparison without a deadline, a
deadline without a cut price, a charity's half-price tickets told without "only"."""

from __future__ import annotations

SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("omeprazole", "Grab two boxes while they're half price this week only at the front counter!", SALES, "error"),
    ("cetirizine", "Zyrtec 30-packs are half off today only, so pop in before we close.", SALES, "error"),
    ("ibuprofen", "The big bottles are marked down until Sunday only.", SALES, "error"),
    ("loratadine", "Stock your cabinet with Claritin while it's still on sale.", SALES, "error"),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    ("omeprazole", "The generic costs about half the price of the brand, so ask your pharmacist.", SALES),
    ("omeprazole", "The travel clinic is open this week only, on Tuesday and Thursday mornings.", SALES),
    ("cetirizine", "Tickets for the spring fair are half price for children.", SALES),
    ("ibuprofen", "If your pain is reduced today only to flare again tomorrow, tell your doctor.", SALES),
]
