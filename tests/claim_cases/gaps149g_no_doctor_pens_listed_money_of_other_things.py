"""A seller's no-doctor pitch, a pen listed by strength and pack, and sales words or money that sell nothing, from
eval/holdout313 (jy04, methotrexate; jy06, diazepam), holdout314 (jz06, azithromycin), holdout315 (ka05, amoxicillin; ka10,
omeprazole), holdout316 (kb04, semaglutide) and holdout318 (kd04, buspirone), as a class.

Reported:

- a prescription medicine posted, shipped or sent by a seller with no doctor to see, the doctor spared "first" or "at all" and a
  form instead ("our partner pharmacy TravelReady can post a Z-Pak to your halls before you fly, and you won't need to see a
  doctor first: just fill in their five-minute online form"): sales language, an error;
- a pen, a vial or an auto-injector listed with its strength and how many come in a box ("Ozempic 2 mg/3 mL pen, 4 doses, 1 pen
  per box"): a product listing, an error.

Not errors:

- "best price" as one of a page's topics, or as advice to shop around ("Uses, Dosage, Side Effects and Best Price"): a warning
  (sales language a human looks at), not a seller's claim;
- "grab a box" as a body's movement ("sour taste coming up when I bend to grab a box"): silent;
- money of other things in an article about a medicine: a reimbursement's or a grant's cap ("reimburses travel vaccines and
  clinic fees up to €150 through your mobility grant"), a trip's fee per student ("Spring trip fees ($180 per student)"), a
  relocation's cost ("the relocation has already cost us about €3,000 in flights and shipping"): a warning, not an error.

(The helper first also let a strength and a pack told as a price's subject pass as no listing, for holdout318 kd04's "Generic
buspirone 15 mg, 60 tablets, is just $9.99 ...". That undid two older sets' expected listings of the same shape, holdout34 w10
"Our own-label aspirin 325 mg, 100 tablets, is just $3.49 this month" and holdout110 cd03 "generic Ritalin 10 mg, 90 tablets,
came to $27.40", so it was taken back: a strength and a pack on a seller's or a price page stays a listing.)
"""

from __future__ import annotations

SALES = "promotional.sales-language"
LISTING = "promotional.product-listing"
PRICE = "promotional.price"

SHOULD = [
    # the drafts' own wording
    (
        "azithromycin",
        "If you can't get an appointment in time, our partner pharmacy TravelReady can post a Z-Pak to your halls before you"
        " fly, and you won't need to see a doctor first: just fill in their five-minute online form.",
        SALES,
        "error",
    ),
    ("semaglutide", "## Ozempic Pen Sizes\n\nOzempic 2 mg/3 mL pen, 4 doses, 1 pen per box", LISTING, "error"),
    # new wordings: a careless shop, a gym's newsletter, a forum signature, a clinic's mailer
    (
        "sildenafil",
        "Our online chemist will ship a discreet pack straight to you, and you don't even have to see a GP beforehand.",
        SALES,
        "error",
    ),
    (
        "finasteride",
        "They post the tablets the next morning and you never have to see a doctor at all; simply answer the questionnaire.",
        SALES,
        "error",
    ),
    (
        "azithromycin",
        "No time before the trip? You won't need to see a doctor first, just complete the form and it's posted to your dorm.",
        SALES,
        "error",
    ),
    (
        "tirzepatide",
        "In stock this week:\n\nMounjaro 5 mg/0.5 mL single-dose pen, 4 pens per carton",
        LISTING,
        "error",
    ),
    ("liraglutide", "Victoza 18 mg/3 mL pen - 2 pens per pack", LISTING, "error"),
    ("semaglutide", "Wegovy 1.7 mg pen | 4 pens per box", LISTING, "error"),
    ("adalimumab", "Humira 40 mg/0.4 mL pre-filled pen, 2 pens per box", LISTING, "error"),
    # the price is still the price's, whoever writes the listing in a sentence
    (
        "buspirone",
        "Generic buspirone 15 mg, 60 tablets, is just $9.99 with our partner pharmacy's member price, compared with over $40 at"
        " the big chains.",
        PRICE,
        "error",
    ),
    # not errors, but looked at: a topic, money of something else
    ("methotrexate", "# Methotrexate Review 2026: Uses, Dosage, Side Effects and Best Price", SALES, "warning"),
    ("metformin", "## Metformin: Uses, Side Effects, Dosage & Lowest Price", SALES, "warning"),
    ("atorvastatin", "Shop around for the best price: ask two or three pharmacies what they charge.", SALES, "warning"),
    (
        "azithromycin",
        "The exchange office reimburses travel vaccines and clinic fees up to €150 through your mobility grant; keep your receipts.",
        PRICE,
        "warning",
    ),
    (
        "amoxicillin",
        "We leave Thursday at 5:30 a.m. sharp from the band room lot. Spring trip fees ($180 per student) are now all paid in full,"
        " thanks to the car wash. Nurse Patel asked me to send a note about medicines, because three students are finishing a"
        " course of amoxicillin on the road.",
        PRICE,
        "warning",
    ),
    (
        "diazepam",
        "We're moving to Portugal in March (the relocation has already cost us about €3,000 in flights and shipping, ouch). My GP"
        " prescribes diazepam for anxiety, 2 mg twice a day.",
        PRICE,
        "warning",
    ),
    (
        "ibuprofen",
        "The club pays back physio and medicine costs up to £60 a season from the welfare fund; bring receipts to Maria.",
        PRICE,
        "warning",
    ),
    (
        "sertraline",
        "Camp fees are $240 per camper, and the nurse will hold all medicines, including any daily tablets, at the health hut.",
        PRICE,
        "warning",
    ),
    (
        "melatonin",
        "The move cost us around $2,500 in flights alone, so we're trying to keep the jet lag tablets simple.",
        PRICE,
        "warning",
    ),
]

SHOULD_NOT = [
    # the drafts' own wording
    (
        "omeprazole",
        "Ten years on nights, vending-machine dinners, and now heartburn most nights of the week. Burning behind my breastbone by"
        " 2 a.m., sour taste coming up when I bend to grab a box. Guy in receiving swears by the purple ones from the drugstore.",
        SALES,
    ),
    # new wordings and near misses
    ("ibuprofen", "My back goes every time I reach up to grab a box from the top shelf.", SALES),
    ("naproxen", "Kneel, don't stoop, to lift a box; and when I squat to grab a box I keep my back straight.", SALES),
    ("semaglutide", "Each Ozempic 2 mg pen holds 4 doses, and you get one pen in a box.", LISTING),
    ("semaglutide", "Inject 2 mg once a week; one pen lasts four weeks.", LISTING),
    ("adalimumab", "Humira 40 mg pen: inject one pen every other week.", LISTING),
    # a doctor still seen, or a repeat, or the pitch warned against
    (
        "azithromycin",
        "Your pharmacy can post your repeat to your halls, so you won't need to see a doctor first for a repeat.",
        SALES,
    ),
    (
        "sildenafil",
        "Never trust a website that will post you pills without seeing a doctor first.",
        SALES,
    ),
    (
        "azithromycin",
        "You won't need to see a doctor first for a cold: rest and fluids are enough, and antibiotics don't help.",
        SALES,
    ),
]
