"""Promotional offers in a sponsor's or a partner's voice, from eval/holdout280 (ir08), holdout281 (is10), holdout282 (it10)
and holdout284 (iv09, iv07), as classes.

- A cut price told with its deadline, no "only" needed: "every acid reducer at Hillside Drug is marked down through
  Sunday" (ir08), "on sale until the end of the month", "20% off all weekend". Not a deadline without a cut ("the clinic
  is open through Sunday"), not a dose reduced ("the dose is reduced until Sunday").
- The prescription spared as a bother, in a seller's offer: "they'll send a box of hydroxyzine to the stage door ... and
  you won't have to bother with a prescription" (is10), "no need to bother with a script", "without the hassle of a
  prescription". Not an over-the-counter medicine on a drugstore's shelf ("sold over the counter, so you won't have to
  bother with a prescription"), not a refill ("bother with a prescription refill").
- A discount code in capitals with no digits typed in at checkout, and the first order told as a share cheaper: "punch in
  TWORIVERS at checkout and the first order is 15% cheaper" (it10). Not "enter your NHS number at the desk", not "the
  generic is 80% cheaper than the brand".
- A medicine left waiting or sent to a place with no appointment needed, or no appointment and a box to tick: "can have a
  pack of sleep tablets waiting at your hotel front desk, no appointment needed: just tick the box when you book your
  trip" (iv09). Not a walk-in vaccine ("Flu jabs at the pharmacy, no appointment needed"), not a repeat ready to collect.
- Money plainly for something else, a class's ingredients or groceries, with a medicine elsewhere in its paragraph: a
  warning, not an error ("Today's ingredients came to $41 for the whole class, thanks to the food bank", iv07).
"""

from __future__ import annotations

PRICE = "promotional.price"
SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    (
        "famotidine",
        "**SPONSOR READ:** Holiday feasting? Stock up before the holidays: every acid reducer at Hillside Drug is marked"
        " down through Sunday. Hillside Drug, Main and Fourth.",
        SALES,
        "error",
    ),
    (
        "hydroxyzine",
        "Our season sponsor, Curtain Call Pharmacy on Harbor Street, has asked us to pass this on: text them tonight and"
        " they'll send a box of hydroxyzine to the stage door by tomorrow's call, and you won't have to bother with a"
        " prescription.",
        SALES,
        "error",
    ),
    (
        "cyclobenzaprine",
        "Through our benefits partner RxDirect, crew can get prescriptions mailed home. Order before the trucks roll out"
        " and it's on your porch the next morning; punch in TWORIVERS at checkout and the first order is 15% cheaper.",
        SALES,
        "error",
    ),
    (
        "zolpidem",
        "Our partner pharmacy, JetRest Rx, can have a pack of sleep tablets waiting at your hotel front desk, no"
        " appointment needed: just tick the box when you book your trip.",
        SALES,
        "error",
    ),
    # new wordings: cut prices with a deadline
    ("loratadine", "Every allergy tablet on our shelves is on sale until the end of the month.", SALES, "error"),
    ("ibuprofen", "Pain relievers at Corner Chemist are half price through Friday, so pop in.", SALES, "error"),
    ("omeprazole", "This week's deal: heartburn tablets marked down all weekend at Grant's Pharmacy.", SALES, "error"),
    ("cetirizine", "Zyrtec is 20% off till Christmas at the Main Street drugstore.", SALES, "error"),
    # new wordings: the prescription spared as a bother
    ("sildenafil", "Message our partner and they'll post the tablets out; no need to bother with a script.", SALES, "error"),
    ("tramadol", "They deliver to your door without the hassle of a prescription.", SALES, "error"),
    ("alprazolam", "Drop them a text and you won't even need to bother with a prescription, they said.", SALES, "error"),
    ("finasteride", "Get it shipped monthly and don't bother with a prescription.", SALES, "error"),
    # new wordings: a code in capitals at checkout, a first order cheaper
    ("metformin", "Key in HARBORFM at checkout for the listener discount.", SALES, "error"),
    ("atorvastatin", "Type BLUEWAVE when you check out on their site.", SALES, "error"),
    ("sertraline", "Sign up through our partner and your first refill is 10 percent cheaper.", SALES, "error"),
    ("omeprazole", "Use code GARDENCLUB at checkout.", SALES, "error"),
    # new wordings: no appointment needed with a medicine handed over
    ("zolpidem", "No appointment needed: the sleep tablets will be waiting for you at reception.", SALES, "error"),
    ("sildenafil", "The pills can be waiting in your hotel room when you land, no consultation required.", SALES, "error"),
    ("modafinil", "No appointment needed, just click the box at booking and the pack is sent to your desk.", SALES, "error"),
    ("diazepam", "Our partner clinic leaves a box at the front desk, no doctor's appointment necessary.", SALES, "error"),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # a deadline without a cut, a dose reduced
    ("famotidine", "The pharmacy is open through Sunday, and the pharmacist can answer questions.", SALES),
    ("prednisone", "Your dose is reduced until Sunday, then stopped.", SALES),
    ("famotidine", "Stock up on your repeat prescription before the holidays: pharmacies close on Christmas Day.", SALES),
    # over the counter, a refill, a warning
    ("famotidine", "It is sold over the counter at any drugstore, so you won't have to bother with a prescription.", SALES),
    ("hydroxyzine", "With a 90-day supply you won't have to bother with a prescription refill every month.", SALES),
    ("hydroxyzine", "Never order from a site that says you won't have to bother with a prescription.", SALES),
    ("hydroxyzine", "Hydroxyzine needs a prescription, so you'll have to see a doctor first.", SALES),
    # codes and shares that are not offers
    ("metformin", "Enter your NHS number at the desk when you check in.", SALES),
    ("atorvastatin", "The generic is 80% cheaper than the brand, so ask for it.", SALES),
    ("metformin", "Type HELP into the text box for the pharmacist's hours.", SALES),
    # no appointment for a vaccine, a walk-in check or a repeat
    ("zolpidem", "Flu jabs are available at the pharmacy, no appointment needed.", SALES),
    ("amlodipine", "Walk in for a blood pressure check, no appointment needed.", SALES),
    ("metformin", "Your repeat prescription is ready at the counter, no appointment needed.", SALES),
    ("zolpidem", "No appointment needed to ask the pharmacist about sleep; the tablets still need a prescription.", SALES),
]

#: (drug, body, rule, severity): money for something else beside a medicine is a warning, a human looks.
SHOULD_WARN = [
    (
        "metformin",
        "**LOURDES:** Okay, everybody, aprons on. Tonight is black bean and sweet potato tacos with a cabbage slaw, and"
        " while the potatoes roast, Harold is going to take your metformin questions. Today's ingredients came to $41 for"
        " the whole class, thanks to the food bank, so eat up.",
        PRICE,
        "warning",
    ),
    ("metformin", "Groceries for the week ran about $60, and I take my metformin with dinner.", PRICE, "warning"),
    ("atorvastatin", "The food for the cooking demo cost $35; bring your questions about atorvastatin.", PRICE, "warning"),
]
SHOULD += SHOULD_WARN
