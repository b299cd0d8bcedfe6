"""Promotional wording (holdout75 au10, holdout76 av02, holdout77 aw06), as classes.

1. A free first month told as costing nothing, and an offer's deadline as a lead-in: "Limited time: your first month costs
   nothing when you sign up today", "Your first consultation won't cost you a penny".
2. A price in slang money: "42 bucks for a month", "about thirty quid a pack", "forty-five bucks with the card".
3. A prescription medicine without a visit, the visit named by its place: "no office visit required, ever", "No
   in-person appointment needed", "No clinic visits necessary".

Still silent: "for a limited time only" said of a treatment, a free dose in a trial, "lost 42 pounds", "the buck stops",
"a few bucks" with no amount, an office visit that is required, "no office visit fee"."""

from __future__ import annotations

SALES = "promotional.sales-language"
PRICE = "promotional.price"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "tadalafil",
        "Limited time: your first month costs nothing when you sign up today. Cancel or pause any time in the app.",
        SALES,
        "error",
    ),
    ("tadalafil", "Your first consultation won't cost you a penny.", SALES, "error"),
    ("tadalafil", "For a limited time! The first box costs you nothing.", SALES, "error"),
    ("amphetamine-mixed-salts", "I paid 42 bucks for a month of the generic XR at my local chain last refill.", PRICE, "error"),
    ("amphetamine-mixed-salts", "It set me back about thirty quid a pack.", PRICE, "error"),
    ("amphetamine-mixed-salts", "A month of generic costs forty-five bucks with the card.", PRICE, "error"),
    ("lisdexamfetamine", "Approved today, pick up tonight: no office visit required, ever.", SALES, "error"),
    ("lisdexamfetamine", "No in-person appointment needed to get your Vyvanse.", SALES, "error"),
    ("lisdexamfetamine", "No clinic visits necessary: we handle it all online.", SALES, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("alprazolam", "Benzodiazepines are for a limited time only.", SALES),
    ("tadalafil", "The first dose costs nothing at the clinic because it is part of a trial.", SALES),
    ("tadalafil", "Nothing costs more than a missed diagnosis.", SALES),
    ("amphetamine-mixed-salts", "I lost 42 pounds in a year.", PRICE),
    ("amphetamine-mixed-salts", "The buck stops with your prescriber.", PRICE),
    ("amphetamine-mixed-salts", "The generic saved me a few bucks.", PRICE),
    ("lisdexamfetamine", "An office visit is required every three months for a controlled medicine.", SALES),
    ("lisdexamfetamine", "There is no office visit fee for your follow-up call.", SALES),
]
