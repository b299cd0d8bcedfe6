"""Sales pitches from eval/holdout191 (fg01), holdout195 (fk08) and holdout196 (fl11), as classes.

- A call to order by a cut-off hour with the medicine sent out, delivered or on its way the same day, afternoon or evening:
  "order before 2 p.m. through the button below and your box ships out the same afternoon" (fg01), "Order your fluoxetine
  refill in our app before 2 pm and we'll deliver it free, same day" (fl11). The hour may be written "2 p.m.", "2pm",
  "noon" or "4 o'clock". Silent: a repeat prescription ready to collect, a lab's results sent the same day, a dose timed
  by the clock, a sample sent to the lab.
- Free delivery told as "we'll deliver it free" or "delivery is free" (fl11), like "free delivery" itself. Silent: a
  medicine free from gluten, a delivery charge asked about.
- A sponsor's or shop's share off the whole order, bill or basket: "they'll take ten percent off your whole order" (fk08),
  "fifteen per cent off your entire basket". Silent: a share taken off the dose, off a risk, off the whole dose.
"""

from __future__ import annotations

SALES = "promotional.sales-language"

_SILDENAFIL = "Sildenafil treats erectile dysfunction. "
_METRONIDAZOLE = "Metronidazole treats bacterial vaginosis. "
_FLUOXETINE = "Fluoxetine treats depression. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    (
        "sildenafil",
        _SILDENAFIL + "Don't wait: order before 2 p.m. through the button below and your box ships out the same afternoon in"
        " plain packaging.",
        SALES,
        "error",
    ),
    (
        "metronidazole",
        _METRONIDAZOLE + "Say you heard it on KVRC at the register and they'll take ten percent off your whole order this month.",
        SALES,
        "error",
    ),
    (
        "fluoxetine",
        _FLUOXETINE + "Order your fluoxetine refill in our app before 2 pm and we'll deliver it free, same\nday, anywhere in town.",
        SALES,
        "error",
    ),
    # new wordings, other voices: the cut-off hour and the same day
    ("sildenafil", _SILDENAFIL + "Get your order in by 3pm and it goes out the same afternoon.", SALES, "error"),
    ("sildenafil", _SILDENAFIL + "Orders placed before 4 o'clock leave our warehouse that same evening.", SALES, "error"),
    ("fluoxetine", _FLUOXETINE + "Tap the link before noon and your capsules are on their way today.", SALES, "error"),
    ("fluoxetine", _FLUOXETINE + "Reorder in the app by 11 a.m. and our courier can drop it round this evening.", SALES, "error"),
    # free delivery told after the verb or as "delivery is free"
    ("fluoxetine", _FLUOXETINE + "We'll deliver your capsules free anywhere in the county.", SALES, "error"),
    ("fluoxetine", _FLUOXETINE + "Delivery is free for every refill you place with us.", SALES, "error"),
    # a share off the whole order, bill or basket
    ("metronidazole", _METRONIDAZOLE + "Mention the show and you'll get fifteen per cent off your entire basket.", SALES, "error"),
    ("metronidazole", _METRONIDAZOLE + "Listeners save twenty percent on their total bill at the counter.", SALES, "error"),
    ("metronidazole", _METRONIDAZOLE + "Tell them Dr. Lee sent you and they'll knock a tenth off your whole shop.", SALES, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a repeat prescription ready to collect, by the pharmacy's clock
    (
        "fluoxetine",
        _FLUOXETINE + "If you order your repeat before 2 p.m., it is usually ready to collect the same afternoon.",
        SALES,
    ),
    # a lab's results and a sample, not a sale
    ("fluoxetine", _FLUOXETINE + "Order the blood test before 10 a.m. and the results are sent to your GP the same day.", SALES),
    ("sildenafil", _SILDENAFIL + "Hand the sample in before noon and the lab sends it off that afternoon.", SALES),
    # a dose timed by the clock
    ("fluoxetine", _FLUOXETINE + "Take it before noon so it does not keep you awake, and the effect builds over weeks.", SALES),
    # free from something, a delivery charge asked about
    ("fluoxetine", _FLUOXETINE + "The capsules are delivered free from gluten and lactose.", SALES),
    ("fluoxetine", _FLUOXETINE + "Ask your pharmacy whether delivery is free for housebound patients or carries a charge.", SALES),
    # a share off the dose or a risk
    ("metronidazole", _METRONIDAZOLE + "Your doctor may take ten percent off your whole dose if your liver is weak.", SALES),
    ("metronidazole", _METRONIDAZOLE + "Finishing the course takes about half off your risk of it coming back.", SALES),
]
