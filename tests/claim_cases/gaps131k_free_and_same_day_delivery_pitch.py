"""Free and same-day delivery told in other words, from eval/holdout173 (eo07, azithromycin), as a class.

Class: a paraphrase of "free shipping" ("with no delivery charge", "no charge for delivery", "delivery is free of charge",
"shipping at no extra cost", "we'll deliver your tablets to your door for free") or of "ships the same day" told as the
shop's driver or courier at the door that day ("our driver brings your Z-Pak to your door that same afternoon", "our
courier will drop it round this evening"): promotional.sales-language, an error. Silent: asking whether delivery costs
extra, no charge for a flu jab or in Scotland for a prescription, a car's driver, and a driver's rounds with no day promised.
"""

from __future__ import annotations

SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (eo07)
    (
        "azithromycin",
        "Yes! Send your prescription through the Hillcrest app before noon and our driver brings your Z-Pak to your door that"
        " same afternoon, with no delivery charge.",
        SALES,
        "error",
    ),
    # new wordings, other voices
    ("amoxicillin", "Order through the app and there's no charge for delivery.", SALES, "error"),
    ("cetirizine", "Delivery is free of charge on every order over two packs.", SALES, "error"),
    ("omeprazole", "We'll deliver your tablets to your door for free.", SALES, "error"),
    ("nitrofurantoin", "Ring us by ten and our courier will drop it round this evening.", SALES, "error"),
    ("amoxicillin", "Shipping at no extra cost, always.", SALES, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("azithromycin", "Ask your pharmacy whether there is a delivery charge before you order.", SALES),
    ("azithromycin", "There is no charge for the flu jab at most pharmacies.", SALES),
    ("azithromycin", "Prescriptions are free in Scotland, so there is no charge for your antibiotics.", SALES),
    ("azithromycin", "The driver of the car was unhurt, and he took the antibiotics the same day.", SALES),
    ("azithromycin", "Our driver comes round on Tuesdays and Fridays.", SALES),
]
