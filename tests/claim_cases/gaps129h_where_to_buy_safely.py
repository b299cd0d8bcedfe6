"""False-error class (twenty-eighth stop, helper h): a "where to buy it online" heading over a section that answers it
with the safe way to buy, a licensed or registered pharmacy that asks for a prescription ("## Where To Buy Cialis
Online" over "You need a prescription, and you should only buy from a licensed US pharmacy that asks for one",
holdout152 dt09): a section on buying safely, not a call to buy. A pitch under it is still reported where it stands.

Still reported: the same heading over a seller's pitch, a price comparison, or a prescription promised."""

from __future__ import annotations

SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("zolpidem", "## Where To Buy Zolpidem Online\n\nOur partner pharmacy has it in stock and sends it out within a day.", SALES, "error"),
    ("zolpidem", "## Best Place to Order Ambien Online\n\nWe compared five sites on price and speed.", SALES, "error"),
    (
        "tadalafil",
        "## Where to Buy Tadalafil Cheapest\n\nYou need a prescription, which the partner clinic's doctors write the same evening.",
        SALES,
        "error",
    ),
    # the heading answered safely, but a pitch follows in its section: the pitch is reported
    (
        "tadalafil",
        "## Where To Buy Cialis Online\n\nOnly buy from a licensed pharmacy.\n\n**Grab yours today: your first order ships free!**",
        SALES,
        "error",
    ),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # the draft's own wording
    (
        "tadalafil",
        "## Where To Buy Cialis Online\n\nYou need a prescription, and you should only buy from a licensed US pharmacy that asks for one.",
        SALES,
    ),
    # other voices: a registered pharmacy, an accredited one with its seal, a UK voice
    (
        "sildenafil",
        "## Where to buy sildenafil online\n\nAlways order from a registered pharmacy that asks for your prescription.",
        SALES,
    ),
    (
        "finasteride",
        "### Best place to buy finasteride online\n\nOnly ever buy it from an accredited online pharmacy (look for the NABP seal).",
        SALES,
    ),
    (
        "semaglutide",
        "## Where to order Wegovy online\n\nUse a GPhC-registered pharmacy that checks your prescription; pens sold without one are "
        "often fake.",
        SALES,
    ),
]
