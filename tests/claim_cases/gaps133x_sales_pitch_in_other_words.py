"""A sales pitch in other words (eval/holdout183 ey06, holdout184 ez05, holdout186 fb13: misses), as a class.

Free delivery told after its verb ("your prescription is delivered free to your door"), a sale's clock told as while it lasts
("while this week's sale is on", "while stocks last"), the reader told to buy through the writer's link ("Grab the big bottle
through my link below"), and a prescription medicine sold through the publisher's online pharmacy without a visit ("through our
online travel pharmacy without booking a clinic visit"). Silent: goods free of an ingredient, the time "while you are on it", an
affiliate disclosure ("if you buy through my link, I earn a small commission"), and the law told ("you cannot get it without
seeing a doctor").
"""

from __future__ import annotations

SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    (
        "lisdexamfetamine",
        "Book today and you can be seen the same afternoon, no waiting room, no referral, and your prescription is delivered"
        " free to your door the next morning.",
        SALES,
        "error",
    ),
    (
        "naproxen",
        "Any pharmacy carries it, but I stock up online. Grab the big 200-caplet bottle through my link below while this week's"
        " sale is on and it lands on your porch by tomorrow morning.",
        SALES,
        "error",
    ),
    (
        "doxycycline",
        "Returning travelers can get doxycycline through our online travel pharmacy without booking a clinic visit: fill in the"
        " short form, and your course is shipped to you before you fly.",
        SALES,
        "error",
    ),
    # new wordings, other voices
    ("sildenafil", "Every order is posted for free in plain packaging.", SALES, "error"),
    ("finasteride", "Stock up while the offer lasts: three months for the price of two.", SALES, "error"),
    ("cetirizine", "Order yours via our partner link and beat the pollen season.", SALES, "error"),
    ("sildenafil", "Men can order sildenafil from our online men's health service without a doctor's appointment.", SALES, "error"),
    ("omeprazole", "Pick up a box with my link, and it is shipped to you free.", SALES, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("cetirizine", "The liquid is free of sugar and delivered free from dyes.", SALES),
    ("naproxen", "While you are on it, take it with food.", SALES),
    ("naproxen", "This post has affiliate links. If you buy through my link, I earn a small commission at no cost to you.", SALES),
    ("doxycycline", "You cannot get doxycycline without seeing a doctor or a travel nurse.", SALES),
    ("naproxen", "While the sale of codeine is restricted, naproxen is on the shelf.", SALES),
    ("omeprazole", "Your pharmacy can deliver repeat prescriptions; ask whether there is a charge.", SALES),
]
