"""Promotion in a shop's or a newsletter's other words, from eval/holdout304 (jp10, bupropion), holdout306 (jr10, sildenafil),
holdout307 (js05, minoxidil), holdout308 (jt10, baclofen) and holdout310 (jv08, amlodipine), as a class.

Class: a call to order told in other words, a shop's listing by its pack, and a suggested donation that is no price:

- a kit, pack, bundle or course of the shop's to order now, named at more length ("Order your 12-week quit kit today"), and an
  order started, placed or put in now ("Start your order tonight and your first pack arrives in plain packaging"): sales
  language, an error;
- a listing of a medicine with its strength and its pack: tablets counted after a spaced sign ("Baclofen 10mg tablets x 84"),
  a cream, a foam or a liquid with its strength and the pack's size ("Minoxidil 5% foam 60 g x 3 cans", "Lioresal oral
  solution 5mg/5ml 300ml"): a product listing, an error; and the pack's size is no dose (no dosage.above-max for "60 g");
- a donation suggested ("donations to the footpath fund (suggested £2) are welcome"): no price, silent.

Silent: a test, screening or free kit ordered, a repeat prescription ordered, an order someone else completes, the same words
negated; a dose of a foam or a liquid with its schedule; the pack told in prose; a price of a medicine beside a donation.
"""

from __future__ import annotations

SALES = "promotional.sales-language"
LISTING = "promotional.product-listing"
PRICE = "promotional.price"
ABOVE_MAX = "dosage.above-max"

SHOULD = [
    # the drafts' own wording
    (
        "bupropion",
        "Order your 12-week quit kit today, and our team will have it at the counter within the hour, no waiting.",
        SALES,
        "error",
    ),
    (
        "sildenafil",
        "Start your order tonight and your first pack arrives in plain packaging, signed for, by the end of the week. Your"
        " clinician reviews every request.",
        SALES,
        "error",
    ),
    ("minoxidil", "People ask what we keep by the till. On our shelf:\n\nMinoxidil 5% foam 60 g x 3 cans", LISTING, "error"),
    (
        "baclofen",
        "Thanks as ever to our friends at Riverside Pharmacy, who sponsor our kit. This month on their shelf: Baclofen 10mg tablets"
        " x 84, Lioresal oral solution 5mg/5ml 300ml, and a new range of cooling towels.",
        LISTING,
        "error",
    ),
    # new wordings: a careless shop, a telehealth mailer, a forum signature, a magazine's sponsor box
    ("finasteride", "Purchase your 3-month regrowth bundle today and we'll include a free scalp brush.", SALES, "error"),
    ("sildenafil", "Reserve your discreet starter pack tonight - collection from 9am.", SALES, "error"),
    ("phentermine", "Place your order today and your capsules are packed by our pharmacist before lunch.", SALES, "error"),
    ("tadalafil", "Get your order in tonight: the clinic reviews it first thing.", SALES, "error"),
    ("bupropion", "Ready to go? Complete your online order in five minutes.", SALES, "error"),
    ("fluconazole", "In the shop this week: Ketoconazole 2% shampoo 120 ml, and the travel size.", LISTING, "error"),
    ("ibuprofen", "Sponsor's corner: Ibuprofen 5% gel 30g x 2 tubes, at the front desk.", LISTING, "error"),
    ("fluconazole", "- Clotrimazole cream 1% - 20 g tube", LISTING, "error"),
    ("hydroxyzine", "New in: Hydroxyzine 25mg x 90 via our partner pharmacy.", LISTING, "error"),
    ("sertraline", "Sertraline 50 mg tablets x 28 | Sertraline 100 mg tablets x 28", LISTING, "error"),
]

SHOULD_NOT = [
    # the drafts' own donation, and a donation told other ways
    (
        "amlodipine",
        "We will have a volunteer nurse with a cuff at the October picnic. Readings are free, but donations to the footpath fund"
        " (suggested £2) are welcome.",
        PRICE,
    ),
    ("amlodipine", "The pharmacist will check blood pressure after the walk; a £3 donation is suggested for the minibus.", PRICE),
    ("metformin", "Diabetes foot checks by the practice nurse, entry by donation, $5 suggested.", PRICE),
    ("atorvastatin", "The nurse will run cholesterol checks. Suggested donation: £2.", PRICE),
    # the pack's size is no dose
    ("minoxidil", "People ask what we keep by the till. On our shelf:\n\nMinoxidil 5% foam 60 g x 3 cans", ABOVE_MAX),
    ("minoxidil", "We stock the 5% foam in a 60 g can, and the solution in a 60 ml bottle.", ABOVE_MAX),
    # a test, free or screening kit, a repeat, a jab; someone else's order; negated
    ("bupropion", "Order your free bowel screening kit today if you are over 60.", SALES),
    ("metformin", "Order your home test kit today and send the sample back in the envelope.", SALES),
    ("atorvastatin", "Order your repeat prescription today so you don't run out over the holiday.", SALES),
    ("sildenafil", "Our pharmacist will start your order tonight once the clinician has reviewed it.", SALES),
    ("sildenafil", "Don't place an order tonight if you take nitrates for chest pain.", SALES),
    ("amlodipine", "Place your repeat prescription order today through the NHS App.", SALES),
    ("bupropion", "Start your course tonight only if your doctor has agreed a quit date.", SALES),
    # a dose of a cream, a foam or a liquid with its schedule; the pack in prose; a dose in tablets
    ("minoxidil", "Apply minoxidil 5% foam, half a capful, twice a day to the dry scalp.", LISTING),
    ("baclofen", "Baclofen oral solution 5mg/5ml 10 ml three times a day is the usual starting dose.", LISTING),
    ("minoxidil", "A 60 g can of the 5% foam lasts about a month.", LISTING),
    ("prednisone", "Prednisone 5mg tablets x 8 once a day for five days.", LISTING),
]
